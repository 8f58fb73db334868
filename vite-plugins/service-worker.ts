import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Builds src/sw/sw.ts into `sw.js` beside index.html and writes into it the list of every
 * file the build produced (so the whole app, lazy screens included, is cached on the first
 * visit) and a version made from those hashed names (so each build gets a fresh cache).
 * Build only; source maps are left out of the cache.
 */
const SW_SOURCE = 'src/sw/sw.ts';
const SW_FILE = 'sw.js';

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'gevinstkart:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: join(config.root, SW_SOURCE), fileName: SW_FILE });
    },
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((name) => name !== SW_FILE && !name.endsWith('.map'));
      const files = [...new Set(['index.html', ...built, ...publicFiles(config.publicDir)])].sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const sw = bundle[SW_FILE];
      if (!sw || sw.type !== 'chunk') {
        this.error(`${SW_FILE} was not built`);
        return;
      }
      if (sw.imports.length > 0) this.error(`${SW_SOURCE} must not import anything (it would share chunks with the app)`);
      const code = sw.code.replace(/__GK_PRECACHE__/g, JSON.stringify(files)).replace(/__GK_VERSION__/g, JSON.stringify(version));
      if (code === sw.code) this.error(`the placeholders in ${SW_SOURCE} were not found in the built worker`);
      sw.code = code;
    },
  };
}

/** Files copied from public/ are not in the bundle but belong to the app as well. */
function publicFiles(dir: string): string[] {
  if (!dir) return [];
  try {
    return walk(dir).map((file) => relative(dir, file).split(sep).join('/'));
  } catch {
    return [];
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
