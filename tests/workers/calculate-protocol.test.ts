import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { largeModel } from '../../bench/large-model';
import { calculate, createCalculator } from '../../src/engine/calculate';
import type { Model } from '../../src/engine/model';
import { handleCalculateRequest, type CalculateReply } from '../../src/workers/calculate.worker';
import { createPageSession, createWorkerSession, type WireRequest } from '../../src/workers/calculate-protocol';

/** A page and a worker as the browser joins them: every message is a structured clone. */
function pair() {
  const page = createPageSession();
  const calculator = createCalculator();
  const seen: Model[] = [];
  const worker = createWorkerSession((request) => {
    seen.push(request.model);
    return handleCalculateRequest(request, calculator);
  });
  let seq = 0;
  const send = (model: Model): { reply: CalculateReply; wire: WireRequest; bytesBack: number } => {
    seq += 1;
    const wire = structuredClone(page.encode({ type: 'calculate', seq, model }));
    const back = structuredClone(worker(wire));
    return { reply: page.decode(back), wire, bytesBack: JSON.stringify(back).length };
  };
  return { send, seen };
}

const model = () => largeModel({ sectors: 8, costLines: 30, gainLines: 30, cohorts: 3, transfers: 4, years: 25 });

const setCost = (m: Model, line: number, year: number, amount: string): Model => ({
  ...m,
  costs: m.costs.map((c, i) => (i === line ? { ...c, amounts: c.amounts.map((a, t) => (t === year ? amount : a)) } : c)),
});

describe('the calculation worker protocol', () => {
  it('gives the page exactly the result of calculating each model in turn, over any run of edits', () => {
    const edits = fc.array(fc.oneof(
      fc.record({ kind: fc.constant('cost' as const), line: fc.nat(29), year: fc.nat(24), amount: fc.integer({ min: 0, max: 900_000 }) }),
      fc.record({ kind: fc.constant('gain' as const), line: fc.nat(29), effect: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ kind: fc.constant('sectorName' as const), name: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('dropLine' as const), line: fc.nat(29) }),
      fc.record({ kind: fc.constant('rate' as const), rate: fc.integer({ min: 0, max: 8 }) }),
    ), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(edits, (list) => {
      const { send, seen } = pair();
      let current = model();
      send(current);
      for (const e of list) {
        if (e.kind === 'cost') current = setCost(current, e.line % current.costs.length, e.year, String(e.amount));
        else if (e.kind === 'gain') current = { ...current, benefits: current.benefits.map((b, i) => (i === e.line && 'effect' in b ? { ...b, effect: `0.${String(e.effect).padStart(2, '0')}` } : b)) };
        else if (e.kind === 'sectorName') current = { ...current, sectors: current.sectors.map((s, i) => (i === 0 ? { ...s, name: e.name || 'x' } : s)) };
        else if (e.kind === 'dropLine' && current.costs.length > 1) current = { ...current, costs: current.costs.filter((_, i) => i !== e.line % current.costs.length) };
        else if (e.kind === 'rate') current = { ...current, discountRate: `0.0${e.rate}` };
        const { reply } = send(current);
        expect(seen.at(-1)).toEqual(current);
        expect(reply.type === 'result' && reply.result).toEqual(calculate(current));
      }
    }), { numRuns: 15 });
  });

  it('sends the first model and result whole, then for one changed cell a small part of each', () => {
    const { send } = pair();
    const first = model();
    const opened = send(first);
    expect(opened.wire.patch).toEqual([[[], first]]);
    const full = JSON.stringify(calculate(first)).length;
    const edited = send(setCost(first, 3, 10, '123456.78'));
    expect(edited.wire.patch).toEqual([[['costs', 3, 'amounts', 10], '123456.78']]);
    expect(edited.bytesBack).toBeLessThan(full / 4);
  });

  it('keeps unchanged lines the same objects inside the worker, so its caches can hit by reference', () => {
    const { send, seen } = pair();
    const first = model();
    send(first);
    send(setCost(first, 3, 10, '1'));
    const [before, after] = [seen[0]!, seen[1]!];
    expect(after.costs[3]).not.toBe(before.costs[3]);
    expect(after.costs[4]).toBe(before.costs[4]);
    expect(after.benefits).toBe(before.benefits);
  });

  it('passes an engine error through and stays in step for the next model', () => {
    const page = createPageSession();
    let fail = true;
    const worker = createWorkerSession((request) => (fail
      ? { type: 'error', seq: request.seq, message: 'engine broke' }
      : handleCalculateRequest(request)));
    const m = model();
    expect(page.decode(worker(page.encode({ type: 'calculate', seq: 1, model: m })))).toEqual({ type: 'error', seq: 1, message: 'engine broke' });
    fail = false;
    const next = setCost(m, 0, 0, '5');
    const reply = page.decode(worker(page.encode({ type: 'calculate', seq: 2, model: next })));
    expect(reply.type === 'result' && reply.result).toEqual(calculate(next));
  });

  it('says when a message does not build on what the other end has, instead of giving wrong figures', () => {
    const page = createPageSession();
    const worker = createWorkerSession((request) => handleCalculateRequest(request));
    const m = model();
    const first = page.encode({ type: 'calculate', seq: 1, model: m });
    const second = page.encode({ type: 'calculate', seq: 2, model: setCost(m, 0, 0, '5') });
    // The first message is lost: the worker cannot rebuild the second model.
    expect(worker(second)).toMatchObject({ type: 'error', seq: 2, message: expect.stringMatching(/out of step/) });
    // And a result the page did not see the base of is refused on the page.
    const other = createWorkerSession((request) => handleCalculateRequest(request));
    other(first);
    const reply = other(page.encode({ type: 'calculate', seq: 3, model: setCost(m, 0, 0, '6') }));
    expect(reply.type).toBe('error');
    const fresh = createPageSession();
    const late = createWorkerSession((request) => handleCalculateRequest(request));
    late(fresh.encode({ type: 'calculate', seq: 1, model: m }));
    const unseen = late(fresh.encode({ type: 'calculate', seq: 2, model: setCost(m, 0, 0, '7') }));
    expect(() => fresh.decode(unseen)).toThrow(/out of step/);
  });
});
