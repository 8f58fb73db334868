import { defineMessages } from '../i18n/catalog';

/**
 * Templates for the generated sentences. A subject carries its own verb ("går" / "is",
 * "are") so English agreement stays right for one budget and for all of them; sentences
 * about a list of payers use "will" for the same reason.
 *
 * "I balanse eller pluss fra" is what spec §2.5 computes: from that year on the cumulative
 * net never goes below zero (zero counts). "I løpet av perioden" is the one phrase for
 * "not within the years the model counts"; the figures and the report say the same.
 * Keys ending in `.wholeNever` follow a clause in which the whole does not get there, so
 * they join with "og … heller ikke" / "men" instead of contradicting it.
 */
export const sentenceMessages = defineMessages({
  nb: {
    noCosts: 'Ingen sektor har kostnader i modellen ennå.',
    onePayer: '{payer} betaler {amount} (nåverdi).',
    onePayerWithTransfers: '{payer} betaler {amount} (nåverdi) og får {back} dekket av andre sektorer gjennom overføringer.',
    manyPayers: '{payers} betaler til sammen {amount} (nåverdi).',
    shareOutside: '{share} av de budsjettmessige gevinstene havner i sektorer som ikke betaler.',
    noFiscalGains: 'Tiltaket gir ingen budsjettmessige gevinster i modellen.',
    noGainLines: 'Modellen har ingen gevinstlinjer ennå.',
    'whole.municipal': 'Kommunen som helhet går',
    'whole.county': 'Fylkeskommunen som helhet går',
    'whole.state': 'Staten som helhet går',
    'whole.private': 'Private aktører samlet går',
    'whole.voluntary': 'Frivillige samlet går',
    'whole.household': 'Husholdningene samlet går',
    'whole.all': 'Alle budsjettene samlet går',
    wholeFrom: '{whole} i balanse eller pluss fra {year}',
    wholeNever: '{whole} ikke i balanse eller pluss i løpet av perioden',
    clauseOnly: '{clause}.',
    // After a clause in which the whole gets there ("…går i balanse eller pluss fra 2029")
    payersNever: '{clause}, men {payers} gjør det ikke uten en avtale om kostnadsdeling.',
    payersNeverWithTransfers: '{clause}, men {payers} gjør det ikke med overføringene som ligger i modellen.',
    payersNeverAtAll: '{clause}, men {payers} gjør det ikke i løpet av perioden.',
    onePayerFrom: '{clause}, og {payer} gjør det fra {year}.',
    allPayersBy: '{clause}, og alle som betaler, gjør det innen {year}.',
    // After a clause in which the whole does not get there
    'payersNever.wholeNever': '{clause}, og {payers} gjør det heller ikke uten en avtale om kostnadsdeling.',
    'payersNeverWithTransfers.wholeNever': '{clause}, og {payers} gjør det heller ikke med overføringene som ligger i modellen.',
    'payersNeverAtAll.wholeNever': '{clause}, og det gjør heller ikke {payers}.',
    'onePayerFrom.wholeNever': '{clause}, men {payer} gjør det fra {year}.',
    'allPayersBy.wholeNever': '{clause}, men alle som betaler, gjør det innen {year}.',
    equalReturn: 'Deles kostnaden etter lik avkastning, får hver sektor som er med {perKrone}\u00a0kr i budsjettgevinst for hver krone den betaler, og {largest} bærer den største andelen ({share}).',
    gainsBelowCosts: 'Budsjettgevinstene er mindre enn kostnaden, så ingen kostnadsdeling kan få alle budsjettene i balanse.',
    noGap: 'Med overføringene som ligger i modellen, går ingen budsjetter i minus.',
  },
  en: {
    noCosts: 'No sector has costs in the model yet.',
    onePayer: '{payer} pays {amount} (present value).',
    onePayerWithTransfers: '{payer} pays {amount} (present value) and has {back} covered by other sectors through transfers.',
    manyPayers: '{payers} pay {amount} together (present value).',
    shareOutside: '{share} of the budget gains land in sectors that do not pay.',
    noFiscalGains: 'The measure brings no budget gains in the model.',
    noGainLines: 'The model has no gain lines yet.',
    'whole.municipal': 'The municipality as a whole is',
    'whole.county': 'The county as a whole is',
    'whole.state': 'The state as a whole is',
    'whole.private': 'Private parties together are',
    'whole.voluntary': 'Voluntary organisations together are',
    'whole.household': 'Households together are',
    'whole.all': 'All budgets together are',
    wholeFrom: '{whole} in balance or surplus from {year}',
    wholeNever: '{whole} not in balance or surplus within the period',
    clauseOnly: '{clause}.',
    payersNever: '{clause}, but {payers} will not get there without a cost-sharing agreement.',
    payersNeverWithTransfers: '{clause}, but {payers} will not get there with the transfers in the model.',
    payersNeverAtAll: '{clause}, but {payers} will not get there within the period.',
    onePayerFrom: '{clause}, and {payer} is from {year}.',
    allPayersBy: '{clause}, and every sector that pays is by {year}.',
    'payersNever.wholeNever': '{clause}, and {payers} will not get there either without a cost-sharing agreement.',
    'payersNeverWithTransfers.wholeNever': '{clause}, and {payers} will not get there either with the transfers in the model.',
    'payersNeverAtAll.wholeNever': '{clause}, and the same goes for {payers}.',
    'onePayerFrom.wholeNever': '{clause}, but {payer} is from {year}.',
    'allPayersBy.wholeNever': '{clause}, but every sector that pays is by {year}.',
    equalReturn: 'Shared for equal return, every sector that takes part gets NOK\u00a0{perKrone} in budget gains for each krone it pays, and {largest} carries the largest share ({share}).',
    gainsBelowCosts: 'The budget gains are smaller than the cost, so no cost-sharing split can put every budget in balance.',
    noGap: 'With the transfers in the model, no budget ends up in deficit.',
  },
});
