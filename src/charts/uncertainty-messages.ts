/**
 * Words of the uncertainty summary, shared by the overview, the report and the
 * uncertainty screen (which spreads `breakEvenMessages` into its own catalogue), so the
 * break-even sentences read the same everywhere.
 */
import { defineMessages } from '../i18n/catalog';

export const breakEvenMessages = defineMessages({
  nb: {
    'breakEven.title': 'Når lønner tiltaket seg?',
    'breakEven.intro': 'Break-even-verdier: anslaget som gir en netto nåverdi for budsjettene samlet på nøyaktig null når alt annet holdes fast. Netto nåverdi endrer seg lineært med effekt og enhetsverdi, så verdiene er regnet eksakt.',
    'breakEven.scale': 'Tiltaket lønner seg for budsjettene samlet hvis effektene blir minst {share} av det som er anslått.',
    'breakEven.scaleOneIn': 'For «{line}» betyr det at minst 1 av {n} deltakere må oppnå resultatet (anslått: 1 av {m}).',
    'breakEven.scaleNotNeeded': 'Tiltaket lønner seg for budsjettene samlet selv uten de deltakerdrevne gevinstene.',
    'breakEven.planScale': 'Innenfor økonomiplanen ({years} år) går budsjettene samlet i null hvis effektene blir minst {share} av anslaget.',
    'breakEven.planDefinition': 'I økonomiplanen ser vi på netto for alle budsjettene samlet, udiskontert. Den som betaler, kommer bare i null med overføringer fra dem som får gevinstene.',
    'breakEven.oneIn': '{line}: tiltaket lønner seg hvis minst 1 av {n} deltakere oppnår resultatet (effekt {effect}; anslått {current}).',
    'breakEven.effectAbove': '{line}: tiltaket lønner seg først ved en effekt på {effect} per deltaker (anslått {current}).',
    'breakEven.notNeeded': '{line}: tiltaket lønner seg også uten denne gevinsten.',
    'breakEven.atMost': '{line}: tiltaket lønner seg så lenge effekten er høyst {effect} (anslått {current}).',
    'breakEven.never': '{line}: tiltaket lønner seg ikke, uansett effekt på denne linjen.',
    'breakEven.unitValue': 'Enhetsverdien som gir null: {value} (anslått {current}).',
    'breakEven.plan': 'Innenfor økonomiplanen: effekt {effect}.',
    'breakEven.factorAtLeast': '{line}: beløpene må bli minst {factor} av anslaget.',
    'breakEven.factorAtMost': '{line}: beløpene kan bli {factor} av anslaget før tiltaket slutter å lønne seg.',
    'breakEven.none': 'Ingen gevinstlinje påvirker budsjettene.',
  },
  en: {
    'breakEven.title': 'When does the measure pay for itself?',
    'breakEven.intro': 'Break-even values: the estimate at which the net present value for all budgets together is exactly zero, everything else held. The net present value is linear in effect and unit value, so these are computed exactly.',
    'breakEven.scale': 'The measure pays for itself for all budgets together if the effects reach at least {share} of the estimates.',
    'breakEven.scaleOneIn': 'For "{line}" that means at least 1 in {n} participants must achieve the outcome (estimated: 1 in {m}).',
    'breakEven.scaleNotNeeded': 'The measure pays for itself for all budgets together even without the participant-driven gains.',
    'breakEven.planScale': 'Within the financial plan ({years} years) all budgets together break even if the effects reach at least {share} of the estimates.',
    'breakEven.planDefinition': 'For the financial plan we look at the net of all budgets together, undiscounted. The paying budget alone only breaks even through transfers from those who gain.',
    'breakEven.oneIn': '{line}: the measure pays for itself if at least 1 in {n} participants achieves the outcome (effect {effect}; estimated {current}).',
    'breakEven.effectAbove': '{line}: the measure only pays for itself at an effect of {effect} per participant (estimated {current}).',
    'breakEven.notNeeded': '{line}: the measure pays for itself even without this gain.',
    'breakEven.atMost': '{line}: the measure pays for itself as long as the effect is at most {effect} (estimated {current}).',
    'breakEven.never': '{line}: the measure does not pay for itself, whatever the effect of this line.',
    'breakEven.unitValue': 'Unit value that gives zero: {value} (estimated {current}).',
    'breakEven.plan': 'Within the financial plan: effect {effect}.',
    'breakEven.factorAtLeast': '{line}: the amounts must reach at least {factor} of the estimate.',
    'breakEven.factorAtMost': '{line}: the amounts may reach {factor} of the estimate before the measure stops paying for itself.',
    'breakEven.none': 'No gain line affects the budgets.',
  },
});

export type BreakEvenKey = keyof (typeof breakEvenMessages)['nb'];

