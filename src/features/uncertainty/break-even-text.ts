/**
 * The break-even values in words: "the measure pays for itself if at least 1 in N
 * participants …", one sentence per gain line that touches the budgets, after the
 * headline on all effects together.
 */
import { isCohortBenefit, type Model } from '../../engine/model';
import { oneIn, type SwitchValue, type Switching } from '../../engine/uncertainty/switching';
import { formatMoney, formatPercent } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/catalog';
import type { UncertaintyKey } from './messages';

const percent = (v: string, lang: Lang) => formatPercent(v, lang, 2, { trim: true });

export interface BreakEvenText {
  headline: string[];
  lines: { id: string; text: string; details: string[] }[];
}

function effectSentence(line: string, v: SwitchValue, current: string, lang: Lang, t: Translate<UncertaintyKey>): string {
  const effect = percent(v.value, lang);
  const now = percent(current, lang);
  const value = Number(v.value);
  if (v.direction === 'atMost') return value < 0 ? t('breakEven.never', { line }) : t('breakEven.atMost', { line, effect, current: now });
  if (value <= 0) return t('breakEven.notNeeded', { line });
  const n = oneIn(v.value);
  if (n === null) return t('breakEven.effectAbove', { line, effect, current: now });
  return t('breakEven.oneIn', { line, n: n.toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB'), effect, current: now });
}

export function breakEvenText(model: Model, s: Switching, lang: Lang, t: Translate<UncertaintyKey>): BreakEvenText {
  const headline: string[] = [];
  if (s.effectScale?.direction === 'atLeast') {
    headline.push(Number(s.effectScale.value) <= 0 ? t('breakEven.scaleNotNeeded') : t('breakEven.scale', { share: percent(s.effectScale.value, lang) }));
  }
  if (s.planEffectScale?.direction === 'atLeast' && Number(s.planEffectScale.value) > 0) {
    headline.push(t('breakEven.planScale', { years: model.planYears, share: percent(s.planEffectScale.value, lang) }));
  }
  const lines: BreakEvenText['lines'] = [];
  for (const sw of s.lines) {
    const line = model.benefits.find((b) => b.id === sw.benefitId);
    if (!line) continue;
    const name = line.label.trim() || line.id;
    if (isCohortBenefit(line) && sw.effect) {
      const details: string[] = [];
      if (sw.unitValue) details.push(t('breakEven.unitValue', { value: formatMoney(sw.unitValue.value, lang), current: formatMoney(line.unitValue, lang) }));
      if (sw.planEffect && Number(sw.planEffect.value) > 0) details.push(t('breakEven.plan', { effect: percent(sw.planEffect.value, lang) }));
      lines.push({ id: line.id, text: effectSentence(name, sw.effect, line.effect, lang, t), details });
    } else if (sw.factor) {
      const key = sw.factor.direction === 'atLeast' ? 'breakEven.factorAtLeast' : 'breakEven.factorAtMost';
      lines.push({ id: line.id, text: t(key, { line: name, factor: percent(sw.factor.value, lang) }), details: [] });
    }
  }
  return { headline, lines };
}
