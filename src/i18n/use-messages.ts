import { useMemo } from 'react';
import { translator, type Catalog, type Translate } from './catalog';
import { useLangStore } from './lang-store';

export function useLang() {
  return useLangStore((s) => s.lang);
}

/** `const t = useMessages(costsMessages)` gives a translate function for the chosen language. */
export function useMessages<K extends string>(catalog: Catalog<K>): Translate<K> {
  const lang = useLang();
  return useMemo(() => translator(catalog, lang), [catalog, lang]);
}
