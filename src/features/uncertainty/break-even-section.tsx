/** Break-even values in words, computed exactly from the current model. */
import { memo, useId, useMemo } from 'react';
import type { Model } from '../../engine/model';
import { switchingValues } from '../../engine/uncertainty/switching';
import { useLang, useMessages } from '../../i18n/use-messages';
import { breakEvenText } from '../../charts/break-even-text';
import { uncertaintyMessages } from './messages';

export const BreakEvenSection = memo(function BreakEvenSection({ model }: { model: Model }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const id = useId();
  const text = useMemo(() => breakEvenText(model, switchingValues(model), lang, t), [model, lang, t]);
  return (
    <section aria-labelledby={`${id}-title`} className="uncertainty-section break-even">
      <h2 id={`${id}-title`}>{t('breakEven.title')}</h2>
      <p>{t('breakEven.intro')}</p>
      {text.headline.map((s) => (
        <p key={s} className="break-even-headline">
          {s}
        </p>
      ))}
      {text.lines.length === 0 ? (
        <p>{t('breakEven.none')}</p>
      ) : (
        <ul>
          {text.lines.map((l) => (
            <li key={l.id}>
              {l.text}
              {l.details.length > 0 && <span className="figure-help"> {l.details.join(' ')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="note">{t('breakEven.planDefinition')}</p>
    </section>
  );
});
