/**
 * The equal-return proposal as tables: the split in present values, then per year.
 *
 * The split ignores the transfers in the model (spec §2.6: it replaces them), but the
 * sectors' NPV "now" includes them. So the transfer column shows what is still needed on top
 * of the transfers in the model: now − still needed = with the agreement, on every row, and
 * once the agreement is in place nothing is left to transfer ("Agreed").
 */
import { useId } from 'react';
import { Dec } from '../../engine/decimal';
import type { Model } from '../../engine/model';
import type { CostShare, Result } from '../../engine/result';
import { formatMoney, formatPercent, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { ScrollTable } from '../../charts/scroll-table';
import { sharingMessages } from './messages';

export interface ProposalRow {
  name: string;
  share: CostShare;
  /** Budget NPV with the transfers in the model now. */
  npvNow: string;
  /** PV still to move on top of those transfers (positive: the sector pays in). */
  stillNeeded: string;
  /** The sector's transfers in the model already do what the split asks. */
  agreed: boolean;
}

/** Øre-level differences are rounding of yearly øre amounts, not money anyone must move. */
const ROUNDING = new Dec(1);

/** Sectors the split touches, in model order (a sector with nothing at all is left out). */
export function proposalRows(result: Result, model: Model): ProposalRow[] {
  return model.sectors.flatMap((s) => {
    const share = result.costSharing?.find((c) => c.sector === s.id);
    const figures = result.sectors.find((f) => f.id === s.id);
    if (!share || !figures) return [];
    const untouched = [share.contributionPv, share.requiredTransferPv, share.npvAfter, figures.npv].every((v) => Number(v) === 0);
    if (untouched) return [];
    const netOutNow = new Dec(figures.pvTransfersOut).minus(figures.pvTransfersIn);
    const still = new Dec(share.requiredTransferPv).minus(netOutNow);
    const hasTransfers = !new Dec(figures.pvTransfersOut).isZero() || !new Dec(figures.pvTransfersIn).isZero();
    const agreed = hasTransfers && still.abs().lt(ROUNDING);
    return [{ name: s.name, share, npvNow: figures.npv, stillNeeded: agreed ? '0' : still.toFixed(2), agreed }];
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
            <th scope="col" className="num">{t('col.npvNow')}</th>
            <th scope="col" className="num">{t('col.share')}</th>
            <th scope="col" className="num">{t('col.contribution')}</th>
            <th scope="col" className="num">{t('col.stillNeeded')}</th>
            <th scope="col" className="num">{t('col.npvAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, share, npvNow, stillNeeded, agreed }) => (
            <tr key={share.sector}>
              <th scope="row">{name}</th>
              <td className="num">{money(npvNow)}</td>
              <td className="num">{formatPercent(share.share, lang, 1)}</td>
              <td className="num">{money(share.contributionPv)}</td>
              <td className="num">{agreed ? t('agreed') : money(stillNeeded)}</td>
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
