import { useId } from 'react';
import { BENEFIT_TYPES, isCohortBenefit, type BenefitLine } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { SelectField, TextField } from '../../ui/field';
import { HelpTip } from '../../ui/help-tip';
import { useModelStore } from '../../store/model-store';
import { AdjustmentFields } from './adjustment-fields';
import { CohortFields } from './cohort-fields';
import { DirectAmounts } from './direct-amounts';
import { GainProfile } from './gain-profile';
import { toCohortDriven, toDirect, updateGain } from './gain-edits';
import { gainsMessages } from './messages';

/**
 * The fields of an open gain line and the profile it produces. It reads the model itself
 * (cohorts, horizon, the model's optimism bias all shape the profile), so the card around
 * it can skip redrawing while closed lines stay cheap.
 */
export function GainLineFields({ line, name }: { line: BenefitLine; name: string }) {
  const t = useMessages(gainsMessages);
  const model = useModelStore((s) => s.model);
  const update = useModelStore((s) => s.update);
  const id = useId();
  const cohortDriven = isCohortBenefit(line);

  const setMode = (mode: 'direct' | 'cohort') =>
    update((m) =>
      mode === 'direct' ? toDirect(m, line.id) : toCohortDriven(m, line.id, { cohortLabel: t('newCohortLabel') }),
    );

  return (
    <div className="gain-card-body">
      <div className="gain-card-fields">
        <div className="line-fields">
          <TextField label={t('label')} value={line.label} onCommit={(label) => update((m) => updateGain(m, line.id, { label }))} />
          <SelectField
            label={t('sector')}
            value={line.sector}
            options={model.sectors.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(sector) => update((m) => updateGain(m, line.id, { sector }))}
          />
          <SelectField
            label={t('type')}
            value={line.type}
            options={BENEFIT_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
            help={<HelpTip term={t('type')}>{t('help.type')}</HelpTip>}
            onChange={(type) => update((m) => updateGain(m, line.id, { type }))}
          />
        </div>
        <fieldset className="mode" aria-describedby={`${id}-mode-help`}>
          <legend>{t('mode')}</legend>
          {(['direct', 'cohort'] as const).map((mode) => (
            <span key={mode} className="field">
              <input
                type="radio"
                id={`${id}-mode-${mode}`}
                name={`${id}-mode`}
                checked={(mode === 'cohort') === cohortDriven}
                onChange={() => setMode(mode)}
              />{' '}
              <label htmlFor={`${id}-mode-${mode}`}>{t(`mode.${mode}`)}</label>
            </span>
          ))}
          <p id={`${id}-mode-help`} className="help">{t('help.mode')}</p>
        </fieldset>
        {cohortDriven ? <CohortFields line={line} model={model} /> : <DirectAmounts line={line} model={model} />}
        <AdjustmentFields line={line} model={model} />
      </div>
      <GainProfile model={model} lineId={line.id} label={name} />
    </div>
  );
}
