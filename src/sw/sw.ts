/// <reference lib="webworker" />
/**
 * The service worker: after one visit the whole app works without a network. It is built
 * as its own chunk (vite-plugins/service-worker.ts), which replaces the two placeholders
 * below with the build's file list and a version derived from the files' hashed names.
 *
 * - Install caches every built file; a new build gets a new cache, and the old one is
 *   deleted only when the new worker takes over (after every tab of the old build closed),
 *   so an open tab never loses a lazily loaded screen half way.
 * - Pages are fetched network-first (updates arrive when online) and fall back to the
 *   cached page; everything else is cache-first, as built files never change under a name.
 * - Only GET requests to this origin are handled: the app makes no others.
 */
export {};

declare let self: ServiceWorkerGlobalScope;
declare const __GK_PRECACHE__: string[];
declare const __GK_VERSION__: string;

const CACHE = `gevinstkart-${__GK_VERSION__}`;
const FILES: string[] = __GK_PRECACHE__;
const PAGE = 'index.html';
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('gevinstkart-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? pageFirstFromNetwork(request) : fromCacheFirst(request));
});

async function pageFirstFromNetwork(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
    // Keep the freshest page for the next offline visit.
    if (response.ok) await cache.put(PAGE, response.clone());
    return response;
  } catch {
    return (await cache.match(PAGE)) ?? Response.error();
  }
}

async function fromCacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request, { ignoreSearch: true });
  return cached ?? fetch(request);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
