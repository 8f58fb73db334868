import { describe, expect, it } from 'vitest';
import { commonMessages } from '../../src/i18n/messages/common';
import { uiMessages } from '../../src/ui/ui-messages';
import type { Catalog } from '../../src/i18n/catalog';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['common', commonMessages as Catalog<string>],
  ['ui', uiMessages as Catalog<string>],
])('%s messages', (_name, catalog) => {
  it.each(Object.keys(catalog.nb).map((k) => [k]))('%s has text in both languages with the same placeholders', (key) => {
    const nb = catalog.nb[key] ?? '';
    const en = catalog.en[key] ?? '';
    expect(nb.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(nb));
  });
});
