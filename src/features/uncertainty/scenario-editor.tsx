/** One scenario: its name, its changes (each a value for one estimate), and a delete. */
import { useId, useState } from 'react';
import type { Model, Scenario, ScenarioOverride } from '../../engine/model';
import { scenarioProblems } from '../../engine/uncertainty/apply-scenario';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { SelectField, TextField } from '../../ui/field';
import { NumberField } from '../../ui/number-field';
import { fieldFormat, inputLabel } from '../../charts/input-labels';
import { uncertaintyMessages } from './messages';
import { deleteScenario, removeOverride, renameScenario, setOverride } from './scenario-edits';
import { freeTargets, type ScenarioTarget } from './scenario-targets';

function OverrideRow({ model, scenario, override, index, problem }: { model: Model; scenario: Scenario; override: ScenarioOverride; index: number; problem: string | null }) {
  const t = useMessages(uncertaintyMessages);
  const update = useModelStore((s) => s.update);
  const id = useId();
  const label = inputLabel(model, override, t);
  const format = override.kind === 'cohort' ? 'percent' : fieldFormat(override.field);
  return (
    <li className="override-row">
      <NumberField
        label={t('sc.value', { input: label })}
        value={override.value}
        percent={format === 'percent'}
        integer={format === 'integer'}
        describedBy={problem ? `${id}-problem` : undefined}
        onCommit={(value) => update((m) => setOverride(m, scenario.id, { ...override, value }))}
        size={12}
      />
      <button type="button" onClick={() => update((m) => removeOverride(m, scenario.id, index))} aria-label={t('sc.removeLabel', { input: label })}>
        {t('sc.remove')}
      </button>
      {problem && (
        <span id={`${id}-problem`} role="alert" className="field-error">
          {problem}
        </span>
      )}
    </li>
  );
}

export function ScenarioEditor({ model, scenario, targets }: { model: Model; scenario: Scenario; targets: ScenarioTarget[] }) {
  const t = useMessages(uncertaintyMessages);
  const update = useModelStore((s) => s.update);
  const free = freeTargets(targets, scenario.overrides);
  const [chosen, setChosen] = useState('');
  const target = free.find((f) => f.key === chosen) ?? free[0];
  const problems = scenarioProblems(model, scenario);
  const name = scenario.name.trim() || scenario.id;
  return (
    <fieldset className="scenario">
      <legend>{name}</legend>
      <TextField label={t('sc.name')} value={scenario.name} required maxLength={80} onCommit={(v) => update((m) => renameScenario(m, scenario.id, v))} />
      <button type="button" className="danger" onClick={() => update((m) => deleteScenario(m, scenario.id))} aria-label={t('sc.deleteLabel', { name })}>
        {t('sc.delete')}
      </button>
      <h3>{t('sc.overrides', { name })}</h3>
      {scenario.overrides.length === 0 ? (
        <p>{t('sc.noOverrides')}</p>
      ) : (
        <ul className="override-list">
          {scenario.overrides.map((o, i) => {
            const p = problems.find((x) => x.index === i);
            return <OverrideRow key={`${o.kind}:${'id' in o ? o.id : ''}:${o.field}`} model={model} scenario={scenario} override={o} index={i} problem={p ? t(`sc.problem.${p.code}`) : null} />;
          })}
        </ul>
      )}
      {target && (
        <div className="add-override">
          <SelectField label={t('sc.choose')} value={target.key} options={free.map((f) => ({ value: f.key, label: f.label }))} onChange={setChosen} />
          <button type="button" onClick={() => update((m) => setOverride(m, scenario.id, target.start))}>
            {t('sc.addOverride')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
