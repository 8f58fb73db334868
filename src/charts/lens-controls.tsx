/**
 * The two lens switches (issue 4 §3) as radio groups: which gains count, and budget
 * kroner or present values. Shared so the overview and the report offer the same choice.
 */
import { useId } from 'react';
import { useMessages } from '../i18n/use-messages';
import { MONEY_LENSES, VALUE_LENSES, type Lens } from './lens';
import { lensMessages } from './lens-messages';

export function LensControls({ lens, onChange }: { lens: Lens; onChange: (lens: Lens) => void }) {
  const t = useMessages(lensMessages);
  const name = useId();
  return (
    <div className="lens-controls">
      <fieldset>
        <legend>{t('value.legend')}</legend>
        {VALUE_LENSES.map((value) => (
          <label key={value}>
            <input type="radio" name={`${name}-value`} value={value} checked={lens.value === value} onChange={() => onChange({ ...lens, value })} />{' '}
            {t(`value.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('money.legend')}</legend>
        {MONEY_LENSES.map((money) => (
          <label key={money}>
            <input type="radio" name={`${name}-money`} value={money} checked={lens.money === money} onChange={() => onChange({ ...lens, money })} />{' '}
            {t(`money.${money}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
