/** The equal-return proposal as tables: the split in present values, then per year. */
import { useId } from 'react';
import type { Model } from '../../engine/model';
import type { CostShare, Result } from '../../engine/result';
import { formatMoney, formatPercent, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { ScrollTable } from '../../charts/scroll-table';
import { sharingMessages } from './messages';

interface Row {
  name: string;
  share: CostShare;
  npvToday: string;
}

/** Sectors the split touches, in model order (a sector with nothing at all is left out). */
export function proposalRows(result: Result, model: Model): Row[] {
  return model.sectors.flatMap((s) => {
    const share = result.costSharing?.find((c) => c.sector === s.id);
    const figures = result.sectors.find((f) => f.id === s.id);
    if (!share || !figures) return [];
    const untouched = [share.contributionPv, share.requiredTransferPv, share.npvAfter, figures.npv].every((v) => Number(v) === 0);
    return untouched ? [] : [{ name: s.name, share, npvToday: figures.npv }];
  });
}

export function SharingTable({ result, model }: { result: Result; model: Model }) {
  const t = useMessages(sharingMessages);
  const lang = useLang();
  const rows = proposalRows(result, model);
  const helpId = useId();
  const money = (v: string) => formatMoney(v, lang);
  return (
    <>
      <ScrollTable caption={t('table.caption')} className="sharing-table" describedBy={helpId}>
        <thead>
          <tr>
            <th scope="col">{t('col.sector')}</th>
            <th scope="col" className="num">{t('col.npvToday')}</th>
            <th scope="col" className="num">{t('col.share')}</th>
            <th scope="col" className="num">{t('col.contribution')}</th>
            <th scope="col" className="num">{t('col.transfer')}</th>
            <th scope="col" className="num">{t('col.npvAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, share, npvToday }) => (
            <tr key={share.sector}>
              <th scope="row">{name}</th>
              <td className="num">{money(npvToday)}</td>
              <td className="num">{formatPercent(share.share, lang, 1)}</td>
              <td className="num">{money(share.contributionPv)}</td>
              <td className="num">{money(share.requiredTransferPv)}</td>
              <td className="num">{money(share.npvAfter)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p id={helpId} className="hint">{t('transferHelp')}</p>
      <h3>{t('perYear')}</h3>
      <ScrollTable caption={t('perYear.caption')} className="sharing-years">
        <thead>
          <tr>
            <th scope="col">{t('col.sector')}</th>
            {result.years.map((y) => (
              <th key={y.year} scope="col" className="num">{formatYear(y.year, lang)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows
            .filter(({ share }) => Number(share.share) > 0)
            .map(({ name, share }) => (
              <tr key={share.sector}>
                <th scope="row">{name}</th>
                {share.contributions.map((c, i) => (
                  <td key={i} className="num">{money(c)}</td>
                ))}
              </tr>
            ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
