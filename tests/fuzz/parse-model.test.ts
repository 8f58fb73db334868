/**
 * Fuzzing the border every model crosses (files, saved state, share links): whatever comes
 * in, parseModelText and parseModel answer instead of throwing, answer the same each time,
 * and what they accept computes without NaN and survives a save and reopen unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseModel, parseModelText, type ParseOutcome } from '../../src/engine/parse';
import { problemMessage } from '../../src/engine/problems';
import { serializeModel } from '../../src/engine/serialize';
import { calculate } from '../../src/engine/calculate';
import { mutatedModel } from './arbitraries';

const SEED = 20270;
const BAD_WORDS = /NaN|Infinity|undefined|\[object Object\]/;

function noThrow(run: () => ParseOutcome): ParseOutcome {
  try {
    return run();
  } catch (e) {
    throw new Error(`the parser threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

/** What every outcome must look like, accepted or refused. */
function checkOutcome(outcome: ParseOutcome): void {
  if (outcome.ok) {
    const result = calculate(outcome.model);
    expect(JSON.stringify(result)).not.toMatch(BAD_WORDS);
    // A save and reopen gives back the very same model.
    const again = parseModelText(serializeModel(outcome.model));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.model).toEqual(outcome.model);
    for (const w of outcome.warnings) expect(typeof w).toBe('string');
    return;
  }
  expect(outcome.problems.length).toBeGreaterThan(0);
  for (const p of outcome.problems) {
    expect(typeof p.path).toBe('string');
    for (const lang of ['nb', 'en'] as const) {
      const text = problemMessage(p, lang);
      expect(text.trim()).not.toBe('');
      // The file's own values are quoted back (a title "NaN" is the user's); the rest is ours.
      const ours = Object.values(p.params ?? {}).reduce<string>((t, v) => t.split(String(v)).join('…'), text);
      expect(ours).not.toMatch(/undefined|NaN|\{\w+\}/);
    }
  }
}

/** The text form and the parsed form of one file must get the same answer. */
function checkText(text: string): ParseOutcome {
  const outcome = noThrow(() => parseModelText(text));
  checkOutcome(outcome);
  expect(noThrow(() => parseModelText(text))).toEqual(outcome);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    expect(outcome.ok).toBe(false);
    return outcome;
  }
  expect(noThrow(() => parseModel(raw))).toEqual(outcome);
  return outcome;
}

describe('parseModelText and parseModel under fuzz', () => {
  it('never throw on arbitrary strings, and refuse what is not JSON', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => void checkText(s)), { seed: SEED, numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void checkText(s)), { seed: SEED, numRuns: 300 });
  });

  it('never throw on arbitrary JSON texts (fc.json) and answer the text and the value alike', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (s) => void checkText(s)), { seed: SEED, numRuns: 300 });
  });

  it('never throw on any JavaScript value (fc.anything) given to parseModel', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }), (value) => {
        const outcome = noThrow(() => parseModel(value));
        checkOutcome(outcome);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('answer a real example with some values replaced: accepted ones compute and round-trip, refused ones say where', () => {
    const seen = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(mutatedModel(), (raw) => {
        const outcome = checkText(JSON.stringify(raw));
        seen[outcome.ok ? 'ok' : 'refused'] += 1;
        if (!outcome.ok) expect(outcome.problems.some((p) => p.path !== '' || p.code !== 'invalid')).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
    // The generator must reach both answers, or the test checks only half of the parser.
    expect(seen.ok).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  });

  it('wrap the model header in any JSON and still never throw', () => {
    const header = { format: fc.constant('gevinstkart-model'), version: fc.constantFrom(1, 2) };
    fc.assert(
      fc.property(fc.record(header), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })), (h, rest) => {
        checkText(JSON.stringify({ ...rest, ...h }));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
