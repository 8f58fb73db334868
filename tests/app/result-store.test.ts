import { describe, expect, it, vi } from 'vitest';
import { createResultStore, sameLayout, type CreateWorker, type WorkerPort } from '../../src/app/result-store';
import { calculate } from '../../src/engine/calculate';
import type { Model } from '../../src/engine/model';
import type { CalculateReply, CalculateRequest } from '../../src/workers/calculate.worker';
import { aCostLine, aModel, aSector } from '../builders';

/** A model that differs from the base only in its first cost (same layout). */
const withCost = (amount: string) => aModel({ costs: [aCostLine({ amounts: [amount, amount] })] });

/** A worker the test answers by hand: it records requests and which ports were terminated. */
function fakeWorkers() {
  const ports: { requests: CalculateRequest[]; terminated: boolean; reply: (r: CalculateReply) => void; crash: (m: string) => void }[] = [];
  const create: CreateWorker = (onReply, onError) => {
    const entry = { requests: [] as CalculateRequest[], terminated: false, reply: onReply, crash: onError };
    ports.push(entry);
    return {
      post: (request) => entry.requests.push(request),
      terminate: () => {
        entry.terminated = true;
      },
    } satisfies WorkerPort;
  };
  return { create, ports, last: () => ports[ports.length - 1]! };
}

const answer = (request: CalculateRequest): Extract<CalculateReply, { type: 'result' }> => ({ type: 'result', seq: request.seq, result: calculate(request.model), ms: 1 });

/** Shows `model` (calculated on the page) and lets the worker finish the copy it was sent too. */
function showFirst(store: ReturnType<typeof createResultStore>, workers: ReturnType<typeof fakeWorkers>, model: Model) {
  const snapshot = store.read(model);
  const port = workers.last();
  expect(port.requests.at(-1)?.model).toBe(model);
  port.reply(answer(port.requests.at(-1)!));
  return snapshot;
}

function largeStore(workers = fakeWorkers(), maxFailures?: number) {
  const calc = vi.fn(calculate);
  const store = createResultStore({ calculate: calc, createWorker: workers.create, isLarge: () => true, maxFailures });
  return { store, calc, workers };
}

describe('createResultStore, small models', () => {
  it('calculates on the main thread at once and never starts a worker', () => {
    const workers = fakeWorkers();
    const store = createResultStore({ calculate, createWorker: workers.create, isLarge: () => false });
    for (const amount of ['100', '200', '300']) {
      const model = withCost(amount);
      const snap = store.read(model);
      store.request(model);
      expect(snap).toMatchObject({ model, busy: false });
      expect(snap.result).toEqual(calculate(model));
    }
    expect(workers.ports).toHaveLength(0);
  });

  it('returns the same snapshot for the same model, so React sees no change', () => {
    const { store, calc } = largeStore();
    const model = withCost('5');
    expect(store.read(model)).toBe(store.read(model));
    expect(calc).toHaveBeenCalledTimes(1);
  });
});

