import { useId } from 'react';
import { COST_KINDS, type CostLine, type Model } from '../../engine/model';
import { formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { SelectField, TextField } from '../../ui/field';
import { HelpTip } from '../../ui/help-tip';
import { LineActions } from '../../ui/line-list';
import { NumberField } from '../../ui/number-field';
import { useModelStore } from '../../store/model-store';
import { setCostOptimismBias, updateCostLine } from './cost-edits';
import { costsMessages } from './messages';

export interface CostLineCardProps {
  line: CostLine;
  model: Model;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** The fields of one cost line apart from its amounts, which sit in the shared year grid. */
export function CostLineCard({ line, model, onDuplicate, onDelete }: CostLineCardProps) {
  const t = useMessages(costsMessages);
  const lang = useLang();
  const update = useModelStore((s) => s.update);
  const headingId = useId();
  const kindHelpId = useId();
  const name = line.label || t('unnamed');
  const ownBias = line.optimismBias !== undefined;
  const modelBias = formatPercent(model.optimismBias.costs, lang, 1, { trim: true });

  return (
    <article className="line-card" aria-labelledby={headingId} data-line-id={line.id}>
      <header className="line-card-head">
        <h3 id={headingId}>{t('lineHeading', { label: name })}</h3>
        <LineActions
          duplicateText={t('duplicate')}
          deleteText={t('delete')}
          duplicateName={t('duplicateName', { label: name })}
          deleteName={t('deleteName', { label: name })}
          onDuplicate={onDuplicate}
          onDelete={onDelete}
        />
      </header>
      <div className="line-fields">
        <TextField label={t('label')} value={line.label} onCommit={(label) => update((m) => updateCostLine(m, line.id, { label }))} />
        <SelectField
          label={t('payer')}
          value={line.sector}
          options={model.sectors.map((s) => ({ value: s.id, label: s.name }))}
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
        <HelpTip term={t('ownBias')}>{t('ownBiasHelp', { value: modelBias })}</HelpTip>
      </div>
    </article>
  );
}
