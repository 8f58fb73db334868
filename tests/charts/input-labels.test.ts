import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inputLabel, lineLabel } from '../../src/charts/input-labels';
import { inputLabelMessages } from '../../src/charts/uncertainty-messages';
import { translator } from '../../src/i18n/catalog';
import { uncertainInputs } from '../../src/engine/uncertainty/inputs';
import type { Model } from '../../src/engine/model';
import { largeModel } from '../../bench/large-model';

const t = translator(inputLabelMessages, 'nb');
const model = largeModel({ sectors: 3, costLines: 6, gainLines: 8, cohorts: 2, transfers: 1, years: 4 });

/** What the labels were before the index: a search of the list, first match wins. */
function searched(m: Model, ref: { kind: string; id?: string }): string {
  const list = ref.kind === 'cost' ? m.costs : ref.kind === 'cohort' ? m.cohorts : m.benefits;
  return list.find((l) => l.id === ref.id)?.label.trim() || ref.id || t('unnamed');
}

describe('lineLabel', () => {
  it('names every input of a model as a search of its lines would', () => {
    for (const input of uncertainInputs(model)) {
      if (input.ref.kind === 'model') continue;
      expect(lineLabel(model, input.ref, t)).toBe(searched(model, input.ref));
    }
  });

  it('agrees with a search for any ids, labels and duplicates', () => {
    const line = fc.record({ id: fc.constantFrom('a', 'b', 'c', ''), label: fc.constantFrom('', '  ', 'Kurs', ' Barnevern ') });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('cost', 'benefit', 'cohort'), fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }), (lines, kind, id) => {
        const m = { ...model, costs: lines.map((l) => ({ ...model.costs[0]!, ...l })), benefits: lines.map((l) => ({ ...model.benefits[0]!, ...l })), cohorts: lines.map((l) => ({ ...model.cohorts[0]!, ...l })) } as Model;
        expect(lineLabel(m, { kind, id }, t)).toBe(searched(m, { kind, id }));
      }),
    );
  });

  it('follows an edit: a renamed line has its new name (a new list, a new index)', () => {
    const id = model.costs[0]!.id;
    expect(lineLabel(model, { kind: 'cost', id }, t)).toBe(model.costs[0]!.label.trim());
    const renamed: Model = { ...model, costs: model.costs.map((c, i) => (i === 0 ? { ...c, label: 'Nytt navn' } : c)) };
    expect(lineLabel(renamed, { kind: 'cost', id }, t)).toBe('Nytt navn');
    expect(inputLabel(renamed, { kind: 'cost', id, field: 'factor' }, t)).toBe('Nytt navn – beløp (faktor)');
  });
});
