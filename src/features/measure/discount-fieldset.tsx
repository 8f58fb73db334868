import { useId } from 'react';
import { formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { DecimalInput, Help } from './measure-fields';
import { checkRate, discountMode, setDiscountMode, setDiscountRate } from './measure-edits';
import { measureMessages } from './messages';

/**
 * Constant rate or the R-109 declining schedule, one click apart. A different schedule
 * that came with an opened file is shown as a third choice and kept until the user picks
 * another: it was someone's deliberate choice.
 */
export function DiscountFieldset() {
  const t = useMessages(measureMessages);
  const lang = useLang();
  const model = useModelStore((s) => s.model);
  const update = useModelStore((s) => s.update);
  const uid = useId();
  const mode = discountMode(model);
  const name = `${uid}-mode`;

  return (
    <fieldset className="measure-discount" aria-describedby={`${uid}-help`}>
      <legend>{t('discountLegend')}</legend>
      <Help id={`${uid}-help`} text={t('discountHelp')} />
      <div>
        <input id={`${uid}-constant`} type="radio" name={name} checked={mode === 'constant'} onChange={() => update((m) => setDiscountMode(m, 'constant'))} />
        <label htmlFor={`${uid}-constant`}>{t('constantLabel')}</label>
      </div>
      <div className="measure-rate">
        <DecimalInput
          label={t('rateLabel')}
          help={mode === 'constant' ? t('rateHelp') : t('rateDisabledHelp')}
          value={model.discountRate}
          percent
          disabled={mode !== 'constant'}
          check={checkRate}
          onCommit={(v) => update((m) => setDiscountRate(m, v))}
        />
      </div>
      <div>
        <input
          id={`${uid}-r109`}
          type="radio"
          name={name}
          checked={mode === 'r109'}
          aria-describedby={`${uid}-r109-help`}
          onChange={() => update((m) => setDiscountMode(m, 'r109'))}
        />
        <label htmlFor={`${uid}-r109`}>{t('r109Label')}</label>
        <Help id={`${uid}-r109-help`} text={t('r109Help')} />
      </div>
      {mode === 'custom' && (
        <div>
          <input id={`${uid}-custom`} type="radio" name={name} checked readOnly />
          <label htmlFor={`${uid}-custom`}>{t('customLabel')}</label>
          <ul>
            {model.discountSchedule?.map((s) => (
              <li key={s.fromYear}>{t('customStep', { from: s.fromYear, rate: formatPercent(s.rate, lang, 2, { trim: true }) })}</li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
