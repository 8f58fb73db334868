import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/engine/model';
import { parseModel } from '../../src/engine/parse';
import { serializeModel } from '../../src/engine/serialize';
import { MAX_LINK_LENGTH, appBaseUrl, decodeModel, encodeModel, fromBase64Url, shareLink, toBase64Url } from '../../src/io/share-link';
import { arbitraryModel } from '../engine/arbitraries';

const root = join(__dirname, '../..');
function load(path: string): Model {
  const outcome = parseModel(JSON.parse(readFileSync(path, 'utf8')));
  if (!outcome.ok) throw new Error(path);
  return outcome.model;
}
const school = load(join(root, 'fixtures/school-coping-course.model.json'));
const youth = load(join(root, 'fixtures/youth-meets-elderly.model.json'));
const BASE = 'https://example.org/gevinstkart/index.html';

async function deflateText(text: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('share link', () => {
  it.each([['school', school], ['youth', youth]])('the %s example round-trips exactly and fits in a link', async (_, model) => {
    const link = await shareLink(model, `${BASE}#/report`);
    if (!link.ok) throw new Error(`too long: ${link.length}`);
    expect(link.url.startsWith(`${BASE}#/share/`)).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const back = await decodeModel(link.url.slice(`${BASE}#/share/`.length));
    if (!back.ok) throw new Error(back.reason);
    expect(serializeModel(back.model)).toBe(serializeModel(model));
    expect(back.model).toEqual(model);
  });

  it('round-trips any valid model exactly (the saved file text is identical)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryModel(), async (model) => {
        const back = await decodeModel(await encodeModel(model));
        if (!back.ok) throw new Error(back.reason);
        expect(serializeModel(back.model)).toBe(serializeModel(model));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a model whose link would be longer than the limit, saying how long it would be', async () => {
    const big: Model = { ...school, description: Array.from({ length: 400 }, (_, i) => `ord${i * 7919}`).join(' ') };
    const link = await shareLink(big, BASE);
    expect(link.ok).toBe(false);
    if (!link.ok) {
      expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH);
      expect(link.max).toBe(MAX_LINK_LENGTH);
    }
  });

  it('the limit is on the whole link: a long base address counts', async () => {
    const short = await shareLink(school, BASE);
    if (!short.ok) throw new Error('school should fit');
    const longBase = `https://example.org/${'x'.repeat(MAX_LINK_LENGTH - short.url.length + 60)}`;
    expect((await shareLink(school, longBase)).ok).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/=='],
    ['not deflate data', toBase64Url(new TextEncoder().encode('plain text, not compressed'))],
    ['cut short', 'q1YqSkxRslIyNDQ'],
  ])('an unreadable payload (%s) is refused as unreadable', async (_, payload) => {
    expect(await decodeModel(payload)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('a readable payload that is not a valid model is refused with the parser’s problems', async () => {
    const payload = await deflateText(JSON.stringify({ format: 'gevinstkart-model', version: 1, startYear: 2027, years: 0, sectors: [] }));
    const out = await decodeModel(payload);
    expect(out.ok).toBe(false);
    if (!out.ok && out.reason === 'invalid') expect(out.problems.map((p) => p.path)).toContain('years');
    else throw new Error('expected invalid');
  });

  it('base64url survives every byte value', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(Array.from(fromBase64Url(text))).toEqual(Array.from(bytes));
    }));
  });

  it.each([
    ['https://a.no/app/#/report', 'https://a.no/app/'],
    ['https://a.no/app/', 'https://a.no/app/'],
    ['http://127.0.0.1:5173/index.html?x=1#/share/abc', 'http://127.0.0.1:5173/index.html?x=1'],
  ])('the link points at the app without its current fragment: %s', (href, base) => {
    expect(appBaseUrl(href)).toBe(base);
  });
});
