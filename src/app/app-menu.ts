/**
 * The phone's menu: on a narrow screen the screen links, the file buttons and the language
 * switch fold away behind one "Menu" button (a disclosure). On a wide screen the button is
 * not shown and everything stays in view, whatever the state says.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

export const NAV_ID = 'app-nav';
export const LANG_ID = 'app-lang';

export function useAppMenu(route: string) {
  const [open, setOpen] = useState(false);
  const [seenRoute, setSeenRoute] = useState(route);
  const toggle = useRef<HTMLButtonElement>(null);
  // Another screen is another page: the menu starts closed there (React's adjust-on-render pattern).
  if (seenRoute !== route) {
    setSeenRoute(route);
    setOpen(false);
  }

  /** Escape inside the header or the menu closes it and brings the focus back to its button. */
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !open || e.defaultPrevented) return;
      e.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    },
    [open],
  );

  /** A link chosen in the menu closes it; the new screen then takes the focus to its heading. */
  const onNavClick = useCallback((e: MouseEvent) => {
    const link = e.target instanceof Element ? e.target.closest('a') : null;
    if (!link) return;
    setOpen(false);
    // The screen already shown: no new heading will take the focus, so the button does.
    if (link.getAttribute('href') === window.location.hash) toggle.current?.focus();
  }, []);

  return { open, setOpen, toggle, onKeyDown, onNavClick };
}
