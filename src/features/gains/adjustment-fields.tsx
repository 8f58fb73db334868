import { useId } from 'react';
import type { BenefitLine, Model } from '../../engine/model';
import { formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { HelpTip } from '../../ui/help-tip';
import { useModelStore } from '../../store/model-store';
import { setGainOptimismBias, updateGain } from './gain-edits';
import { checkRate } from './gain-validators';
import { gainsMessages } from './messages';
import { NumberWithHelp } from './number-with-help';

const RATES = ['deadweight', 'attribution', 'displacement'] as const;

/**
 * Deadweight, attribution, displacement and optimism bias: each lowers the gain one
 * after another (never added together), each with a plain example behind its "?".
 */
export function AdjustmentFields({ line, model }: { line: BenefitLine; model: Model }) {
  const t = useMessages(gainsMessages);
  const lang = useLang();
  const update = useModelStore((s) => s.update);
  const biasId = useId();
  const rateMessage = (v: string) => (checkRate(v) ? t('rateRange') : null);
  const ownBias = line.optimismBias !== undefined;
  const modelBias = formatPercent(model.optimismBias.benefits, lang, 1, { trim: true });

  return (
    <fieldset className="adjustments">
      <legend>{t('adjustments')}</legend>
      {RATES.map((key) => (
        <NumberWithHelp
          key={key}
          label={t(key)}
          help={t(`help.${key}`)}
          value={line[key]}
          percent
          size={6}
          validate={rateMessage}
          onCommit={(v) => update((m) => updateGain(m, line.id, { [key]: v }))}
        />
      ))}
      <div className="field-with-help">
        <span className="field">
          <input
            type="checkbox"
            id={biasId}
            checked={ownBias}
            // Ticking starts from the model's reduction, so ticking alone changes no figure.
            onChange={(e) =>
              update((m) => setGainOptimismBias(m, line.id, e.target.checked ? m.optimismBias.benefits : undefined))
            }
          />{' '}
          <label htmlFor={biasId}>{t('ownBias')}</label>
        </span>
        <HelpTip term={t('ownBias')}>{t('help.ownBias', { value: modelBias })}</HelpTip>
      </div>
      {ownBias && (
        <NumberWithHelp
          label={t('biasValue')}
          help={t('help.ownBias', { value: modelBias })}
          value={line.optimismBias ?? null}
          percent
          size={6}
          validate={rateMessage}
          onCommit={(v) => update((m) => setGainOptimismBias(m, line.id, v))}
        />
      )}
    </fieldset>
  );
}
