/**
 * The five charts of the overview, all through the same lens. The lens and the flow unit
 * are deferred: a switch answers at once, and the charts (the costly part of the screen)
 * follow in a low-priority render that a further click can interrupt.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { CumulativeChart } from '../../charts/cumulative-chart';
import { DivergingChart } from '../../charts/diverging-chart';
import { flowData, type FlowUnit } from '../../charts/flow-data';
import { FlowChart } from '../../charts/flow-chart';
import type { Lens } from '../../charts/lens';
import { chartMessages } from '../../charts/messages';
import { levelData, paysGainsData } from '../../charts/pays-gains-data';
import { YearChart } from '../../charts/year-chart';
import { cumulativeData, yearData } from '../../charts/year-data';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { useLang, useMessages } from '../../i18n/use-messages';
import { overviewMessages } from './messages';
import { FlowUnitSwitch } from './flow-unit-switch';

export function OverviewCharts({ result, model, lens: wanted }: { result: Result; model: Model; lens: Lens }) {
  const t = useMessages(chartMessages);
  const o = useMessages(overviewMessages);
  const lang = useLang();
  const [wantedUnit, setUnit] = useState<FlowUnit>('kr');
  const lens = useDeferredValue(wanted);
  const unit = useDeferredValue(wantedUnit);
  const money = t(`money.${lens.money}`);
  const data = useMemo(
    () => ({
      paysGains: paysGainsData(result, model, lens),
      years: yearData(result, model, lens),
      levels: levelData(result, model, lens, lang),
      cumulative: cumulativeData(result, model, lens),
    }),
    [result, model, lens, lang],
  );
  const flows = useMemo(() => flowData(result, model, lens, unit, o('measureNode')), [result, model, lens, unit, o]);

  return (
    <div className="overview-charts" aria-busy={lens !== wanted || unit !== wantedUnit}>
      <DivergingChart data={data.paysGains} title={t('paysGains.title')} caption={t('paysGains.caption', { money })} rowHeader={t('sector')} headingLevel={3} />
      <YearChart data={data.years} title={t('years.title')} caption={t('years.caption', { money })} headingLevel={3} />
      <FlowChart
        data={flows}
        title={t('flows.title')}
        caption={t('flows.caption', { money })}
        controls={<FlowUnitSwitch unit={wantedUnit} onChange={setUnit} />}
        headingLevel={3}
      />
      <DivergingChart data={data.levels} title={t('levels.title')} caption={t('levels.caption', { money })} rowHeader={t('level')} headingLevel={3} />
      <CumulativeChart data={data.cumulative} title={t('cumulative.title')} caption={t('cumulative.caption', { money })} headingLevel={3} />
    </div>
  );
}
