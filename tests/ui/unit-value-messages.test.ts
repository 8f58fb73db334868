import { describe, expect, it } from 'vitest';
import { unitValueMessages } from '../../src/ui/unit-value-messages';
import { libraryMessages } from '../../src/features/unit-library/messages';
import type { Catalog } from '../../src/i18n/catalog';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['unit values', unitValueMessages as Catalog<string>],
  ['library screen', libraryMessages as Catalog<string>],
])('%s messages', (_name, catalog) => {
  it.each(Object.keys(catalog.nb).map((k) => [k]))('%s has text in both languages with the same placeholders', (key) => {
    const nb = catalog.nb[key] ?? '';
    const en = catalog.en[key] ?? '';
    expect(nb.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(nb));
  });
});
