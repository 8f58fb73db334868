/**
 * Fuzzing the one parser behind every number field: it never throws, answers with either a
 * canonical decimal string or one of its codes, and a value it accepted reads back the same
 * when the field shows it for editing (so pressing Enter twice cannot change a figure).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { CANONICAL_DECIMAL, parseDecimalInput, type ParseResult } from '../../src/i18n/parse-number';
import { formatEditable } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n/catalog';
import { NASTY_TEXTS, typedText } from './arbitraries';

const SEED = 4711;
const CODES = ['empty', 'notANumber', 'tooLong'];
const options = fc.record({ percent: fc.boolean(), lang: fc.constantFrom<Lang>('nb', 'en') });

function parse(text: string, opts: { percent: boolean; lang: Lang }): ParseResult {
  try {
    return parseDecimalInput(text, opts);
  } catch (e) {
    throw new Error(`parseDecimalInput threw on ${JSON.stringify(text)}: ${String(e)}`);
  }
}

function checkShape(result: ParseResult): void {
  if (result.ok) {
    expect(result.value).toMatch(CANONICAL_DECIMAL);
    expect(new Decimal(result.value).isFinite()).toBe(true);
  } else {
    expect(CODES).toContain(result.code);
  }
}

describe('parseDecimalInput under fuzz', () => {
  it.each(NASTY_TEXTS.map((t) => [t]))('answers %j without throwing, in both languages, plain and percent', (text) => {
    for (const lang of ['nb', 'en'] as const) for (const percent of [false, true]) checkShape(parse(text, { lang, percent }));
  });

  it('never throws on any string and answers a canonical decimal or a known code', () => {
    const anyText = fc.oneof(typedText(), fc.string({ unit: 'grapheme', maxLength: 250 }), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(fc.property(anyText, options, (text, opts) => checkShape(parse(text, opts))), { seed: SEED, numRuns: 3000 });
  });

  it('a value it accepted, shown for editing, parses back to the same value', () => {
    fc.assert(
      fc.property(typedText(), options, (text, opts) => {
        const first = parse(text, opts);
        if (!first.ok) return;
        const shown = formatEditable(first.value, opts.lang, { percent: opts.percent });
        const again = parse(shown, opts);
        expect(again, `${JSON.stringify(text)} → ${first.value} → shown ${JSON.stringify(shown)}`).toEqual(first);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('a canonical value reads back as itself in English, the language the model file is written in', () => {
    fc.assert(
      fc.property(typedText(), options, (text, opts) => {
        const first = parse(text, opts);
        if (first.ok) expect(parse(first.value, { lang: 'en', percent: false })).toEqual(first);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('a percent field reads the same text as a hundredth of a plain field', () => {
    fc.assert(
      fc.property(typedText(), fc.constantFrom<Lang>('nb', 'en'), (text, lang) => {
        const plain = parse(text, { lang, percent: false });
        const percent = parse(text, { lang, percent: true });
        if (!plain.ok || !percent.ok || /%/.test(text)) return;
        expect(new Decimal(percent.value).times(100).toString()).toBe(new Decimal(plain.value).toString());
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
