/** `npm run calc -- [--json] [--lang nb|en] FILE`: the engine from the command line. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_MODEL_BYTES } from '../engine/parse';
import { TOO_LARGE, run, type CliIo } from './run';

async function readModelFile(given: string): Promise<string> {
  if (given === '-') return readStdin();
  // npm runs scripts from the project root; a relative path means where the user typed it.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), given);
  // Refuse an oversized file by its size, before reading it into memory.
  if ((await stat(path)).size > MAX_MODEL_BYTES) throw Object.assign(new Error('too large'), { code: TOO_LARGE });
  return readFile(path, 'utf8');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_MODEL_BYTES) throw Object.assign(new Error('too large'), { code: TOO_LARGE });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// `npm run calc -- --json f | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io: CliIo = {
  readFile: readModelFile,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Without --lang the command line speaks the user's locale: Norwegian for nb/nn/no, else English. */
function localeLang(env: NodeJS.ProcessEnv): 'nb' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^(nb|nn|no)([_.-]|$)/i.test(locale) ? 'nb' : 'en';
}

// exitCode, not exit(): let a large --json output drain to a pipe before Node stops.
process.exitCode = await run(process.argv.slice(2), io, localeLang(process.env));
