import type { CostLine, Sector } from '../../engine/model';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { rowTotal } from '../../ui/year-grid-ops';
import { costsMessages } from './messages';

/** A closed line in one row: who pays, what kind, and the sum of its amounts (before uplift). */
export function CostLineBrief({ line, sectors, years }: { line: CostLine; sectors: readonly Sector[]; years: number }) {
  const t = useMessages(costsMessages);
  const lang = useLang();
  const payer = sectors.find((s) => s.id === line.sector)?.name ?? line.sector;
  return (
    <p className="line-card-brief">
      {t('lineBrief', { payer, kind: t(`kind.${line.kind}`), years, value: formatMoney(rowTotal(line.amounts, years), lang) })}
    </p>
  );
}
