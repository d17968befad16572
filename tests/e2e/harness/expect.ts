import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Retries `check` until it stops throwing and returns its value; fails with its last error at the deadline.
 * For a wait that yields a value; a plain retried assertion is `await expect(async () => …).toPass()`.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<T> {
  let value: { ok: T } | undefined;
  await expect(async () => {
    value = { ok: await check() };
  }).toPass({ timeout: timeoutMs });
  return value!.ok;
}

/** Fails unless `condition`; the message says what was expected. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * Waits until the element's top edge is on screen (top within the viewport, not merely scrolled past) and
 * it is not hidden under something else, e.g. a sticky header covering a heading after a jump.
 */
export async function expectInViewport(locator: Locator, what: string, timeoutMs = 15_000): Promise<void> {
  await expect(locator, what).toBeVisible({ timeout: timeoutMs });
  await expect(async () => {
    const state = await locator.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const x = Math.min(Math.max(rect.left + Math.min(rect.width / 2, 40), 0), innerWidth - 1);
      const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 12), 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      return {
        top: Math.round(rect.top),
        bottom: Math.round(rect.bottom),
        innerHeight,
        covered: !hit || !(el === hit || el.contains(hit)),
        coveredBy: hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}` : 'nothing',
      };
    });
    check(
      state.top >= 0 && state.top < state.innerHeight,
      `${what}: expected its top in the viewport (0..${state.innerHeight}), got top=${state.top}`,
    );
    check(!state.covered, `${what}: on screen at top=${state.top} but covered by <${state.coveredBy}>`);
  }).toPass({ timeout: timeoutMs });
}

/** Fails when the page scrolls sideways at the current viewport width. */
export async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, width, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Name the widest element that sticks out, so the failure says where to look.
    let widest = '';
    let max = width;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const right = el.getBoundingClientRect().right;
      if (right > max + 0.5) {
        max = right;
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
        widest = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : cls}> reaches ${Math.round(right)}px`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, widest };
  });
  const viewport = page.viewportSize()?.width ?? width;
  check(
    scrollWidth <= viewport,
    `${what}: scrolls sideways: scrollWidth ${scrollWidth} > ${viewport}${widest ? `; ${widest}` : ''}`,
  );
}

/** Runs axe-core on the page and fails with each violation's id, help and targets. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  // Only violations are read: axe then keeps one node per passing rule, which saves time on long pages.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const targets = v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `      ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n')[1]?.trim() ?? ''}` : ''}`,
      )
      .join('\n');
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
    return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help} ${v.helpUrl}\n${targets}${more}`;
  });
  throw new Error(`${what}: ${results.violations.length} axe violation(s)\n${lines.join('\n')}`);
}

/** Whether the focused element shows a focus indicator: an outline or a box-shadow. */
export async function focusIndicator(page: Page): Promise<{ tag: string; visible: boolean; style: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', visible: false, style: 'nothing focused' };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    return {
      tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      visible: outline || shadow,
      style: `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`,
    };
  });
}

/** Relative luminance (0 black … 1 white) of the colour the page is painted with behind the text. */
export async function backgroundLuminance(page: Page): Promise<number> {
  // No named helpers inside evaluate(): tsx compiles them with a `__name` wrapper the page does not have.
  return page.evaluate(() => {
    let paint = 'rgb(255, 255, 255)';
    for (let e: Element | null = document.querySelector('main') ?? document.body; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) {
        paint = c;
        break;
      }
    }
    const [r, g, b] = (paint.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}
