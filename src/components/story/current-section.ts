/**
 * The section being read: the last one whose top has passed a line 30 % down the viewport; at the very
 * bottom of the page, the last one whose top is on screen (a short last section never reaches the line).
 */
export function currentSection(sections: readonly HTMLElement[]): string | null {
  const line = window.innerHeight * 0.3;
  const atBottom =
    window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4 && window.scrollY > 0;
  let current = sections[0] ?? null;
  for (const section of sections) {
    const top = section.getBoundingClientRect().top;
    if (top <= line || (atBottom && top < window.innerHeight)) current = section;
  }
  return current?.id ?? null;
}
