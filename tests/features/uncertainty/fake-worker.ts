/**
 * A stand-in for the sensitivity worker in jsdom: records what the page posts (after a
 * structured clone, as a real postMessage would make) and lets a test answer when it
 * chooses, with made-up replies or with the real handler's.
 */
import { act } from '@testing-library/react';
import type { SensitivityReply, SensitivityRequest } from '../../../src/engine/uncertainty/protocol';
import { createSensitivityHandler } from '../../../src/engine/uncertainty/sensitivity-jobs';

export class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<SensitivityReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: SensitivityRequest[] = [];
  terminated = false;

  constructor(readonly url: URL | string) {
    FakeWorker.all.push(this);
  }

  postMessage(request: SensitivityRequest): void {
    this.requests.push(structuredClone(request));
  }

  terminate(): void {
    this.terminated = true;
  }

  starts(): Extract<SensitivityRequest, { type: 'start' }>[] {
    return this.requests.filter((r) => r.type === 'start');
  }

  reply(reply: SensitivityReply): void {
    act(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<SensitivityReply>));
  }

  /** The real handler's replies to a start request (progress, then the result). */
  static async answer(request: SensitivityRequest): Promise<SensitivityReply[]> {
    const replies: SensitivityReply[] = [];
    await createSensitivityHandler((r) => replies.push(r), { chunk: 50, pause: async () => undefined })(request);
    return replies;
  }

  static latest(): FakeWorker {
    const w = FakeWorker.all.at(-1);
    if (!w) throw new Error('no worker was created');
    return w;
  }
}
