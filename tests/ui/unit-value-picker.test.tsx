// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { PickFromLibrary, UnitValuePicker } from '../../src/ui/unit-value-picker';
import { applyLibraryValue } from '../../src/ui/apply-library-value';
import { isCohortBenefit, type Model } from '../../src/engine/model';
import { useLangStore } from '../../src/i18n/lang-store';
import { useOwnLibrary } from '../../src/store/own-library';
import type { CohortBenefit } from '../../src/engine/model';
import { aCohortBenefit, aModel } from '../builders';

const INSTITUTION = 'Barnevernsinstitusjon, driftsutgift per oppholdsdøgn (alle eierformer)';
const line = aCohortBenefit({ label: 'Færre plasseringer' });

function open(overrides: { line?: CohortBenefit; priceBaseYear?: number } = {}) {
  const onPick = vi.fn();
  const onCancel = vi.fn();
  const model = aModel({ startYear: 2027, ...(overrides.priceBaseYear ? { priceBaseYear: overrides.priceBaseYear } : {}) });
  render(<UnitValuePicker open model={model} line={overrides.line ?? line} onPick={onPick} onCancel={onCancel} />);
  return { onPick, onCancel, dialog: screen.getByRole('dialog', { name: 'Velg enhetsverdi fra biblioteket' }) };
}

/** Types into a number field and leaves it, which commits the value. */
async function typeInto(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  const field = screen.getByRole('textbox', { name });
  await user.clear(field);
  await user.type(field, text);
  await user.tab();
}

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useOwnLibrary.setState({ values: [] });
});
afterEach(cleanup);

