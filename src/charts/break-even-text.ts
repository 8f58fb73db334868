/**
 * The break-even values in words: "the measure pays for itself if at least 1 in N
 * participants …", one sentence per gain line that touches the budgets, after the
 * headline on all effects together. Shared by the uncertainty screen, the overview and
 * the report (src/charts/uncertainty-summary.tsx).
 */
import { isCohortBenefit, type CohortBenefit, type Model } from '../engine/model';
import { Dec } from '../engine/decimal';
import { oneIn, type SwitchValue, type Switching } from '../engine/uncertainty/switching';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format';
import type { Lang, Translate } from '../i18n/catalog';
import type { BreakEvenKey } from './uncertainty-messages';

const percent = (v: string, lang: Lang) => formatPercent(v, lang, 2, { trim: true });
const count = (n: number, lang: Lang) => formatNumber(n, lang, 0);

/** The cohort-driven gain that carries most of the fiscal NPV: the one to say "1 in N" about. */
function mainLine(model: Model, s: Switching): CohortBenefit | null {
  let best: { line: CohortBenefit; value: number } | null = null;
  for (const sw of s.lines) {
    const line = model.benefits.find((b) => b.id === sw.benefitId);
    const value = Number(sw.contribution);
    if (line && isCohortBenefit(line) && sw.effect && value > 0 && (!best || value > best.value)) best = { line, value };
  }
  return best?.line ?? null;
}

export interface BreakEvenText {
  headline: string[];
  lines: { id: string; text: string; details: string[] }[];
}

function effectSentence(line: string, v: SwitchValue, current: string, lang: Lang, t: Translate<BreakEvenKey>): string {
  const effect = percent(v.value, lang);
  const now = percent(current, lang);
  const value = Number(v.value);
  if (v.direction === 'atMost') return value < 0 ? t('breakEven.never', { line }) : t('breakEven.atMost', { line, effect, current: now });
  if (value <= 0) return t('breakEven.notNeeded', { line });
  const n = oneIn(v.value);
  if (n === null) return t('breakEven.effectAbove', { line, effect, current: now });
  return t('breakEven.oneIn', { line, n: count(n, lang), effect, current: now });
}

export function breakEvenText(model: Model, s: Switching, lang: Lang, t: Translate<BreakEvenKey>): BreakEvenText {
  const headline: string[] = [];
  if (s.effectScale?.direction === 'atLeast') {
    const scale = s.effectScale.value;
    headline.push(Number(scale) <= 0 ? t('breakEven.scaleNotNeeded') : t('breakEven.scale', { share: percent(scale, lang) }));
    const main = mainLine(model, s);
    if (main && Number(scale) > 0) {
      const n = oneIn(new Dec(main.effect).times(scale).toDecimalPlaces(12).toFixed());
      const m = oneIn(main.effect);
      if (n !== null && m !== null) headline.push(t('breakEven.scaleOneIn', { line: main.label.trim() || main.id, n: count(n, lang), m: count(m, lang) }));
    }
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
      // A break-even unit value below zero says only that the line is not needed: the sentence already says so.
      if (sw.unitValue && !(sw.unitValue.direction === 'atLeast' && Number(sw.unitValue.value) <= 0)) details.push(t('breakEven.unitValue', { value: formatMoney(sw.unitValue.value, lang), current: formatMoney(line.unitValue, lang) }));
      if (sw.planEffect && Number(sw.planEffect.value) > 0) details.push(t('breakEven.plan', { effect: percent(sw.planEffect.value, lang) }));
      lines.push({ id: line.id, text: effectSentence(name, sw.effect, line.effect, lang, t), details });
    } else if (sw.factor) {
      const key = sw.factor.direction === 'atLeast' ? 'breakEven.factorAtLeast' : 'breakEven.factorAtMost';
      lines.push({ id: line.id, text: t(key, { line: name, factor: percent(sw.factor.value, lang) }), details: [] });
    }
  }
  return { headline, lines };
}
