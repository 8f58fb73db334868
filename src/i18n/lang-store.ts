import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
import { LANGS, type Lang } from './catalog';

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The chosen language is remembered apart from the models: it is a preference, not work. */
export const useLangStore = create<LangState>()(
  persist(
    (set) => ({
      lang: 'nb',
      setLang: (lang) => set({ lang: LANGS.includes(lang) ? lang : 'nb' }),
    }),
    {
      name: 'gevinstkart-lang',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      migrate: (persisted) => {
        const lang = (persisted as { lang?: unknown } | undefined)?.lang;
        return { lang: lang === 'en' ? 'en' : 'nb' } as LangState;
      },
    },
  ),
);
