import { LANGS } from '../i18n/catalog';
import { useLangStore } from '../i18n/lang-store';
import { useEffect } from 'react';

const NAMES = { nb: 'Norsk (bokmål)', en: 'English' } as const;

export function LangSwitch({ id }: { id?: string }) {
  const { lang, setLang } = useLangStore();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div id={id} className="lang-switch" role="group" aria-label={lang === 'nb' ? 'Språk' : 'Language'}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
