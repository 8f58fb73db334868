/** Monte Carlo: the settings (stored in the model, so a report can be reproduced), run, progress, cancel, results. */
import { useId } from 'react';
import type { Model } from '../../engine/model';
import { MAX_SEED } from '../../engine/uncertainty/prng';
import { formatNumber } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { SelectField } from '../../ui/field';
import { NumberField } from '../../ui/number-field';
import { uncertaintyMessages } from './messages';
import { setSimulation, simulationSettings } from './range-edits';
import { SimulationResults } from './simulation-results';
import { sameSimulationInputs, useSimulation } from './use-simulation';

export function SimulationSection({ model }: { model: Model }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const id = useId();
  const update = useModelStore((s) => s.update);
  const settings = simulationSettings(model);
  const { state, start, cancel } = useSimulation();
  const running = state.status === 'running';

  return (
    <section aria-labelledby={`${id}-title`} className="uncertainty-section">
      <h2 id={`${id}-title`}>{t('sim.title')}</h2>
      <div className="simulation-settings">
        <NumberField
          label={t('sim.seed')}
          value={String(settings.seed)}
          integer
          grouping={false}
          min={0}
          max={MAX_SEED}
          onCommit={(v) => update((m) => setSimulation(m, { seed: Number(v) }))}
          size={12}
        />
        <NumberField
          label={t('sim.runs')}
          value={String(settings.runs)}
          integer
          min={100}
          max={100_000}
          onCommit={(v) => update((m) => setSimulation(m, { runs: Number(v) }))}
          size={8}
        />
        <SelectField
          label={t('sim.distribution')}
          value={settings.distribution}
          options={[
            { value: 'pert', label: t('dist.pert') },
            { value: 'triangular', label: t('dist.triangular') },
          ]}
          onChange={(distribution) => update((m) => setSimulation(m, { distribution }))}
        />
      </div>
      <div className="simulation-actions">
        <button type="button" onClick={() => start(model, settings)} disabled={running}>
          {t('sim.run')}
        </button>
        {running && (
          <button type="button" onClick={cancel}>
            {t('sim.cancel')}
          </button>
        )}
      </div>
      {running && (
        <p className="simulation-progress">
          <label htmlFor={`${id}-progress`}>{t('sim.progress')}</label>{' '}
          <progress id={`${id}-progress`} max={state.total} value={state.done} aria-valuetext={t('sim.progressText', { done: formatNumber(state.done, lang, 0), total: formatNumber(state.total, lang, 0) })} />{' '}
          <span>{t('sim.progressText', { done: formatNumber(state.done, lang, 0), total: formatNumber(state.total, lang, 0) })}</span>
        </p>
      )}
      <div role="status" aria-live="polite">
        {state.status === 'idle' && <p>{t('sim.notRun')}</p>}
        {state.status === 'cancelled' && <p>{t('sim.cancelled')}</p>}
        {state.status === 'error' && <p>{t('sim.error', { message: state.message })}</p>}
        {state.status === 'done' && !sameSimulationInputs(state.model, model) && <p className="warning">{t('sim.stale')}</p>}
      </div>
      {state.status === 'done' && <SimulationResults model={state.model} result={state.result} />}
      <p className="note">{t('sim.method')}</p>
    </section>
  );
}
