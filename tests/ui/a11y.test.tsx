// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { NumberField } from '../../src/ui/number-field';
import { YearGrid } from '../../src/ui/year-grid';
import { HelpTip } from '../../src/ui/help-tip';
import { useLangStore } from '../../src/i18n/lang-store';

/** axe's rules that jsdom can judge (no layout, so no colour contrast). */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

beforeEach(() => {
  act(() => useLangStore.getState().setLang('nb'));
});
afterEach(cleanup);

describe('accessibility of the shared inputs (axe-core)', () => {
  it('a number field showing an error has no violations', async () => {
    const user = userEvent.setup();
    const { container } = render(<NumberField label="Beløp" value="1" onCommit={() => {}} />);
    await user.click(screen.getByLabelText('Beløp'));
    await user.keyboard('abc{Enter}');
    expect(await violations(container)).toEqual([]);
  });

  it('a year grid with a help tip has no violations', async () => {
    const { container } = render(
      <main>
        <HelpTip term="Kostnad">Penger tiltaket bruker.</HelpTip>
        <YearGrid
          caption="Kostnader"
          startYear={2027}
          years={3}
          rows={[{ id: 'a', label: 'Prosjektleder', values: ['1'] }]}
          onChange={() => {}}
          showTotals
          renderRowExtra={() => <button type="button">Slett</button>}
        />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });
});
