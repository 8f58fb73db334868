import { isCohortBenefit, type BenefitLine, type Cohort, type Sector } from '../../engine/model';
import { formatMoney, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { rowTotal } from '../../ui/year-grid-ops';
import { gainsMessages } from './messages';

export interface GainLineBriefProps {
  line: BenefitLine;
  sectors: readonly Sector[];
  cohorts: readonly Cohort[];
  years: number;
}

/**
 * A closed line in one row: where the gain lands, its kind and a figure read straight off
 * the line (the sum of a direct line's amounts; a cohort line's effect and unit value).
 * No engine call: with hundreds of closed lines, computing each adjusted profile would
 * cost more than drawing the open ones.
 */
export function GainLineBrief({ line, sectors, cohorts, years }: GainLineBriefProps) {
  const t = useMessages(gainsMessages);
  const lang = useLang();
  const sector = sectors.find((s) => s.id === line.sector)?.name ?? line.sector;
  const type = t(`type.${line.type}`);
  const text = isCohortBenefit(line)
    ? t('briefCohort', {
        sector, type,
        cohort: cohorts.find((c) => c.id === line.cohort)?.label || t('unnamed'),
        effect: formatPercent(line.effect, lang, 1, { trim: true }),
        value: formatMoney(line.unitValue, lang),
      })
    : t('briefDirect', { sector, type, years, value: formatMoney(rowTotal(line.amounts, years), lang) });
  return <p className="line-card-brief">{text}</p>;
}
