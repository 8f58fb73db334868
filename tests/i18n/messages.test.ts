/**
 * Every message catalogue of the app, found by file name rather than listed by hand, so a
 * new screen's messages are checked the day they are written.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/i18n/catalog';

const modules = import.meta.glob<Record<string, unknown>>(['../../src/**/*messages.ts', '../../src/i18n/messages/*.ts', '!../../src/i18n/use-messages.ts'], { eager: true });

const isCatalog = (value: unknown): value is Catalog<string> =>
  typeof value === 'object' && value !== null && 'nb' in value && 'en' in value && typeof (value as Catalog<string>).nb === 'object';

const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCatalog(value))
    .map(([name, value]) => [`${file.replace('../../src/', '')} ${name}`, value as Catalog<string>] as const),
);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

it('finds the catalogues of the app, the shared words and the widgets among them', () => {
  const names = catalogues.map(([name]) => name).join('\n');
  expect(catalogues.length).toBeGreaterThanOrEqual(20);
  expect(names).toMatch(/i18n\/messages\/common\.ts commonMessages/);
  expect(names).toMatch(/ui\/ui-messages\.ts uiMessages/);
  expect(names).toMatch(/ui\/unit-value-messages\.ts unitValueMessages/);
});

describe.each(catalogues)('%s', (_name, catalog) => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.nb).sort());
  });

  it.each(Object.keys(catalog.nb).map((k) => [k]))('%s has text in both languages with the same placeholders', (key) => {
    const nb = catalog.nb[key] ?? '';
    const en = catalog.en[key] ?? '';
    expect(nb.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(nb));
  });
});
