/**
 * Why a model file was refused, as data: a path into the file (`costs[2].amounts[4]`),
 * a code and its parameters. The engine may not import src/i18n, so the two languages
 * for these messages live here, next to the codes they explain.
 */

export type ProblemCode =
  | 'rangeOrder'
  | 'notForCohort'
  | 'badOverride'
  | 'unknownId'
  | 'notJson'
  | 'tooLarge'
  | 'notAnObject'
  | 'wrongFormat'
  | 'unknownVersion'
  | 'newerVersion'
  | 'missing'
  | 'wrongType'
  | 'notANumber'
  | 'tooManyDigits'
  | 'notFinite'
  | 'notInteger'
  | 'outOfRange'
  | 'notOneOf'
  | 'emptyId'
  | 'badCurrency'
  | 'badColor'
  | 'unknownKey'
  | 'forbiddenKey'
  | 'duplicateId'
  | 'unknownSector'
  | 'unknownCohort'
  | 'sameFromTo'
  | 'noSectors'
  | 'benefitBothKinds'
  | 'benefitNoKind'
  | 'notForDirect'
  | 'scheduleStart'
  | 'scheduleOrder'
  | 'invalid';

export type ProblemParams = Record<string, string | number>;

export interface Problem {
  /** Where in the file: `costs[2].amounts[4]`; "" for the file as a whole. */
  path: string;
  code: ProblemCode;
  params?: ProblemParams;
}

export type ProblemLang = 'nb' | 'en';

/** What a value should have been, for `wrongType`. */
export type ExpectedType = 'text' | 'integer' | 'decimal' | 'list' | 'object';

type Template = (p: ProblemParams) => string;

const EXPECTED: Record<ProblemLang, Record<ExpectedType, string>> = {
  nb: {
    text: 'en tekst',
    integer: 'et heltall',
    decimal: 'et desimaltall som tekst, for eksempel "1250.50"',
    list: 'en liste',
    object: 'et objekt',
  },
  en: {
    text: 'a text',
    integer: 'a whole number',
    decimal: 'a decimal number as text, for example "1250.50"',
    list: 'a list',
    object: 'an object',
  },
};

function expected(lang: ProblemLang, p: ProblemParams): string {
  const key = String(p.expected ?? '');
  return key in EXPECTED[lang] ? EXPECTED[lang][key as ExpectedType] : key;
}

/** "between 0 and 1", "greater than −1 and at most 1", "at least 0". */
function range(lang: ProblemLang, p: ProblemParams): string {
  const min = p.min === undefined ? undefined : minus(lang, String(p.min));
  const max = p.max === undefined ? undefined : minus(lang, String(p.max));
  const open = p.minOpen === 1;
  if (lang === 'nb') {
    if (min !== undefined && max !== undefined) return open ? `større enn ${min} og høyst ${max}` : `mellom ${min} og ${max}`;
    if (min !== undefined) return open ? `større enn ${min}` : `minst ${min}`;
    return `høyst ${max ?? ''}`;
  }
  if (min !== undefined && max !== undefined) return open ? `greater than ${min} and at most ${max}` : `between ${min} and ${max}`;
  if (min !== undefined) return open ? `greater than ${min}` : `at least ${min}`;
  return `at most ${max ?? ''}`;
}

/** Norwegian typography writes a real minus sign in prose. */
function minus(lang: ProblemLang, text: string): string {
  return lang === 'nb' ? text.replace(/^-/, '\u2212') : text;
}

