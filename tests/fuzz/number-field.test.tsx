// @vitest-environment jsdom
/**
 * Fuzzing the NumberField as a user meets it: random text typed (pasted) into it, then
 * Enter or Tab. Whatever the text and the field's settings, it commits only canonical
 * decimal strings that keep its rules, commits nothing while it marks the text as refused,
 * and never shows NaN, Infinity or undefined.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { useState } from 'react';
import Decimal from 'decimal.js';
import { NumberField } from '../../src/ui/number-field';
import { useLangStore } from '../../src/i18n/lang-store';
import { CANONICAL_DECIMAL } from '../../src/i18n/parse-number';
import { canonicalDecimal } from '../i18n/arbitraries';
import { typedText } from './arbitraries';

interface Setup {
  lang: 'nb' | 'en';
  percent: boolean;
  integer: boolean;
  optional: boolean;
  bounds: { min: string; max: string } | null;
  initial: string;
}

function Bound({ setup, commits }: { setup: Setup; commits: string[] }) {
  const [value, setValue] = useState(setup.initial);
  return (
    <>
      <NumberField
        label="Felt"
        value={value}
        percent={setup.percent}
        integer={setup.integer}
        optional={setup.optional}
        min={setup.bounds?.min}
        max={setup.bounds?.max}
        onCommit={(v) => {
          commits.push(v);
          setValue(v);
        }}
      />
      <output data-testid="model">{value}</output>
    </>
  );
}

const setupArb: fc.Arbitrary<Setup> = fc.record({
  lang: fc.constantFrom('nb' as const, 'en' as const),
  percent: fc.boolean(),
  integer: fc.boolean(),
  optional: fc.boolean(),
  bounds: fc.option(fc.constantFrom({ min: '0', max: '1' }, { min: '-100', max: '100000' }, { min: '1', max: '100' }), { nil: null }),
  initial: canonicalDecimal(4, 8),
});

/** One edit: the text typed and how the user leaves it. */
const editArb = fc.array(fc.record({ text: typedText(), key: fc.constantFrom('Enter' as const, 'Tab' as const, 'Escape' as const) }), {
  minLength: 1,
  maxLength: 4,
});

afterEach(cleanup);

describe('NumberField under fuzz', () => {
  it('commits only canonical values that keep its rules, and nothing while refusing the text', async () => {
    const seen = { committed: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(setupArb, editArb, async (setup, edits) => {
        cleanup();
        act(() => useLangStore.getState().setLang(setup.lang));
        const user = userEvent.setup();
        const commits: string[] = [];
        const { container } = render(<Bound setup={setup} commits={commits} />);
        const input = screen.getByLabelText('Felt');
        for (const edit of edits) {
          const before = commits.length;
          await user.click(input);
          await user.clear(input);
          if (edit.text !== '') await user.paste(edit.text);
          await user.keyboard(`{${edit.key}}`);
          const refused = input.getAttribute('aria-invalid') === 'true';
          if (refused) seen.refused += 1;
          if (commits.length > before) seen.committed += 1;
          if (refused) expect(commits.length, `committed ${commits.at(-1)} for refused ${JSON.stringify(edit.text)}`).toBe(before);
          for (const v of commits.slice(before)) {
            if (v === '' && setup.optional) continue;
            expect(v).toMatch(CANONICAL_DECIMAL);
            if (setup.integer) expect(v).not.toContain('.');
            if (setup.bounds) {
              expect(new Decimal(v).gte(setup.bounds.min)).toBe(true);
              expect(new Decimal(v).lte(setup.bounds.max)).toBe(true);
            }
          }
          // What the model holds is always the last commit (or the start value).
          expect(screen.getByTestId('model').textContent).toBe(commits.at(-1) ?? setup.initial);
          expect(container.textContent ?? '').not.toMatch(/NaN|Infinity|undefined/);
          if (refused) {
            const describedBy = input.getAttribute('aria-describedby') ?? '';
            const message = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
            expect(message.trim(), 'a refused text is explained').not.toBe('');
          }
          if (document.activeElement !== input) await user.click(document.body);
        }
      }),
      { seed: 99, numRuns: 50 },
    );
    // The texts must reach both answers, or half of the field goes untested.
    expect(seen.committed).toBeGreaterThan(5);
    expect(seen.refused).toBeGreaterThan(5);
  }, 60_000);
});