describe('createResultStore, large models', () => {
  it('keeps the last result on screen, marked busy, until the worker answers', () => {
    const { store, calc, workers } = largeStore();
    const first = withCost('100');
    const firstResult = showFirst(store, workers, first).result; // nothing to show yet: calculated at once
    const second = withCost('200');
    expect(store.read(second)).toMatchObject({ busy: true, result: firstResult });
    const listener = vi.fn();
    store.subscribe(listener);
    store.request(second);
    expect(workers.last().requests.map((r) => r.model)).toEqual([first, second]);

    workers.last().reply(answer(workers.last().requests[1]!));
    expect(listener).toHaveBeenCalled();
    expect(store.read(second)).toMatchObject({ busy: false, result: calculate(second) });
    expect(calc).toHaveBeenCalledTimes(1); // the second model was never calculated on the page
  });

  it('sends only the newest of the edits made while the worker computes', () => {
    const { store, workers } = largeStore();
    const first = withCost('1');
    showFirst(store, workers, first);
    const models = ['2', '3', '4', '5'].map(withCost);
    for (const m of models) {
      store.read(m);
      store.request(m);
    }
    const port = workers.last();
    expect(port.requests.map((r) => r.model)).toEqual([first, models[0]]);
    port.reply(answer(port.requests[1]!));
    // The result of "2" is newer than what was shown, so it is shown while "5" computes.
    expect(store.read(models[3]!)).toMatchObject({ busy: true, result: calculate(models[0]!) });
    expect(port.requests.map((r) => r.model)).toEqual([first, models[0], models[3]]);
    port.reply(answer(port.requests[2]!));
    expect(store.read(models[3]!)).toMatchObject({ busy: false, result: calculate(models[3]!) });
  });

  it('drops a reply that answers no request in flight (stale or repeated)', () => {
    const { store, workers } = largeStore();
    showFirst(store, workers, withCost('1'));
    const second = withCost('2');
    store.read(second);
    store.request(second);
    const port = workers.last();
    const listener = vi.fn();
    store.subscribe(listener);
    port.reply({ type: 'result', seq: 99, result: calculate(withCost('99')), ms: 1 });
    expect(listener).not.toHaveBeenCalled();
    expect(store.read(second).busy).toBe(true);
    port.reply(answer(port.requests[1]!));
    port.reply({ ...answer(port.requests[1]!), result: calculate(withCost('77')) }); // same seq again
    expect(store.read(second).result).toEqual(calculate(second));
  });

  it('calculates a model in the background before any screen reads it (a file just opened)', () => {
    const { store, calc, workers } = largeStore();
    const opened = withCost('42');
    store.request(opened);
    expect(workers.last().requests.map((r) => r.model)).toEqual([opened]);
    workers.last().reply(answer(workers.last().requests[0]!));
    expect(store.read(opened)).toMatchObject({ busy: false, result: calculate(opened) });
    expect(calc).not.toHaveBeenCalled();
  });

  it('sends a large model it calculated on the page to the worker too, so the next edit finds warm caches there', () => {
    const { store, calc, workers } = largeStore();
    const opened = withCost('1');
    const shown = store.read(opened); // nothing shown yet: calculated here, and sent to the worker first
    expect(calc).toHaveBeenCalledTimes(1);
    const port = workers.last();
    expect(port.requests.map((r) => r.model)).toEqual([opened]);
    store.request(opened); // asked again after the next render: not sent twice
    expect(port.requests).toHaveLength(1);
    // An edit made while the worker warms up waits for it, then goes to the same worker.
    const edited = withCost('2');
    expect(store.read(edited)).toMatchObject({ busy: true, result: shown.result });
    store.request(edited);
    expect(port.requests).toHaveLength(1);
    port.reply(answer(port.requests[0]!));
    expect(store.read(opened)).toBe(shown); // the warm-up's reply changes nothing on screen
    expect(port.requests.map((r) => r.model)).toEqual([opened, edited]);
    port.reply(answer(port.requests[1]!));
    expect(store.read(edited)).toMatchObject({ busy: false, result: calculate(edited) });
    expect(calc).toHaveBeenCalledTimes(1);
  });

  it('never replaces a newer result by an older one', () => {
    const { store, workers } = largeStore();
    store.read(withCost('1'));
    const older = withCost('2');
    store.read(older);
    store.request(older);
    // A sector added meanwhile: that model cannot wait and is calculated at once.
    const structural = { ...older, sectors: [...older.sectors, aSector({ id: 'health', name: 'Helse' })] };
    expect(store.read(structural)).toMatchObject({ busy: false, result: calculate(structural) });
    workers.last().reply(answer(workers.last().requests[0]!));
    expect(store.read(structural).result).toEqual(calculate(structural));
  });

  it.each([
    ['an error reply', (p: ReturnType<ReturnType<typeof fakeWorkers>['last']>, r: CalculateRequest) => p.reply({ type: 'error', seq: r.seq, message: 'boom' })],
    ['a crashed worker', (p: ReturnType<ReturnType<typeof fakeWorkers>['last']>) => p.crash('script error')],
  ])('after %s: terminates the worker, calculates on the page, and restarts on the next edit', (_, breakIt) => {
    const { store, workers } = largeStore();
    store.read(withCost('1'));
    const second = withCost('2');
    store.read(second);
    store.request(second);
    const broken = workers.last();
    breakIt(broken, broken.requests[0]!);
    expect(broken.terminated).toBe(true);
    expect(store.read(second)).toMatchObject({ busy: false, result: calculate(second) });
    expect(store.lastError()).toMatch(/boom|script error/);
    // A late answer from the terminated worker is ignored.
    broken.reply({ ...answer(broken.requests[0]!), result: calculate(withCost('66')) });
    expect(store.read(second).result).toEqual(calculate(second));

    const third = withCost('3');
    expect(store.read(third).busy).toBe(true);
    store.request(third);
    expect(workers.ports).toHaveLength(2);
    expect(workers.last().requests.map((r) => r.model)).toEqual([third]);
  });

  it('stops starting workers after repeated failures and calculates on the page', () => {
    const { store, workers } = largeStore(fakeWorkers(), 2);
    store.read(withCost('0'));
    for (const amount of ['1', '2']) {
      const m = withCost(amount);
      store.read(m);
      store.request(m);
      workers.last().crash('again');
    }
    const after = withCost('3');
    expect(store.read(after)).toMatchObject({ busy: false, result: calculate(after) });
    expect(workers.ports).toHaveLength(2);
  });

  it('calculates on the page where no worker can be started', () => {
    for (const create of [() => null, () => { throw new Error('blocked by policy'); }] satisfies CreateWorker[]) {
      const store = createResultStore({ calculate, createWorker: create, isLarge: () => true });
      store.read(withCost('1'));
      const next = withCost('2');
      expect(store.read(next)).toMatchObject({ busy: false, result: calculate(next) });
    }
  });
});

describe('sameLayout', () => {
  const base = aModel();
  it.each<[string, Model, boolean]>([
    ['an amount edit', withCost('9'), true],
    ['a longer horizon', { ...base, years: base.years + 1 }, false],
    ['another start year', { ...base, startYear: base.startYear + 1 }, false],
    ['a sector at another level', { ...base, sectors: [base.sectors[0]!, { ...base.sectors[1]!, level: 'county' }] }, false],
    ['a sector renamed', { ...base, sectors: [base.sectors[0]!, { ...base.sectors[1]!, name: 'NAV' }] }, true],
    ['sectors reordered', { ...base, sectors: [...base.sectors].reverse() }, false],
  ])('%s → %s', (_, other, expected) => {
    expect(sameLayout(base, other)).toBe(expected);
    expect(sameLayout(other, base)).toBe(expected);
  });
});