describe('UnitValuePicker', () => {
  it('searches, converts by price index and hands back value, source and bearing sector', async () => {
    const user = userEvent.setup();
    const { onPick, dialog } = open();
    expect(screen.getByRole('searchbox', { name: 'Søk' })).toHaveFocus();
    await user.type(screen.getByRole('searchbox', { name: 'Søk' }), 'institusjon døgn');
    expect(within(dialog).getByText('1 av 12 verdier')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Velg ${INSTITUTION}` }));

    expect(screen.getByRole('textbox', { name: 'Enhetsfaktor (til per år)' })).toHaveValue('365');
    // A 2022 value in a 2027 model starts without a result: the price adjustment must be filled in.
    const use = screen.getByRole('button', { name: 'Bruk denne verdien' });
    expect(use).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Prisindeks' }));
    await typeInto(user, 'Indeks i 2022', '100');
    await typeInto(user, 'Indeks i 2027', '112,3');
    expect(screen.getByText(/Enhetsverdi i 2027-kroner: 6\s378\s785,99\skr per år/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Sett budsjettholder for linjen til «Statlig barnevern (Bufetat)» (legges til i modellen)' })).toBeChecked();

    await user.click(use);
    expect(onPick).toHaveBeenCalledWith({
      unitValue: '6378785.99',
      source: {
        libraryId: 'bv-institusjon-dogn', label: INSTITUTION, source: 'SSB, Barnevernsinstitusjoner (updated 28 Nov 2023)',
        priceYear: 2022, value: '15562', unit: 'per day', unitFactor: '365', priceMethod: 'index', priceFactor: '1.123',
        indexFrom: '100', indexTo: '112.3', confidence: 'primary',
      },
      sectorPresetId: 'stat-bufetat',
      assignSector: true,
    });
  });

  it('the unit factor is editable and growth works back from the price base', async () => {
    const user = userEvent.setup();
    const { onPick } = open({ priceBaseYear: 2024 });
    await user.click(screen.getByRole('button', { name: 'Velg Kommunal egenandel, barnevernsinstitusjon' }));
    await typeInto(user, 'Enhetsfaktor (til per år)', '6');
    await typeInto(user, 'Årlig vekst', '3');
    // 170 000 × 6 × 1,03² = 1 082 118
    expect(screen.getByText(/Enhetsverdi i 2024-kroner: 1\s082\s118\skr per år/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Sett budsjettholder/ }));
    await user.click(screen.getByRole('button', { name: 'Bruk denne verdien' }));
    expect(onPick.mock.calls[0]?.[0]).toMatchObject({
      unitValue: '1082118',
      source: { unitFactor: '6', priceMethod: 'growth', growthRate: '0.03', priceFactor: '1.0609' },
      sectorPresetId: 'kom-barnevern',
      assignSector: false,
    });
  });

  it('warns that a value left in its own year’s kroner will be flagged, yet lets the user use it', async () => {
    const user = userEvent.setup();
    const { onPick } = open();
    await user.click(screen.getByRole('button', { name: /^Velg Uføretrygd/ }));
    await user.click(screen.getByRole('radio', { name: /^Ingen/ }));
    expect(screen.getByText('Verdien er fra 2020 og ikke regnet om til 2027-kroner. Den blir flagget som ikke prisjustert.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bruk denne verdien' }));
    expect(onPick.mock.calls[0]?.[0]).toMatchObject({ unitValue: '257700', source: { priceMethod: 'none', priceFactor: '1' } });
  });

  it('lists the user’s own values and filters by level', async () => {
    const user = userEvent.setup();
    useOwnLibrary.setState({
      values: [{ id: 'own-1', label: 'Avlastning', value: '4200', unit: 'per day', priceYear: 2027, bearer: 'kom-omsorg', source: 'Eget regnskap', confidence: 'primary', updatedAt: '2026-01-01T00:00:00.000Z' }],
    });
    const { dialog } = open();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Nivå' }), 'municipal');
    const row = within(dialog).getByRole('row', { name: /Avlastning/ });
    expect(row).toHaveTextContent('Egen verdi');
    expect(within(dialog).queryByRole('row', { name: /Uføretrygd/ })).toBeNull();
    // Same year as the price base: no adjustment needed, the value is ready to use.
    await user.click(within(row).getByRole('button', { name: 'Velg Avlastning' }));
    expect(screen.getByText(/Enhetsverdi i 2027-kroner: 1\s533\s000\skr per år/)).toBeInTheDocument();
  });

  it('reopens on the line’s earlier choice, and Escape cancels', async () => {
    const user = userEvent.setup();
    const earlier = aCohortBenefit({
      unitValueSource: {
        libraryId: 'nav-aap-18-24', label: 'AAP', source: 'SSB', priceYear: 2020, value: '151300', unit: 'per year',
        unitFactor: '1', priceMethod: 'growth', growthRate: '0.02', priceFactor: '1.148685667', confidence: 'primary',
      },
    });
    const { onCancel } = open({ line: earlier });
    expect(screen.getByRole('radio', { name: 'Årlig vekst' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Årlig vekst' })).toHaveValue('2\u00a0%');
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});

/** A gain line as the gains screen would wire it: the pick applied to the model in state. */
function Harness({ initial, onModel }: { initial: Model; onModel: (m: Model) => void }) {
  const [model, setModel] = useState(initial);
  const gain = model.benefits.find(isCohortBenefit)!;
  return (
    <PickFromLibrary
      model={model}
      line={gain}
      onPick={(pick) => {
        const next = applyLibraryValue(model, gain.id, pick, 'nb');
        setModel(next);
        onModel(next);
      }}
    />
  );
}

describe('PickFromLibrary', () => {
  it('picking fills the line, adds the bearing sector, shows the source, and returns focus', async () => {
    const user = userEvent.setup();
    const onModel = vi.fn();
    render(<Harness initial={aModel({ startYear: 2027 })} onModel={onModel} />);
    const button = screen.getByRole('button', { name: 'Hent fra biblioteket: enhetsverdi for «Færre på ytelser»' });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: `Velg ${INSTITUTION}` }));
    await user.click(screen.getByRole('radio', { name: 'Prisindeks' }));
    await typeInto(user, 'Indeks i 2022', '100');
    await typeInto(user, 'Indeks i 2027', '112,3');
    await user.click(screen.getByRole('button', { name: 'Bruk denne verdien' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    const model: Model = onModel.mock.calls[0]?.[0];
    expect(model.sectors.map((s) => s.id)).toContain('stat-bufetat');
    expect(model.benefits[0]).toMatchObject({ unitValue: '6378785.99', sector: 'stat-bufetat', unitValueSource: { libraryId: 'bv-institusjon-dogn' } });
    expect(screen.getByText(/Kilde for enhetsverdien/).closest('p')?.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      'SSB, Barnevernsinstitusjoner (updated 28 Nov 2023) (2022): 15 562 kr per døgn × 365 × 1,123 (indeks 100 → 112,3) = 6 378 785,99 kr per år i 2027-kroner',
    );
  });
});

describe('accessibility of the picker (axe-core)', () => {
  it('the open panel with a chosen value and a price index has no violations', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: `Velg ${INSTITUTION}` }));
    await user.click(screen.getByRole('radio', { name: 'Prisindeks' }));
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`)).toEqual([]);
  });
});
