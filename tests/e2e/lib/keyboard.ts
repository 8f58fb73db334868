import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  role: string;
  name: string;
  /** The focus is drawn (outline or box-shadow), as WCAG 2.4.7 asks. */
  visible: boolean;
}

/** What has the keyboard focus now, with a rough accessible name (aria-label, label, text). */
export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const labelled = el.getAttribute('aria-labelledby');
    const byIds = labelled ? labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
    const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '').join(' ') : '';
    const name = (el.getAttribute('aria-label') || byIds || labels || el.textContent || '').replace(/\s+/g, ' ').trim();
    const tag = el.tagName.toLowerCase();
    const role = el.getAttribute('role') ?? (tag === 'a' ? 'link' : tag === 'button' ? 'button' : tag);
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { tag, role, name, visible: outline || style.boxShadow !== 'none' };
  });
}

/**
 * Presses Tab until the focused element matches, like a keyboard user would; fails when
 * it is not reachable within `max` presses or when a stop on the way has no visible focus.
 */
export async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, max = 120): Promise<number> {
  const invisible: string[] = [];
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    if (!f.visible) invisible.push(`${f.role} "${f.name.slice(0, 40)}"`);
    if (match(f)) {
      if (invisible.length) throw new Error(`focus not visible on: ${invisible.join(', ')}`);
      return presses;
    }
  }
  throw new Error(`could not reach ${what} with ${max} presses of Tab`);
}
