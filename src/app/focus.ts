/**
 * Where the keyboard focus goes when the element holding it disappears (a button that
 * opened another screen, an undo button that disabled itself, a link in a menu that closed):
 * to the main heading of the screen, never to the page itself, where a keyboard or screen
 * reader user would have to start over from the top.
 */
import { useEffect, useRef } from 'react';

/** The focus is nowhere useful: on the page itself, on an element gone, disabled or hidden. */
export function focusIsLost(doc: Document = document): boolean {
  const active = doc.activeElement;
  if (!active || active === doc.body || active === doc.documentElement || !active.isConnected) return true;
  if (active instanceof HTMLButtonElement && active.disabled) return true;
  // Where the browser can tell (jsdom cannot), a hidden element has lost the focus too.
  return typeof active.checkVisibility === 'function' && !active.checkVisibility();
}

/** Focuses the screen's main heading; false when the screen has none yet (still loading). */
export function focusMainHeading(doc: Document = document): boolean {
  const heading = doc.querySelector<HTMLElement>('main h1');
  if (!heading) return false;
  // Focusable by script only: a heading is no stop for the Tab key.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/** How long a lazily loaded screen may take to show its heading before we stop waiting. */
const WAIT_MS = 5000;

/**
 * After each change of screen, once the new screen's heading is there: if the focus has been
 * lost on the way, it goes to that heading. Focus that is still somewhere useful (a menu link
 * the user pressed) is left alone.
 */
export function useFocusAfterNavigation(route: string): void {
  const seen = useRef(route);
  useEffect(() => {
    // The first screen (and React's double run of effects in development) is no navigation.
    if (seen.current === route) return;
    seen.current = route;
    const main = document.getElementById('main');
    if (!main) return;
    const settle = () => !focusIsLost() || focusMainHeading();
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [route]);
}
