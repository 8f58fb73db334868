import { memo, useId } from 'react';
import { COST_KINDS, type CostLine, type DecimalString, type Sector } from '../../engine/model';
import { formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { SelectField, TextField } from '../../ui/field';
import { HelpTip } from '../../ui/help-tip';
import { LineCard } from '../../ui/line-card';
import { NumberField } from '../../ui/number-field';
import { useModelStore } from '../../store/model-store';
import { CostLineBrief } from './cost-line-brief';
import { setCostOptimismBias, updateCostLine } from './cost-edits';
import { costsMessages } from './messages';

export interface CostLineCardProps {
  line: CostLine;
  sectors: readonly Sector[];
  /** The model's optimism bias for costs, which applies when the line has none of its own. */
  modelBias: DecimalString;
  years: number;
  /** Open or closed in a large model; undefined in a small one, where every line is open for good. */
  open?: boolean;
  onToggle: (id: string) => void;
  onDuplicate: (id: string, label: string) => void;
  onDelete: (id: string, label: string) => void;
  /** Moves focus to the line's first amount in the grid (large models, where the grid is far below). */
  onShowAmounts: (id: string) => void;
}

/**
 * The fields of one cost line apart from its amounts, which sit in the shared year grid.
 * Memoised with stable callbacks: an edit redraws only the line it changed, which matters
 * with hundreds of lines.
 */
export const CostLineCard = memo(function CostLineCard(props: CostLineCardProps) {
  const { line, open } = props;
  const t = useMessages(costsMessages);
  const name = line.label || t('unnamed');
  return (
    <LineCard
      id={line.id}
      label={line.label}
      name={name}
      heading={t('lineHeading', { label: name })}
      open={open}
      t={t}
      onToggle={props.onToggle}
      onDuplicate={props.onDuplicate}
      onDelete={props.onDelete}
      buttons={
        open && (
          <button type="button" aria-label={t('toAmountsName', { label: name })} onClick={() => props.onShowAmounts(line.id)}>
            {t('toAmounts')}
          </button>
        )
      }
      body={(shown, headingId) =>
        shown ? <CostLineFields {...props} headingId={headingId} /> : <CostLineBrief line={line} sectors={props.sectors} years={props.years} />
      }
    />
  );
});

function CostLineFields({ line, sectors, modelBias, headingId }: CostLineCardProps & { headingId: string }) {
  const t = useMessages(costsMessages);
  const lang = useLang();
  const update = useModelStore((s) => s.update);
  const kindHelpId = useId();
  const ownBias = line.optimismBias !== undefined;
  const modelBiasText = formatPercent(modelBias, lang, 1, { trim: true });
  return (
    <>
      <div className="line-fields">
        <TextField label={t('label')} value={line.label} onCommit={(label) => update((m) => updateCostLine(m, line.id, { label }))} />
        <SelectField
          label={t('payer')}
          value={line.sector}
          options={sectors.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(sector) => update((m) => updateCostLine(m, line.id, { sector }))}
        />
        <SelectField
          label={t('kind')}
          value={line.kind}
          options={COST_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          describedBy={kindHelpId}
          onChange={(kind) => update((m) => updateCostLine(m, line.id, { kind }))}
        />
      </div>
      <p id={kindHelpId} className="help">{t('kindHelp')}</p>
      <div className="line-fields">
        <span className="field">
          <input
            type="checkbox"
            id={`${headingId}-own-bias`}
            checked={ownBias}
            // Turning it on starts from the model's uplift, so ticking alone changes no figure.
            onChange={(e) =>
              update((m) => setCostOptimismBias(m, line.id, e.target.checked ? m.optimismBias.costs : undefined))
            }
          />{' '}
          <label htmlFor={`${headingId}-own-bias`}>{t('ownBias')}</label>
        </span>
        {ownBias && (
          <NumberField
            label={t('biasValue')}
            value={line.optimismBias ?? null}
            percent
            validate={(v) => (v.startsWith('-') ? t('biasNegative') : null)}
            onCommit={(v) => update((m) => setCostOptimismBias(m, line.id, v))}
            size={6}
          />
        )}
        <HelpTip term={t('ownBias')}>{t('ownBiasHelp', { value: modelBiasText })}</HelpTip>
      </div>
    </>
  );
}
