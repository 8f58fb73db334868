/**
 * #/uncertainty: how sure the council can be. The tornado (what matters most), the
 * break-even values, the Monte Carlo simulation, the two-way grid, the scenarios and the
 * ranges behind them all. The heavier figures follow a deferred copy of the model, so
 * typing a range never waits for them.
 */
import { useDeferredValue, useMemo } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { BreakEvenSection } from './break-even-section';
import { inputsOf } from '../../workers/inputs-cache';
import { uncertaintyMessages } from './messages';
import { RangesSection } from './ranges-section';
import { ScenariosSection } from './scenarios-section';
import { SimulationSection } from './simulation-section';
import { TornadoSection } from './tornado-section';
import { TwoWaySection } from './two-way-section';
import './uncertainty.css';

export function UncertaintyScreen() {
  const t = useMessages(uncertaintyMessages);
  const model = useModelStore((s) => s.model);
  const deferred = useDeferredValue(model);
  const inputs = useMemo(() => inputsOf(deferred), [deferred]);
  const liveInputs = useMemo(() => inputsOf(model), [model]);
  return (
    <div className="uncertainty" aria-busy={deferred !== model}>
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <TornadoSection model={deferred} inputs={inputs} />
      <BreakEvenSection model={deferred} />
      <SimulationSection model={model} />
      <TwoWaySection model={deferred} inputs={inputs} />
      <ScenariosSection model={deferred} inputs={inputs} />
      <RangesSection model={model} inputs={liveInputs} />
    </div>
  );
}
