/**
 * Model files on the user's disk: opening one (checked like any input, never trusted)
 * and saving the active model as a download. Nothing here touches the store: the caller
 * decides what a good file becomes (a new model in the library).
 */
import type { Model } from '../engine/model';
import { MAX_MODEL_BYTES, parseModelText, type ParseOutcome } from '../engine/parse';
import { serializeModel } from '../engine/serialize';
import { downloadBlob, readText } from './download';

export const MODEL_FILE_SUFFIX = '.gevinstkart.json';

/**
 * Reads and checks a model file. The size is checked before a single byte is read, so a
 * 50 MB file is refused at once instead of freezing the page.
 */
export async function openModelFile(file: Blob): Promise<ParseOutcome> {
  if (file.size > MAX_MODEL_BYTES) {
    return { ok: false, problems: [{ path: '', code: 'tooLarge', params: { max: Math.round(MAX_MODEL_BYTES / (1024 * 1024)) } }] };
  }
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'invalid' }] };
  }
  return parseModelText(text);
}

// Letters that Unicode does not decompose into a base letter plus a mark.
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', þ: 'th', ð: 'd', œ: 'oe', ł: 'l' };

/** "Unge uten jobb møter ensomme eldre" → "unge-uten-jobb-moter-ensomme-eldre" (a–z, 0–9, "-"). */
export function asciiSlug(text: string, maxLength = 60): string {
  return text
    .toLowerCase()
    .replace(/[æøåßþðœł]/g, (c) => SPELLED_OUT[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** The download name for a model: its title as an ASCII slug, ending in `.gevinstkart.json`. */
export function modelFileName(title: string, fallback = 'gevinstkart-modell'): string {
  return `${asciiSlug(title) || fallback}${MODEL_FILE_SUFFIX}`;
}

/** Saves the model as a file download (no server involved); returns the file name used. */
export function downloadModel(model: Model): string {
  const name = modelFileName(model.title);
  downloadBlob(new Blob([serializeModel(model)], { type: 'application/json' }), name);
  return name;
}
