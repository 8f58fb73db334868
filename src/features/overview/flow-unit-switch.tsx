import { useId } from 'react';
import type { FlowUnit } from '../../charts/flow-data';
import { chartMessages } from '../../charts/messages';
import { useMessages } from '../../i18n/use-messages';

const UNITS: FlowUnit[] = ['kr', 'percent'];

/** The krone/percent toggle of the money-flow chart. */
export function FlowUnitSwitch({ unit, onChange }: { unit: FlowUnit; onChange: (unit: FlowUnit) => void }) {
  const t = useMessages(chartMessages);
  const name = useId();
  return (
    <fieldset className="inline-switch">
      <legend>{t('flows.unit')}</legend>
      {UNITS.map((u) => (
        <label key={u}>
          <input type="radio" name={name} value={u} checked={unit === u} onChange={() => onChange(u)} /> {t(u === 'kr' ? 'flows.kr' : 'flows.percent')}
        </label>
      ))}
    </fieldset>
  );
}
