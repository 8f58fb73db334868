import assert from 'node:assert/strict';
import { ROUTES } from '../../../src/app/router';
import { test } from '../lib/harness';
import { openApp, showRoute, switchLanguage, type Lang } from '../lib/app';
import { describeViolations, runAxe } from '../lib/axe';

/**
 * axe-core finds no WCAG 2.1 A/AA violation on any screen in either language. The routes
 * come from the router, so a new screen is checked without touching this file. One page
 * visits every route (hash changes, as a user would) to keep the run short; the failure
 * message lists each route's violations.
 */
const LANGS: Lang[] = ['nb', 'en'];

for (const lang of LANGS) {
  test(`axe: every screen in ${lang} is free of WCAG 2.1 A/AA violations`, { timeoutMs: 90_000 }, async ({ page, baseUrl }) => {
    await openApp(page, baseUrl);
    if (lang !== 'nb') await switchLanguage(page, lang);
    const failures: string[] = [];
    for (const route of ROUTES) {
      await showRoute(page, route);
      const violations = await runAxe(page);
      if (violations.length) failures.push(`#/${route} (${lang}):\n${describeViolations(violations)}`);
    }
    if (failures.length) assert.fail(`violations on ${failures.length} of ${ROUTES.length} screens:\n${failures.join('\n')}`);
  });
}
