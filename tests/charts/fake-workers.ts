/**
 * Stand-ins for the sensitivity and simulation workers in jsdom: each records what the
 * page posts (after a structured clone, as postMessage would make) and answers when the
 * test chooses, with the real sensitivity handler's replies or a real simulation's result.
 */
import { act } from '@testing-library/react';
import type { SensitivityReply, SensitivityRequest, SimulationReply, SimulationRequest } from '../../src/engine/uncertainty/protocol';
import { createSensitivityHandler } from '../../src/engine/uncertainty/sensitivity-jobs';
import { simulateNow } from '../../src/charts/uncertainty-summary-data';

type Request = SensitivityRequest | SimulationRequest;
type Reply = SensitivityReply | SimulationReply;

export class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: Request[] = [];
  terminated = false;
  readonly kind: 'sensitivity' | 'simulation';

  constructor(url: URL | string) {
    this.kind = String(url).includes('simulation') ? 'simulation' : 'sensitivity';
    FakeWorker.all.push(this);
  }

  postMessage(request: Request): void {
    this.requests.push(structuredClone(request));
  }

  terminate(): void {
    this.terminated = true;
  }

  starts(): Extract<Request, { type: 'start' }>[] {
    return this.requests.filter((r) => r.type === 'start');
  }

  reply(reply: Reply): void {
    act(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<Reply>));
  }

  /** Answers the latest start as the real worker would: the handler's replies, or the whole simulation at once. */
  async answer(): Promise<void> {
    const start = this.starts().at(-1);
    if (!start) throw new Error(`no start posted to the ${this.kind} worker`);
    if ('job' in start) {
      const replies: SensitivityReply[] = [];
      await createSensitivityHandler((r) => replies.push(r), { chunk: 50, pause: async () => undefined })(start);
      for (const r of replies) this.reply(r);
    } else {
      this.reply({ type: 'result', id: start.id, result: simulateNow(start.model, start.options) });
    }
  }

  static of(kind: FakeWorker['kind']): FakeWorker[] {
    return FakeWorker.all.filter((w) => w.kind === kind);
  }
}
