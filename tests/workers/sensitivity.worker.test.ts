import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleModels } from '../../src/app/examples';
import type { SensitivityReply } from '../../src/engine/uncertainty/protocol';
import { switchingValues } from '../../src/engine/uncertainty/switching';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('sensitivity.worker', () => {
  it('has no side effect outside a worker', async () => {
    const before = globalThis.onmessage;
    await import('../../src/workers/sensitivity.worker');
    expect(globalThis.onmessage).toBe(before);
  });

  it('inside a worker, answers a start message with progress and then the result', async () => {
    const posted: SensitivityReply[] = [];
    vi.stubGlobal('importScripts', () => undefined);
    vi.stubGlobal('postMessage', (reply: SensitivityReply) => posted.push(reply));
    vi.stubGlobal('onmessage', null);
    await import('../../src/workers/sensitivity.worker');
    const onmessage = (globalThis as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage;
    expect(typeof onmessage).toBe('function');
    const model = exampleModels()[0]!.model;
    onmessage({ data: { type: 'start', id: 4, job: { kind: 'switching', model } } });
    await vi.waitFor(() => expect(posted.at(-1)?.type).toBe('result'));
    expect(posted.at(-1)).toEqual({ type: 'result', id: 4, result: { kind: 'switching', switching: switchingValues(model) } });
    expect(posted.filter((r) => r.type === 'progress').at(-1)).toMatchObject({ done: model.benefits.length, total: model.benefits.length });
  });
});
