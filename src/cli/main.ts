/** `npm run calc -- [--json] [--lang nb|en] FILE`: the engine from the command line. */
import { readFile, stat } from 'node:fs/promises';
import { MAX_MODEL_BYTES } from '../engine/parse';
import { TOO_LARGE, run, type CliIo } from './run';

async function readModelFile(path: string): Promise<string> {
  if (path === '-') return readStdin();
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

const io: CliIo = {
  readFile: readModelFile,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

// exitCode, not exit(): let a large --json output drain to a pipe before Node stops.
process.exitCode = await run(process.argv.slice(2), io);
