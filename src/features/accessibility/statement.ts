/**
 * The structure of the accessibility statement, and the evidence behind each claim of
 * what is tested: a test file that must exist (checked by
 * tests/features/accessibility/statement.test.ts), so the page cannot claim a test
 * that was removed.
 */
export const TESTED = [
  { key: 'tested.axe', evidence: ['tests/e2e/specs/accessibility.spec.ts'] },
  { key: 'tested.keyboard', evidence: ['tests/e2e/specs/keyboard.spec.ts'] },
  { key: 'tested.language', evidence: ['tests/e2e/specs/language.spec.ts'] },
  { key: 'tested.tables', evidence: ['tests/features/overview/overview-screen.test.tsx'] },
  { key: 'tested.fields', evidence: ['tests/ui/number-field.test.tsx', 'tests/ui/a11y.test.tsx'] },
] as const satisfies readonly { key: `tested.${string}`; evidence: readonly string[] }[];

export const UNTESTED = ['untested.screenReaders', 'untested.browsers', 'untested.zoom', 'untested.users', 'untested.pdf'] as const;

export const KNOWN_ISSUES = ['known.charts', 'known.grids'] as const;

export const AUTHORITY_URL = 'https://www.uutilsynet.no/';
