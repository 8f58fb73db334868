import { useId } from 'react';
import { BENEFIT_TYPES, isCohortBenefit, type BenefitLine, type Model } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { SelectField, TextField } from '../../ui/field';
import { HelpTip } from '../../ui/help-tip';
import { LineActions } from '../../ui/line-list';
import { useModelStore } from '../../store/model-store';
import { AdjustmentFields } from './adjustment-fields';
import { CohortFields } from './cohort-fields';
import { DirectAmounts } from './direct-amounts';
import { GainProfile } from './gain-profile';
import { toCohortDriven, toDirect, updateGain } from './gain-edits';
import { gainsMessages } from './messages';

export interface GainLineCardProps {
  line: BenefitLine;
  model: Model;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** One gain line: where it lands, what kind it is, how it is worked out, and what it produces. */
export function GainLineCard({ line, model, onDuplicate, onDelete }: GainLineCardProps) {
  const t = useMessages(gainsMessages);
  const update = useModelStore((s) => s.update);
  const id = useId();
  const name = line.label || t('unnamed');
  const cohortDriven = isCohortBenefit(line);

  const setMode = (mode: 'direct' | 'cohort') =>
    update((m) =>
      mode === 'direct' ? toDirect(m, line.id) : toCohortDriven(m, line.id, { cohortLabel: t('newCohortLabel') }),
    );

  return (
    <article className="line-card gain-card" aria-labelledby={`${id}-heading`} data-line-id={line.id}>
      <header className="line-card-head">
        <h3 id={`${id}-heading`}>{t('gainHeading', { label: name })}</h3>
        <LineActions
          duplicateText={t('duplicate')}
          deleteText={t('delete')}
          duplicateName={t('duplicateName', { label: name })}
          deleteName={t('deleteName', { label: name })}
          onDuplicate={onDuplicate}
          onDelete={onDelete}
        />
      </header>
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
    </article>
  );
}
