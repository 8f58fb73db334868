/**
 * #/sharing: what it would take for every budget holder to say yes. The equal-return
 * proposal beside each sector's position today, how far the transfers already agreed
 * get, one action that makes the proposal the agreement, and the procurement check.
 */
import { useId, useMemo } from 'react';
import { chartMessages } from '../../charts/messages';
import { SharingChart } from '../../charts/sharing-chart';
import { sharingData } from '../../charts/sharing-data';
import { useMessages } from '../../i18n/use-messages';
import { ApplyAgreement } from './apply-agreement';
import { ExistingTransfers } from './existing-transfers';
import { sharingMessages } from './messages';
import { ProcurementSection } from './procurement-section';
import { SharingTable } from './sharing-table';
import { useDeferredResult } from '../../ui/use-deferred-result';
import './sharing.css';

export function SharingScreen() {
  const t = useMessages(sharingMessages);
  const c = useMessages(chartMessages);
  const id = useId();
  const { model, result, pending } = useDeferredResult();
  const rows = useMemo(() => sharingData(result, model), [result, model]);

  return (
    <div className="sharing" aria-busy={pending}>
      <h1>{t('heading')}</h1>
      <p className="intro">{t('intro')}</p>
      <section aria-labelledby={`${id}-proposal`}>
        <h2 id={`${id}-proposal`}>{t('proposal')}</h2>
        {result.costSharing === null ? (
          <p>{t('noSplit')}</p>
        ) : (
          <div className="sharing-side-by-side">
            <div>
              <SharingTable result={result} model={model} />
            </div>
            <SharingChart rows={rows} title={c('sharing.title')} caption={c('sharing.caption')} headingLevel={3} />
          </div>
        )}
      </section>
      <section aria-labelledby={`${id}-existing`}>
        <h2 id={`${id}-existing`}>{t('existing')}</h2>
        <ExistingTransfers model={model} result={result} />
        {result.costSharing !== null && <ApplyAgreement model={model} result={result} />}
      </section>
      <ProcurementSection model={model} result={result} headingId={`${id}-procurement`} />
    </div>
  );
}
