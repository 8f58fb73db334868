/**
 * A short fingerprint of a model: the first 8 hex digits of the SHA-256 of its saved
 * file text. Printed on the report so two printouts (or a printout and a file) can be
 * matched: same fingerprint, same model, figure for figure.
 */
import type { Model } from '../engine/model';
import { serializeModel } from '../engine/serialize';

export const FINGERPRINT_LENGTH = 8;

export async function textFingerprint(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, FINGERPRINT_LENGTH / 2), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function modelFingerprint(model: Model): Promise<string> {
  return textFingerprint(serializeModel(model));
}
