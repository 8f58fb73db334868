/**
 * A small typed message catalogue. Each feature owns its messages next to its code
 * (`features/costs/messages.ts`) and defines them for both languages at once, so a key
 * missing in one language is a type error, not a blank on screen.
 */
export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type MessageParams = Record<string, string | number>;
export type Messages<K extends string> = Record<K, string>;

export interface Catalog<K extends string> {
  nb: Messages<K>;
  en: Messages<K>;
}

/** Both languages must carry exactly the same keys. */
export function defineMessages<K extends string>(catalog: { nb: Messages<K>; en: Messages<NoInfer<K>> }): Catalog<K> {
  return catalog;
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so they are noticed. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  const messages = catalog[lang];
  return (key, params) => interpolate(messages[key], params);
}
