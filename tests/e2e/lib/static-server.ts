import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A tiny static server for the built app. It runs in-process so a test can stop it
 * mid-session (the offline test pulls the plug on the real server, not only on the
 * browser's network), and it sends no headers beyond the type: whatever security the
 * app has must come from the app itself (its CSP meta tag), as on a plain static host.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Paths requested so far, in order (useful to prove a reload was served offline). */
  requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const requests: string[] = [];
  const base = normalize(root);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    void serve(base, path).then(
      (file) => {
        if (!file) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[extname(file.path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : file.body);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(root: string, urlPath: string): Promise<{ path: string; body: Buffer } | null> {
  const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  const full = normalize(join(root, relative));
  // Never serve anything outside the build folder, whatever the URL says.
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    if (!(await stat(full)).isFile()) return null;
    return { path: full, body: await readFile(full) };
  } catch {
    return null;
  }
}
