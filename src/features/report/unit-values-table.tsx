/**
 * Every documented unit value with the sum a reader can redo: published value × unit
 * factor × price factor. The unit value shown is the line's own (what the engine uses);
 * if it was changed by hand after the conversion, the cell says so.
 */
import type { Model } from '../../engine/model';
import { formatPercent } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/catalog';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatFactor, formatKroner } from '../../ui/unit-value-source-note';
import { unitValueMessages } from '../../ui/unit-value-messages';
import { provenanceMessages, type ProvenanceKey } from './provenance-messages';
import { priceBaseOf, unitValueRows, type UnitValueRow } from './provenance-data';
import { ReportTable } from './report-table';

export function priceText(row: UnitValueRow, base: number, t: Translate<ProvenanceKey>, lang: Lang): string {
  const s = row.source;
  const factor = formatFactor(s.priceFactor, lang);
  switch (s.priceMethod) {
    case 'index':
      return t('uv.price.index', { from: formatFactor(s.indexFrom ?? '', lang), to: formatFactor(s.indexTo ?? '', lang), factor });
    case 'growth':
      return t('uv.price.growth', { rate: formatPercent(s.growthRate ?? null, lang, 2, { trim: true }), years: base - s.priceYear, factor });
    case 'none':
      return row.unconverted ? t('uv.price.unconverted', { year: s.priceYear, base }) : t('uv.price.none');
  }
}

export function UnitValuesTable({ model }: { model: Model }) {
  const t = useMessages(provenanceMessages);
  const u = useMessages(unitValueMessages);
  const lang = useLang();
  const rows = unitValueRows(model);
  if (rows.length === 0) return null;
  const base = priceBaseOf(model).year;
  return (
    <>
      <h3>{t('uv.heading')}</h3>
      <p>{t('uv.intro')}</p>
      <ReportTable
        className="report-unit-values"
        caption={t('uv.table', { base })}
        head={[t('uv.col.line'), t('uv.col.source'), t('uv.col.year'), t('uv.col.published'), t('uv.col.unitFactor'), t('uv.col.price'), t('uv.col.unitValue')]}
        numeric={[false, false, true, true, true, false, true]}
        rows={rows.map((r) => ({
          key: r.id,
          cells: [
            r.label,
            <>
              {r.source.label && <span className="report-uv-label">{r.source.label}</span>}
              {/* Shown as two lines; the space keeps them two words when the PDF's text is copied. */}
              {r.source.label && ' '}
              {r.source.source}
              {r.source.confidence && <> ({u(`confidence.${r.source.confidence}`).toLowerCase()})</>}
            </>,
            String(r.source.priceYear),
            `${formatKroner(r.source.value, lang)} ${u(`unit.${r.source.unit}`)}`,
            `×\u00a0${formatFactor(r.source.unitFactor, lang)}`,
            r.unconverted ? <strong>{priceText(r, base, t, lang)}</strong> : priceText(r, base, t, lang),
            <>
              {formatKroner(r.unitValue, lang)}
              {r.edited && r.converted !== null && ' '}
              {r.edited && r.converted !== null && <em className="report-uv-edited">{t('uv.edited', { value: formatKroner(r.converted, lang) })}</em>}
            </>,
          ],
        }))}
      />
    </>
  );
}
