/**
 * The report's buttons (never printed): print, Excel, CSV and a share link. Excel code
 * is loaded only when asked for, so the report opens without it.
 */
import { useState } from 'react';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { serializeModel } from '../../engine/serialize';
import { CSV_TYPE, yearSectorCsv } from '../../io/csv-export';
import { shareLink } from '../../io/share-link';
import { downloadBlob, fileNameFor } from '../../io/download';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reportMessages } from './messages';

type Status =
  | { kind: 'idle' }
  | { kind: 'message'; text: string; error?: boolean }
  | { kind: 'link'; url: string; note?: string }
  | { kind: 'tooLong'; text: string };

export function ReportActions({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(reportMessages);
  const lang = useLang();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const fail = (e: unknown) => setStatus({ kind: 'message', error: true, text: t('exportFailed', { message: e instanceof Error ? e.message : String(e) }) });

  const excel = async () => {
    setBusy(true);
    setStatus({ kind: 'message', text: t('working') });
    try {
      const { modelWorkbookBlob } = await import('../../io/excel-export');
      downloadBlob(await modelWorkbookBlob(model, lang), fileNameFor(model.title, 'xlsx'));
      setStatus({ kind: 'message', text: t('excelDone') });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const csv = () => {
    downloadBlob(new Blob([yearSectorCsv(model, result, lang)], { type: CSV_TYPE }), fileNameFor(model.title, 'csv'));
    setStatus({ kind: 'message', text: t('csvDone') });
  };

  const saveFile = () => downloadBlob(new Blob([serializeModel(model)], { type: 'application/json' }), fileNameFor(model.title, 'json'));

  const link = async () => {
    try {
      const out = await shareLink(model, window.location.href);
      setStatus(out.ok ? { kind: 'link', url: out.url } : { kind: 'tooLong', text: t('linkTooLong', { length: out.length, max: out.max }) });
    } catch (e) {
      fail(e);
    }
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'link', url, note: t('copied') });
    } catch {
      setStatus({ kind: 'link', url, note: t('copyFailed') });
    }
  };

  return (
    <section className="report-actions no-print" aria-label={t('actionsLabel')}>
      <div className="report-buttons">
        <button type="button" onClick={() => window.print()}>{t('print')}</button>
        <button type="button" onClick={() => void excel()} disabled={busy}>{t('excel')}</button>
        <button type="button" onClick={csv}>{t('csv')}</button>
        <button type="button" onClick={() => void link()}>{t('shareLink')}</button>
      </div>
      <p className="report-hint">{t('printHint')}</p>
      <div aria-live="polite" className="report-status">
        {status.kind === 'message' && <p role={status.error ? 'alert' : undefined}>{status.text}</p>}
        {status.kind === 'link' && (
          <div className="report-link">
            <p>{t('linkReady')}</p>
            <label htmlFor="report-share-link">{t('linkLabel')}</label>
            <input id="report-share-link" type="url" readOnly value={status.url} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void copy(status.url)}>{t('copy')}</button>
            {status.note && <p>{status.note}</p>}
          </div>
        )}
        {status.kind === 'tooLong' && (
          <div role="alert">
            <p>{status.text}</p>
            <button type="button" onClick={saveFile}>{t('saveFile')}</button>
          </div>
        )}
      </div>
    </section>
  );
}
