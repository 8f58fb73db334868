// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { UnitValueSourceNote, sourceNote } from '../../src/ui/unit-value-source-note';
import { useLangStore } from '../../src/i18n/lang-store';
import type { UnitValueSource } from '../../src/engine/model';

afterEach(cleanup);

const base: UnitValueSource = {
  label: 'Barnevernsinstitusjon', source: 'SSB', priceYear: 2022, value: '15562', unit: 'per day',
  unitFactor: '365', priceMethod: 'index', priceFactor: '1.123', indexFrom: '100', indexTo: '112.3',
};
/** Number groups use U+00A0 and percent signs U+00A0/U+202F; compare with plain spaces. */
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('sourceNote', () => {
  it.each([
    ['index', base, 'nb', 'SSB (2022): 15 562 kr per døgn × 365 × 1,123 (indeks 100 → 112,3) = 6 378 785,99 kr per år i 2027-kroner'],
    ['index', base, 'en', 'SSB (2022): NOK 15,562 per day × 365 × 1.123 (index 100 → 112.3) = NOK 6,378,785.99 per year in 2027 kroner'],
    ['growth', { ...base, unit: 'per month', value: '170000', unitFactor: '12', priceMethod: 'growth', growthRate: '0.03', priceFactor: '1.159274074300', indexFrom: undefined, indexTo: undefined }, 'nb',
      'SSB (2022): 170 000 kr per måned × 12 × 1,159274 (3 % årlig vekst over 5 år) = 2 364 919,11 kr per år i 2027-kroner'],
    ['none, per year', { ...base, unit: 'per year', value: '257700', unitFactor: '1', priceMethod: 'none', priceFactor: '1' }, 'nb',
      'SSB (2022): 257 700 kr per år (ikke prisjustert fra 2022 til 2027) = 257 700 kr per år i 2027-kroner'],
  ] as const)('%s (%s)', (_m, source, lang, text) => {
    expect(plain(sourceNote({ source, unitValue: '0', priceBaseYear: 2027 }, lang).text)).toBe(text);
  });

  it('marks an unconverted value and a value edited by hand since the pick', () => {
    const none = { ...base, priceMethod: 'none', priceFactor: '1' } as const;
    const note = sourceNote({ source: none, unitValue: '6000000', priceBaseYear: 2027 }, 'nb');
    expect(note.unconverted).toBe('ikke prisjustert fra 2022 til 2027');
    expect(plain(note.edited)).toBe('Enhetsverdien er siden endret for hånd til 6 000 000 kr.');
    const same = sourceNote({ source: base, unitValue: '6378785.990', priceBaseYear: 2027 }, 'nb');
    expect(same).toMatchObject({ unconverted: null, edited: null });
    expect(sourceNote({ source: none, unitValue: '5680130', priceBaseYear: 2022 }, 'nb').unconverted).toBeNull();
  });

  it('renders the note with a label for screen readers', () => {
    useLangStore.getState().setLang('nb');
    render(<UnitValueSourceNote source={base} unitValue="1" priceBaseYear={2027} />);
    const p = screen.getByText(/Kilde for enhetsverdien/).closest('p');
    expect(plain(p?.textContent ?? '')).toContain('= 6 378 785,99 kr per år i 2027-kroner');
    expect(p?.querySelector('em')).toHaveTextContent(/endret for hånd/);
  });
});
