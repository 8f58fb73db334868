/** An in-memory CliIo: files from a map, output collected as text. */
import type { CliIo } from '../../src/cli/run';

export interface MemoryIo extends CliIo {
  out: () => string;
  err: () => string;
}

export function memoryIo(files: Record<string, string | Error>): MemoryIo {
  let out = '';
  let err = '';
  return {
    readFile: async (path) => {
      const content = Object.hasOwn(files, path) ? files[path] : Object.assign(new Error('no such file'), { code: 'ENOENT' });
      if (content === undefined || content instanceof Error) throw content;
      return content;
    },
    stdout: (text) => { out += text; },
    stderr: (text) => { err += text; },
    out: () => out,
    err: () => err,
  };
}
