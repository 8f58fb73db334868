// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import youth from '../../fixtures/youth-meets-elderly.model.json';
import { aModel } from '../builders';
import { MAX_MODEL_BYTES, parseModelText } from '../../src/engine/parse';
import { asciiSlug, downloadModel, modelFileName, openModelFile } from '../../src/io/model-file';

const youthText = JSON.stringify(youth);
const file = (text: string, name = 'model.json') => new File([text], name, { type: 'application/json' });

afterEach(() => vi.restoreAllMocks());

describe('openModelFile', () => {
  it('opens a good file as a checked model', async () => {
    const outcome = await openModelFile(file(youthText));
    expect(outcome.ok && outcome.model.title).toBe('Unge uten jobb møter ensomme eldre');
  });

  it('refuses a broken file with every problem and its path', async () => {
    const broken = JSON.stringify({ format: 'gevinstkart-model', version: 1, startYear: 2027, years: 0, sectors: [] });
    const outcome = await openModelFile(file(broken));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['years', 'sectors']));
  });

  it('refuses text that is not JSON', async () => {
    const outcome = await openModelFile(file('{"format": "gevinstkart-model",'));
    expect(outcome).toEqual({ ok: false, problems: [{ path: '', code: 'notJson' }] });
  });

  it('refuses a 50 MB file from its size alone, without reading it', async () => {
    const text = vi.fn(async () => '');
    const huge = { size: 50 * 1024 * 1024, text } as unknown as Blob;
    const outcome = await openModelFile(huge);
    expect(text).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ ok: false, problems: [{ path: '', code: 'tooLarge', params: { max: 10 } }] });
  });

  it('reads a file of exactly the limit (the limit is inclusive)', async () => {
    const text = vi.fn(async () => '[]');
    await openModelFile({ size: MAX_MODEL_BYTES, text } as unknown as Blob);
    expect(text).toHaveBeenCalled();
  });

  it('reports a file the browser cannot read instead of throwing', async () => {
    const failing = { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await openModelFile(failing)).toEqual({ ok: false, problems: [{ path: '', code: 'invalid' }] });
  });
});

describe('modelFileName', () => {
  it.each([
    ['Unge uten jobb møter ensomme eldre', 'unge-uten-jobb-moter-ensomme-eldre.gevinstkart.json'],
    ['Mestringskurs i ungdomsskolen', 'mestringskurs-i-ungdomsskolen.gevinstkart.json'],
    ['Bærum: Åpen barnehage – 2027!', 'baerum-apen-barnehage-2027.gevinstkart.json'],
    ['Café Noël', 'cafe-noel.gevinstkart.json'],
    ['   ', 'gevinstkart-modell.gevinstkart.json'],
    ['ØØØ', 'ooo.gevinstkart.json'],
    ['漢字だけ', 'gevinstkart-modell.gevinstkart.json'],
  ])('%j → %s', (title, expected) => {
    expect(modelFileName(title)).toBe(expected);
  });

  it('is always a short ASCII name without leading or trailing dashes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const name = modelFileName(title);
        expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.gevinstkart\.json$/);
        expect(asciiSlug(title).length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('downloadModel', () => {
  it('downloads the serialized model under a name from its title, and the file opens again', async () => {
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const model = aModel({ title: 'Leksehjelp på Årstad' });
    expect(downloadModel(model)).toBe('leksehjelp-pa-arstad.gevinstkart.json');
    expect(clicks[0]?.download).toBe('leksehjelp-pa-arstad.gevinstkart.json');
    expect(clicks[0]?.isConnected).toBe(false);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob!);
    });
    const reopened = parseModelText(text);
    expect(reopened.ok && reopened.model).toEqual(model);
  });
});