/** The summary section itself ("Hvor sikre er tallene?"). */
/** Names of uncertain inputs ("Færre barnevernstiltak – effekt"), shared by the summary and the uncertainty screen. */
export const inputLabelMessages = defineMessages({
  nb: {
    inputLabel: '{line} – {field}',
    unnamed: '(uten navn)',
    'field.discountRate': 'Diskonteringsrente',
    'field.factor': 'beløp (faktor)',
    'field.amounts': 'beløp (faktor)',
    'field.effect': 'effekt',
    'field.unitValue': 'enhetsverdi',
    'field.deadweight': 'dødvekt',
    'field.attribution': 'attribusjon',
    'field.displacement': 'fortrengning',
    'field.dropOff': 'avtagende effekt',
    'field.lag': 'forsinkelse (år)',
    'field.duration': 'varighet (år)',
    'field.optimismBias': 'optimismejustering',
    'field.cohortFactor': 'antall deltakere (faktor)',
  },
  en: {
    inputLabel: '{line} – {field}',
    unnamed: '(unnamed)',
    'field.discountRate': 'Discount rate',
    'field.factor': 'amounts (factor)',
    'field.amounts': 'amounts (factor)',
    'field.effect': 'effect',
    'field.unitValue': 'unit value',
    'field.deadweight': 'deadweight',
    'field.attribution': 'attribution',
    'field.displacement': 'displacement',
    'field.dropOff': 'drop-off',
    'field.lag': 'lag (years)',
    'field.duration': 'duration (years)',
    'field.optimismBias': 'optimism bias',
    'field.cohortFactor': 'participants (factor)',
  },
});

export type InputLabelKey = keyof (typeof inputLabelMessages)['nb'];

export const uncertaintySummaryMessages = defineMessages({
  nb: {
    title: 'Hvor sikre er tallene?',
    calculating: 'Beregner …',
    staleNote: 'Tallene nedenfor gjelder modellen før siste endring. Nye tall beregnes …',
    printPending: 'Tallene i denne delen var ikke ferdig beregnet da siden ble skrevet ut. Vent til de vises, og skriv ut på nytt.',
    failed: 'Tallene kunne ikke beregnes: {message}',
    fiscal: 'Sannsynligheten for at tiltaket lønner seg for budsjettene samlet (netto nåverdi over null) er {p}.',
    tableCaption: 'Sannsynlighet for gevinst (netto nåverdi over null) per budsjettholder og forvaltningsnivå',
    colHolder: 'Budsjettholder',
    colProb: 'Sannsynlighet for gevinst',
    allBudgets: 'Alle budsjettene samlet',
    perSector: 'Per budsjettholder',
    perLevel: 'Per forvaltningsnivå',
    topTitle: 'Hva betyr mest?',
    topIntro: 'De anslagene som flytter netto nåverdi for budsjettene mest når hvert går fra lav til høy verdi (uten eget intervall ±25 %):',
    topItem: '{input}: fra {low} til {high} (utslag {swing})',
    topNone: 'Ingen anslag endrer netto nåverdi for budsjettene.',
    breakEvenTitle: 'Når lønner tiltaket seg?',
    breakEvenNone: 'Ingen deltakerdrevet gevinst avgjør om tiltaket lønner seg.',
    method: '{runs} kjøringer, seed {seed}, fordeling {distribution}. Hvert usikre anslag trekkes uavhengig fra lav / mest sannsynlig / høy; simuleringen regner med flyttall. Samme modell og samme seed gir de samme tallene.',
    'dist.pert': 'PERT',
    'dist.triangular': 'triangel',
    ...inputLabelMessages.nb,
  },
  en: {
    title: 'How sure are the figures?',
    calculating: 'Calculating …',
    staleNote: 'The figures below belong to the model before the latest change. New figures are being calculated …',
    printPending: 'The figures of this part were not yet calculated when the page was printed. Wait until they show, then print again.',
    failed: 'The figures could not be calculated: {message}',
    fiscal: 'The probability that the measure pays for itself for all budgets together (net present value above zero) is {p}.',
    tableCaption: 'Probability of gaining (net present value above zero) per budget holder and level of government',
    colHolder: 'Budget holder',
    colProb: 'Probability of gaining',
    allBudgets: 'All budgets together',
    perSector: 'Per budget holder',
    perLevel: 'Per level of government',
    topTitle: 'What matters most?',
    topIntro: 'The estimates that move the net present value for the budgets most as each goes from low to high (without a range of its own, ±25 %):',
    topItem: '{input}: from {low} to {high} (swing {swing})',
    topNone: 'No estimate changes the net present value for the budgets.',
    breakEvenTitle: 'When does the measure pay for itself?',
    breakEvenNone: 'No participant-driven gain decides whether the measure pays for itself.',
    method: '{runs} runs, seed {seed}, {distribution} distribution. Each uncertain estimate is drawn independently from its low / likely / high range; the simulation uses floating-point arithmetic. The same model and the same seed give the same figures.',
    'dist.pert': 'PERT',
    'dist.triangular': 'triangular',
    ...inputLabelMessages.en,
  },
});

export type SummaryKey = keyof (typeof uncertaintySummaryMessages)['nb'];
