/**
 * Registers the service worker that keeps the app usable offline after one visit.
 * Only the built app has one (vite-plugins/service-worker.ts emits `sw.js` next to
 * index.html); the dev server has none, so nothing stale is ever served while developing.
 * Registration waits for the page to load, so precaching never slows the first paint.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    // Relative to the page, as the app is built with base './' and may live in a sub-folder.
    navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).catch(() => {
      // Offline use is a bonus: without a worker (private mode, blocked by policy) the app works online.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
