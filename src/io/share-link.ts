/**
 * A model travels as a link: its file text, deflated and base64url-encoded into the URL
 * fragment `#/share/<payload>`. Browsers never send the fragment to a server, so the model
 * stays between the sender and the receiver. Opening the link checks the model like any
 * opened file (parseModelText).
 */
import type { Model } from '../engine/model';
import { MAX_MODEL_BYTES, parseModelText } from '../engine/parse';
import type { Problem } from '../engine/problems';
import { serializeModel } from '../engine/serialize';

export const SHARE_ROUTE = 'share';
/** Outlook cuts links at 1 024 characters; about 2 000 is safe in most other places. */
export const MAX_LINK_LENGTH = 2000;
/** A payload longer than this was not made by us; refuse it before inflating anything. */
const MAX_PAYLOAD_LENGTH = 100_000;

export type ShareLinkOutcome = { ok: true; url: string } | { ok: false; reason: 'tooLong'; length: number; max: number };

export type SharedModelOutcome =
  | { ok: true; model: Model; warnings: string[] }
  /** Not a link we made (cut short, mistyped, or not compressed data). */
  | { ok: false; reason: 'unreadable' }
  /** Readable, but the model breaks the rules of the file format. */
  | { ok: false; reason: 'invalid'; problems: Problem[] };

/** The URL of the app without any fragment: where the shared link must point. */
export function appBaseUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

export async function encodeModel(model: Model): Promise<string> {
  // Compact JSON of the saved file: the same text a file would hold, minus indentation.
  const compact = JSON.stringify(JSON.parse(serializeModel(model)));
  const bytes = new TextEncoder().encode(compact);
  const deflated = await new Response(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
  return toBase64Url(new Uint8Array(deflated));
}

export async function shareLink(model: Model, baseUrl: string, max = MAX_LINK_LENGTH): Promise<ShareLinkOutcome> {
  const url = `${appBaseUrl(baseUrl)}#/${SHARE_ROUTE}/${await encodeModel(model)}`;
  return url.length <= max ? { ok: true, url } : { ok: false, reason: 'tooLong', length: url.length, max };
}

export async function decodeModel(payload: string): Promise<SharedModelOutcome> {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD_LENGTH || !/^[A-Za-z0-9_-]+$/.test(payload)) return { ok: false, reason: 'unreadable' };
  let text: string;
  try {
    text = await inflate(fromBase64Url(payload), MAX_MODEL_BYTES);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const outcome = parseModelText(text);
  return outcome.ok ? outcome : { ok: false, reason: 'invalid', problems: outcome.problems };
}

/** A one-chunk stream (not Blob.stream(), which some test DOMs lack). */
function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Inflates, stopping at `limit` bytes so a crafted link cannot blow up into gigabytes. */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<string> {
  const reader = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}
