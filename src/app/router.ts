import { useSyncExternalStore } from 'react';

/** Hash routes keep the app a static site: no server ever sees which screen is open. */
export const ROUTES = [
  'overview', 'start', 'models', 'measure', 'sectors', 'costs', 'gains', 'transfers',
  'sharing', 'report', 'uncertainty', 'library', 'accessibility', 'share',
] as const;
export type Route = (typeof ROUTES)[number];

export function parseHash(hash: string): { route: Route; param: string | undefined } {
  const [name, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const route = (ROUTES as readonly string[]).includes(name ?? '') ? (name as Route) : 'overview';
  return { route, param: rest.length ? rest.join('/') : undefined };
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, () => '');
}

export function useRoute() {
  return parseHash(useHash());
}

export function href(route: Route, param?: string): string {
  return `#/${route}${param ? `/${param}` : ''}`;
}

export function navigate(route: Route, param?: string) {
  window.location.hash = href(route, param);
}
