import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accessibilityMessages } from '../../../src/features/accessibility/messages';
import { KNOWN_ISSUES, TESTED, UNTESTED } from '../../../src/features/accessibility/statement';
import { LANGS } from '../../../src/i18n/catalog';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the accessibility statement claims only what is tested', () => {
  it.each(TESTED.map((claim) => [claim.key, claim.evidence] as const))('"%s" is backed by a test file that exists', (_key, evidence) => {
    expect(evidence.length).toBeGreaterThan(0);
    for (const file of evidence) expect(existsSync(`${root}${file}`), file).toBe(true);
  });

  it('names what is not tested, in both languages, with no placeholder left unfilled', () => {
    const keys = [...TESTED.map((c) => c.key), ...UNTESTED, ...KNOWN_ISSUES];
    expect(UNTESTED.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const key of keys) expect(accessibilityMessages[lang][key]).toMatch(/^[^{}]{20,}$/);
    }
  });

  it('claims WCAG 2.1 A and AA, and only partial conformance while screen readers are untested', () => {
    expect(accessibilityMessages.nb['standard.body']).toMatch(/WCAG 2\.1.*A og AA/);
    expect(accessibilityMessages.en['standard.body']).toMatch(/WCAG 2\.1.*A and AA/);
    expect(UNTESTED).toContain('untested.screenReaders');
    expect(accessibilityMessages.nb['status.body']).toMatch(/delvis i samsvar/);
    expect(accessibilityMessages.en['status.body']).toMatch(/partially conforms/);
  });
});
