// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScrollTable } from '../../src/charts/scroll-table';

afterEach(cleanup);

const body = (
  <tbody>
    <tr>
      <th scope="row">Grunnskole</th>
      <td>1 kr</td>
    </tr>
  </tbody>
);

describe('ScrollTable', () => {
  it('is a region named by the caption that the keyboard can reach (to scroll a wide table)', async () => {
    render(
      <>
        <ScrollTable caption="Fordeling">{body}</ScrollTable>
        <ScrollTable caption="Per år">{body}</ScrollTable>
      </>,
    );
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('region', { name: 'Fordeling' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('region', { name: 'Per år' })).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Per år' })).getByRole('table', { name: 'Per år' })).toBeInTheDocument();
  });

  it('passes the class and the explaining note on to the table', () => {
    render(
      <>
        <ScrollTable caption="Fordeling" className="sharing-table" describedBy="note">{body}</ScrollTable>
        <p id="note">Positive tall er overføringer inn.</p>
      </>,
    );
    const table = screen.getByRole('table', { name: 'Fordeling' });
    expect(table).toHaveClass('sharing-table');
    expect(table).toHaveAccessibleDescription('Positive tall er overføringer inn.');
  });
});
