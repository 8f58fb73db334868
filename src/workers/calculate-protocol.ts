/**
 * What crosses between the page and the calculation worker. Each side remembers the last
 * model (page → worker) or result (worker → page) it sent, and sends only the changes to
 * it (src/workers/structural-patch.ts). Messages between one page and one worker arrive in
 * order, so both ends stay in step; each message names the one it builds on (`base`), and
 * a message that does not fit is reported as an error instead of giving wrong figures
 * (the result store then calculates on the page and starts a fresh worker).
 */
import type { Model } from '../engine/model';
import type { Result } from '../engine/result';
import type { CalculateReply, CalculateRequest } from './calculate.worker';
import { applyPatch, diff, type PatchOp } from './structural-patch';

/** The model as changes to the one sent before (`base`, 0 for the first). */
export interface WireRequest {
  type: 'calculate';
  seq: number;
  base: number;
  patch: PatchOp[];
}

export type WireReply =
  | { type: 'result'; seq: number; base: number; patch: PatchOp[]; ms: number }
  | { type: 'error'; seq: number; message: string };

/** The page's end: turns requests into wire messages and wire replies back into full results. */
export interface PageSession {
  encode: (request: CalculateRequest) => WireRequest;
  /** Throws when the reply does not fit the last result received. */
  decode: (reply: WireReply) => CalculateReply;
}

export function createPageSession(): PageSession {
  let sentSeq = 0;
  let sentModel: Model | undefined;
  let receivedSeq = 0;
  let received: Result | undefined;
  return {
    encode(request) {
      const message: WireRequest = { type: 'calculate', seq: request.seq, base: sentSeq, patch: diff(sentModel, request.model) };
      sentSeq = request.seq;
      sentModel = request.model;
      return message;
    },
    decode(reply) {
      if (reply.type === 'error') return reply;
      if (reply.base !== receivedSeq) throw new Error(`calculation worker out of step: result ${reply.seq} builds on ${reply.base}, the page has ${receivedSeq}`);
      received = applyPatch(received, reply.patch) as Result;
      receivedSeq = reply.seq;
      return { type: 'result', seq: reply.seq, result: received, ms: reply.ms };
    },
  };
}

/**
 * The worker's end: rebuilds each model from its changes (unchanged lines keep their
 * identity, so the calculator's caches hit by reference), calculates it with `handle`,
 * and answers with the changes to the last result it sent. Never throws.
 */
export function createWorkerSession(handle: (request: CalculateRequest) => CalculateReply): (message: WireRequest) => WireReply {
  let modelSeq = 0;
  let model: Model | undefined;
  let resultSeq = 0;
  let result: Result | undefined;
  return (message) => {
    if (message.base !== modelSeq) {
      return { type: 'error', seq: message.seq, message: `calculation worker out of step: model ${message.seq} builds on ${message.base}, the worker has ${modelSeq}` };
    }
    try {
      model = applyPatch(model, message.patch) as Model;
    } catch (e) {
      return { type: 'error', seq: message.seq, message: e instanceof Error ? e.message : String(e) };
    }
    modelSeq = message.seq;
    const reply = handle({ type: 'calculate', seq: message.seq, model });
    if (reply.type === 'error') return reply;
    const patch = diff(result, reply.result);
    const base = resultSeq;
    result = reply.result;
    resultSeq = reply.seq;
    return { type: 'result', seq: reply.seq, base, patch, ms: reply.ms };
  };
}
