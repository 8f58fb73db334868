/**
 * The credibility flags in words, shared by the overview and the printed report so both
 * say the same thing about the same model.
 */
import type { CredibilityFlag } from '../engine/credibility';
import type { Model } from '../engine/model';
import { defineMessages, translator, type Lang } from '../i18n/catalog';
import { formatPercent, formatRatio, formatYear } from '../i18n/format';

export const credibilityMessages = defineMessages({
  nb: {
    noAdjustments: '«{label}» er ikke justert for dødvekt eller attribusjon. Hva ville skjedd uten tiltaket, og hvor mye skyldes andre?',
    noLag: '«{label}» gir gevinst allerede i {year}, samme år som pengene brukes. Effekter viser seg ofte først senere.',
    highRatio: '{measure} er {ratio}: gevinstene er mer enn ti ganger kostnaden. Så høye tall bør etterprøves.',
    mostlySocial: '{share} av verdien er økonomisk eller sosial og havner ikke i noe budsjett.',
    unconvertedPrice: '«{label}»: enhetsverdien er i {priceYear}-kroner og ikke regnet om til modellens prisnivå ({priceBaseYear}).',
    'measure.sroi': 'Samfunnsmessig avkastning (SROI)',
    'measure.bcrFiscal': 'Budsjettgevinst per krone',
  },
  en: {
    noAdjustments: '“{label}” is not adjusted for deadweight or attribution. What would have happened without the measure, and how much is due to others?',
    noLag: '“{label}” brings gains already in {year}, the year the money is spent. Effects often show only later.',
    highRatio: '{measure} is {ratio}: the gains are more than ten times the cost. Figures this high deserve a second look.',
    mostlySocial: '{share} of the value is economic or social and lands in no budget.',
    unconvertedPrice: '“{label}”: the unit value is in {priceYear} kroner and not converted to the model’s price level ({priceBaseYear}).',
    'measure.sroi': 'Social return (SROI)',
    'measure.bcrFiscal': 'Budget gain per krone',
  },
});

export function credibilityText(flag: CredibilityFlag, model: Model, lang: Lang): string {
  const t = translator(credibilityMessages, lang);
  switch (flag.code) {
    case 'noAdjustments':
      return t('noAdjustments', { label: flag.params.label || flag.params.benefit });
    case 'noLag':
      return t('noLag', { label: flag.params.label || flag.params.benefit, year: formatYear(model.startYear, lang) });
    case 'highRatio':
      return t('highRatio', { measure: t(`measure.${flag.params.measure}`), ratio: formatRatio(flag.params.ratio, lang) });
    case 'mostlySocial':
      return t('mostlySocial', { share: formatPercent(flag.params.share, lang, 0) });
    case 'unconvertedPrice':
      return t('unconvertedPrice', {
        label: flag.params.label || flag.params.benefit,
        priceYear: formatYear(flag.params.priceYear, lang),
        priceBaseYear: formatYear(flag.params.priceBaseYear, lang),
      });
  }
}