const MESSAGES: Record<ProblemLang, Record<ProblemCode, Template>> = {
  nb: {
    notJson: () => 'Fila er ikke gyldig JSON',
    tooLarge: (p) => `Fila er for stor: grensen er ${p.max} MB`,
    notAnObject: () => 'Fila inneholder ingen modell (ventet et JSON-objekt)',
    wrongFormat: (p) => `"${p.value}" er ikke en Gevinstkart-modell (ventet "gevinstkart-model")`,
    unknownVersion: (p) => `versjon ${p.value} er ukjent`,
    newerVersion: (p) => `versjon ${p.value} er laget av en nyere Gevinstkart (denne leser til og med versjon ${p.supported})`,
    missing: () => 'mangler',
    wrongType: (p) => `skal være ${expected('nb', p)}`,
    notANumber: (p) => `"${p.value}" er ikke et tall`,
    tooManyDigits: (p) => `"${p.value}" har for mange sifre (høyst 20 før og 12 etter desimaltegnet)`,
    notFinite: (p) => `${p.value} er ikke et endelig tall`,
    notInteger: (p) => `${p.value} er ikke et heltall`,
    outOfRange: (p) => `${minus('nb', String(p.value))} er utenfor tillatt område: må være ${range('nb', p)}`,
    notOneOf: (p) => `"${p.value}" er ikke en av: ${p.allowed}`,
    emptyId: () => 'id-en kan ikke være tom',
    badCurrency: (p) => `"${p.value}" er ingen valutakode (tre store bokstaver, for eksempel NOK)`,
    badColor: (p) => `"${p.value}" er ingen farge (#rrggbb)`,
    unknownKey: () => 'er ikke et kjent felt',
    forbiddenKey: () => 'er et forbudt feltnavn',
    duplicateId: (p) => `id-en "${p.value}" er brukt mer enn én gang`,
    unknownSector: (p) => `ingen sektor har id-en "${p.value}"`,
    unknownCohort: (p) => `ingen deltakergruppe har id-en "${p.value}"`,
    sameFromTo: () => 'en overføring kan ikke gå fra en sektor til seg selv',
    noSectors: () => 'modellen trenger minst én sektor',
    benefitBothKinds: () => 'en gevinstlinje har enten beløp per år eller en deltakergruppe, ikke begge',
    benefitNoKind: () => 'en gevinstlinje trenger enten beløp per år eller en deltakergruppe med effekt og enhetsverdi',
    notForDirect: () => 'hører bare til gevinstlinjer som drives av en deltakergruppe',
    scheduleStart: () => 'diskonteringsplanen må begynne med fromYear 0',
    scheduleOrder: () => 'fromYear må være større enn i raden før',
    invalid: () => 'er ugyldig',
    rangeOrder: () => 'lav, sannsynlig og høy må stå i stigende rekkefølge',
    notForCohort: () => 'hører bare til gevinstlinjer med beløp per år',
    badOverride: (p) => `"${p.value}" er ikke noe et scenario kan endre`,
    unknownId: (p) => `ingen linje har id-en "${p.value}"`,
  },
  en: {
    notJson: () => 'The file is not valid JSON',
    tooLarge: (p) => `The file is too large: the limit is ${p.max} MB`,
    notAnObject: () => 'The file holds no model (expected a JSON object)',
    wrongFormat: (p) => `"${p.value}" is not a Gevinstkart model (expected "gevinstkart-model")`,
    unknownVersion: (p) => `version ${p.value} is unknown`,
    newerVersion: (p) => `version ${p.value} was made by a newer Gevinstkart (this one reads up to version ${p.supported})`,
    missing: () => 'is missing',
    wrongType: (p) => `should be ${expected('en', p)}`,
    notANumber: (p) => `"${p.value}" is not a number`,
    tooManyDigits: (p) => `"${p.value}" has too many digits (at most 20 before and 12 after the decimal point)`,
    notFinite: (p) => `${p.value} is not a finite number`,
    notInteger: (p) => `${p.value} is not a whole number`,
    outOfRange: (p) => `${p.value} is out of range: must be ${range('en', p)}`,
    notOneOf: (p) => `"${p.value}" is not one of: ${p.allowed}`,
    emptyId: () => 'the id must not be empty',
    badCurrency: (p) => `"${p.value}" is not a currency code (three capital letters, for example NOK)`,
    badColor: (p) => `"${p.value}" is not a colour (#rrggbb)`,
    unknownKey: () => 'is not a known field',
    forbiddenKey: () => 'is a forbidden field name',
    duplicateId: (p) => `the id "${p.value}" is used more than once`,
    unknownSector: (p) => `no sector has the id "${p.value}"`,
    unknownCohort: (p) => `no cohort has the id "${p.value}"`,
    sameFromTo: () => 'a transfer cannot go from a sector to itself',
    noSectors: () => 'the model needs at least one sector',
    benefitBothKinds: () => 'a gain line has either amounts per year or a cohort, not both',
    benefitNoKind: () => 'a gain line needs either amounts per year or a cohort with effect and unit value',
    notForDirect: () => 'belongs only to gain lines driven by a cohort',
    scheduleStart: () => 'the discount schedule must start at fromYear 0',
    scheduleOrder: () => 'fromYear must be greater than in the entry before',
    invalid: () => 'is not valid',
    rangeOrder: () => 'low, likely and high must be in increasing order',
    notForCohort: () => 'belongs only to gain lines with amounts per year',
    badOverride: (p) => `"${p.value}" is not something a scenario can change`,
    unknownId: (p) => `no line has the id "${p.value}"`,
  },
};

/** The message alone, for showing next to the field it is about. */
export function problemText(problem: Problem, lang: ProblemLang): string {
  return MESSAGES[lang][problem.code](problem.params ?? {});
}

/** One line naming the place: `costs[2].amounts[4]: "12,5x" is not a number`. */
export function problemMessage(problem: Problem, lang: ProblemLang): string {
  const text = problemText(problem, lang);
  return problem.path === '' ? text : `${problem.path}: ${text}`;
}

/** `['costs', 2, 'amounts', 4]` → `costs[2].amounts[4]`; odd keys are quoted: `sectors[0]["a b"]`. */
export function pathText(segments: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
      else text += `[${JSON.stringify(key)}]`;
    }
  }
  return text;
}
