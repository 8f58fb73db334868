import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 level A and AA: what the Norwegian regulation asks of public bodies. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * Runs axe-core in the page. It is evaluated through the DevTools protocol rather than
 * added as a <script>: the app's CSP rightly refuses inline scripts.
 */
export async function runAxe(page: Page): Promise<Result[]> {
  // Once per document: the app changes screens without reloading.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) => window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    [...WCAG_TAGS],
  );
  return results.violations;
}

export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}` : ''}`);
      const more = v.nodes.length > 5 ? [`      … and ${v.nodes.length - 5} more`] : [];
      return [`  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`, ...targets, ...more].join('\n');
    })
    .join('\n');
}
