/**
 * Which lines of a line editor (costs, gains) show their fields. A small model shows every
 * line open, as it always has. A large one (the benchmark's 500 lines × 60 years would be
 * 30 000 inputs, over 20 s to draw) starts with every line closed: a closed line is one
 * short row, and only the lines the user opens get their fields.
 *
 * Shared by the screens so both switch at the same size.
 */
import { useCallback, useState } from 'react';

/**
 * Most line-years drawn open at once. Measured in Chromium on the project's busy 2-core
 * machine: 600 fields (10 lines × 60 years) open the screen in about 0.7 s, 1 200 in 1.5 s.
 */
export const OPEN_ALL_LIMIT = 600;

export function opensAll(lineCount: number, years: number): boolean {
  return lineCount * years <= OPEN_ALL_LIMIT;
}

export interface LineExpansion {
  /** Whether lines can be closed at all (a large model). */
  collapsible: boolean;
  isOpen: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Opens a line (a new or duplicated one, so focus can go to its name). */
  open: (id: string) => void;
  closeAll: () => void;
}

export function useLineExpansion(lineCount: number, years: number): LineExpansion {
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const collapsible = !opensAll(lineCount, years);
  const isOpen = useCallback((id: string) => !collapsible || opened.has(id), [collapsible, opened]);
  const toggle = useCallback((id: string) => setOpened((s) => withToggled(s, id)), []);
  const open = useCallback((id: string) => setOpened((s) => (s.has(id) ? s : new Set(s).add(id))), []);
  const closeAll = useCallback(() => setOpened(new Set()), []);
  return { collapsible, isOpen, toggle, open, closeAll };
}

export function withToggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}
