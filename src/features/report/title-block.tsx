import type { Model } from '../../engine/model';
import { formatDate, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reportMessages } from './messages';
import { provenanceMessages } from './provenance-messages';
import { periodOf } from './report-data';

export interface TitleBlockProps {
  model: Model;
  /** Short SHA-256 of the saved model; null while it is being computed. */
  fingerprint: string | null;
  date: Date;
}

/**
 * What the council member sees first: the measure, who proposes it and for which
 * municipality (when given), and what identifies this printout.
 */
export function TitleBlock({ model, fingerprint, date }: TitleBlockProps) {
  const t = useMessages(reportMessages);
  const p = useMessages(provenanceMessages);
  const lang = useLang();
  const period = periodOf(model);
  return (
    <header className="report-title">
      <p className="report-kicker">{t('kicker')}</p>
      <h1>{model.title || t('heading')}</h1>
      {model.description && <p className="report-description">{model.description}</p>}
      <dl className="report-meta">
        {model.proposer?.trim() && <div><dt>{p('meta.proposer')}</dt><dd>{model.proposer.trim()}</dd></div>}
        {model.municipality?.trim() && <div><dt>{p('meta.municipality')}</dt><dd>{model.municipality.trim()}</dd></div>}
        <div><dt>{t('meta.date')}</dt><dd>{formatDate(date, lang)}</dd></div>
        <div>
          <dt>{t('meta.period')}</dt>
          <dd>{t('meta.periodValue', { first: formatYear(period.first, lang), last: formatYear(period.last, lang), years: model.years })}</dd>
        </div>
        <div><dt>{t('meta.currency')}</dt><dd>{model.currency}</dd></div>
        <div><dt>{t('meta.version')}</dt><dd>{t('meta.versionValue', { version: model.version })}</dd></div>
        <div>
          <dt>{t('meta.fingerprint')}</dt>
          <dd><code className="report-fingerprint" title={t('meta.fingerprintHelp')}>{fingerprint ?? '…'}</code></dd>
        </div>
      </dl>
    </header>
  );
}
