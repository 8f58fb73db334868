import { useId } from 'react';
import type { CohortBenefit, Model } from '../../engine/model';
import { useLang, useMessages } from '../../i18n/use-messages';
import { applyLibraryValue } from '../../ui/apply-library-value';
import { PickFromLibrary } from '../../ui/unit-value-picker';
import { SelectField } from '../../ui/field';
import { useModelStore } from '../../store/model-store';
import { updateCohortGain, type CohortGainPatch } from './gain-edits';
import { checkDuration, checkEffect, checkLag, checkRate } from './gain-validators';
import { gainsMessages } from './messages';
import { NumberWithHelp } from './number-with-help';

/** The fields of a cohort-driven line: participants × effect × value, shaped by lag, duration and drop-off. */
export function CohortFields({ line, model }: { line: CohortBenefit; model: Model }) {
  const t = useMessages(gainsMessages);
  const update = useModelStore((s) => s.update);
  const lang = useLang();
  const horizonId = useId();
  const edit = (patch: CohortGainPatch) => update((m) => updateCohortGain(m, line.id, patch));
  const toHorizon = line.duration === null;

  return (
    <div className="cohort-fields">
      <div className="field-with-help">
        <SelectField
          label={t('cohort')}
          value={line.cohort}
          options={model.cohorts.map((c) => ({ value: c.id, label: c.label || t('unnamed') }))}
          onChange={(cohort) => edit({ cohort })}
        />
      </div>
      <NumberWithHelp
        label={t('effect')}
        help={t('help.effect')}
        value={line.effect}
        percent
        size={6}
        validate={(v) => (checkEffect(v) ? t('effectNegative') : null)}
        onCommit={(effect) => edit({ effect })}
      />
      <NumberWithHelp
        label={t('unitValue')}
        help={t('help.unitValue')}
        value={line.unitValue}
        size={10}
        onCommit={(unitValue) => edit({ unitValue })}
      />
      <PickFromLibrary model={model} line={line} onPick={(pick) => update((m) => applyLibraryValue(m, line.id, pick, lang))} />
      <NumberWithHelp
        label={t('lag')}
        help={t('help.lag')}
        value={String(line.lag)}
        integer
        size={4}
        validate={(v) => (checkLag(v) ? t('lagWhole') : null)}
        onCommit={(v) => edit({ lag: Number(v) })}
      />
      <NumberWithHelp
        label={t('duration')}
        help={t('help.duration')}
        value={line.duration === null ? '' : String(line.duration)}
        integer
        size={4}
        disabled={toHorizon}
        validate={(v) => (checkDuration(v) ? t('durationWhole') : null)}
        onCommit={(v) => edit({ duration: Number(v) })}
      >
        {' '}
        <span className="field">
          <input
            type="checkbox"
            id={horizonId}
            checked={toHorizon}
            // Unticking starts from the whole horizon, which gives the same figures as before.
            onChange={(e) => edit({ duration: e.target.checked ? null : model.years })}
          />{' '}
          <label htmlFor={horizonId}>{t('toHorizon')}</label>
        </span>
      </NumberWithHelp>
      <NumberWithHelp
        label={t('dropOff')}
        help={t('help.dropOff')}
        value={line.dropOff}
        percent
        size={6}
        validate={(v) => (checkRate(v) ? t('rateRange') : null)}
        onCommit={(dropOff) => edit({ dropOff })}
      />
    </div>
  );
}
