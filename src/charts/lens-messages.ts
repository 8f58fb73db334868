import { defineMessages } from '../i18n/catalog';

export const lensMessages = defineMessages({
  nb: {
    'value.legend': 'Hvilke gevinster som telles',
    'value.cashable': 'Bare kontante',
    'value.fiscal': 'Budsjettmessige (kontante og kapasitet)',
    'value.all': 'All verdi (også økonomisk og sosial)',
    'money.legend': 'Kroner',
    'money.budget': 'Budsjettkroner (ikke neddiskontert)',
    'money.pv': 'Nåverdi',
  },
  en: {
    'value.legend': 'Which gains count',
    'value.cashable': 'Cashable only',
    'value.fiscal': 'Fiscal (cashable and capacity)',
    'value.all': 'All value (economic and social too)',
    'money.legend': 'Kroner',
    'money.budget': 'Budget kroner (undiscounted)',
    'money.pv': 'Present value',
  },
});
