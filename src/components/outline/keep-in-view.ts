/** Scrolls `container` (not the page) just enough that `item` is visible in it. */
export function keepInView(container: HTMLElement, item: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const rect = item.getBoundingClientRect();
  if (rect.top < box.top) container.scrollTop -= box.top - rect.top + 8;
  else if (rect.bottom > box.bottom) container.scrollTop += rect.bottom - box.bottom + 8;
}
