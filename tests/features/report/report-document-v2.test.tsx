// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { calculate } from '../../../src/engine/calculate';
import type { Model } from '../../../src/engine/model';
import { ReportDocument } from '../../../src/features/report/report-document';
import type { Lang } from '../../../src/i18n/catalog';
import { formatNumber } from '../../../src/i18n/format';
import { useLangStore } from '../../../src/i18n/lang-store';
import { parsed, rawSchool, schoolV2 } from './school-v2';

afterEach(cleanup);

/** Text with every kind of space (U+00A0 in "20 000", U+202F) read as one plain space. */
const plain = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function show(model: Model, lang: Lang) {
  useLangStore.getState().setLang(lang);
  render(<ReportDocument model={model} result={calculate(model)} fingerprint="abcd1234" date={new Date(2027, 0, 15)} />);
}

function rowOf(tableName: string | RegExp, rowHeader: string): string[] {
  const table = screen.getByRole('table', { name: tableName });
  const row = within(table).getAllByRole('row').find((r) => plain(r.firstElementChild).startsWith(rowHeader));
  if (!row) throw new Error(`no row ${rowHeader}`);
  return [...row.children].slice(1).map(plain);
}

const TEXT = {
  nb: {
    proposer: ['Foreslått av', 'Kommune'],
    priceBase: 'Prisnivå: alle kronebeløp er i faste 2028-kroner.',
    priceBaseDefault: 'Prisnivå: alle kronebeløp er i faste 2027-kroner, prisene i første budsjettår.',
    uvTable: 'Enhetsverdier med kilde, omregnet til 2028-kroner per år',
    cw: ['Tiltak i hjemmet SSB, KOSTRA barnevern (primærkilde)', '2025', '20 000 kr per måned', '× 12', '3 % årlig vekst over 3 år: × 1,092727', '262 254,48 kr'],
    bup: ['prisindeks 100 → 110: × 1,1', '55 000 kr'],
    aap: 'ikke prisjustert fra 2023 til 2028 (× 1)',
    edited: '12 000 kr endret for hånd; omregningen gir 10 000 kr',
    cited: 'SSB, KOSTRA barnevern (2025). Brukt for: «Færre barnevernstiltak».',
    citedTwo: 'Helsedirektoratet, DRG (2024). Brukt for: «Frigjort tid hos helsesykepleier», «Færre henvisninger til BUP».',
    flag: '«Færre unge på arbeidsavklaringspenger»: enhetsverdien er i 2023-kroner og ikke regnet om til modellens prisnivå (2028).',
    scenarios: ['Scenarioer', 'Nøkkeltall per scenario, nåverdi i hele kroner', 'Hovedberegningen', 'Høyere rente'],
    method: 'Forutsetninger og metode',
    sources: 'Kilder',
  },
  en: {
    proposer: ['Proposed by', 'Municipality'],
    priceBase: 'Price base: all amounts are in constant 2028 kroner.',
    priceBaseDefault: 'Price base: all amounts are in constant 2027 kroner, the prices of the first budget year.',
    uvTable: 'Unit values with their source, converted to 2028 kroner per year',
    cw: ['Tiltak i hjemmet SSB, KOSTRA barnevern (primary source)', '2025', 'NOK 20,000 per month', '× 12', '3% annual growth over 3 years: × 1.092727', 'NOK 262,254.48'],
    bup: ['price index 100 → 110: × 1.1', 'NOK 55,000'],
    aap: 'not price-adjusted from 2023 to 2028 (× 1)',
    edited: 'NOK 12,000 changed by hand; the conversion gives NOK 10,000',
    cited: 'SSB, KOSTRA barnevern (2025). Used for: “Færre barnevernstiltak”.',
    citedTwo: 'Helsedirektoratet, DRG (2024). Used for: “Frigjort tid hos helsesykepleier”, “Færre henvisninger til BUP”.',
    flag: '“Færre unge på arbeidsavklaringspenger”: the unit value is in 2023 kroner and not converted to the model’s price level (2028).',
    scenarios: ['Scenarios', 'Key figures per scenario, present value in whole kroner', 'Base case', 'Høyere rente'],
    method: 'Assumptions and method',
    sources: 'Sources',
  },
} as const;

describe.each(['nb', 'en'] as const)('ReportDocument with the version-2 fields (%s)', (lang) => {
  const x = TEXT[lang];
  const model = schoolV2();

  it('names proposer and municipality in the title block', () => {
    show(model, lang);
    const meta = document.querySelector('.report-meta')!;
    const pairs = [...meta.children].map((d) => [plain(d.querySelector('dt')), plain(d.querySelector('dd'))]);
    expect(pairs).toContainEqual([x.proposer[0], 'Mestring for alle AS']);
    expect(pairs).toContainEqual([x.proposer[1], 'Bodø kommune']);
  });

  it('states the price base and documents every unit value’s conversion', () => {
    show(model, lang);
    const method = screen.getByRole('region', { name: x.method });
    expect(within(method).getByText(x.priceBase)).toBeInTheDocument();
    expect(rowOf(x.uvTable, 'Færre barnevernstiltak')).toEqual(x.cw);
    expect(rowOf(x.uvTable, 'Færre henvisninger til BUP').slice(4)).toEqual(x.bup);
    expect(rowOf(x.uvTable, 'Færre unge på arbeidsavklaringspenger')[4]).toBe(x.aap);
    expect(rowOf(x.uvTable, 'Bedre mestring og trivsel')[5]).toBe(x.edited);
    // One row per documented line, plus the header.
    expect(within(screen.getByRole('table', { name: x.uvTable })).getAllByRole('row')).toHaveLength(6);
  });

  it('lists the model’s own sources and each distinct unit-value source with its price year', () => {
    show(model, lang);
    const sources = screen.getByRole('region', { name: x.sources });
    const items = within(sources).getAllByRole('listitem').map(plain);
    expect(items).toEqual([
      'Utdanningsdirektoratet, Elevundersøkelsen 2024', 'Egen pilot i to skoler 2025',
      x.cited, x.citedTwo, expect.stringContaining('NAV, AAP-statistikk (2023).'), expect.stringContaining('Egen vurdering (2028).'),
    ]);
  });

  it('names the unconverted price as a credibility warning, first', () => {
    show(model, lang);
    const flags = document.querySelectorAll('.report-flags li');
    expect(plain(flags[0]!)).toContain(x.flag);
    expect([...flags].filter((f) => f.getAttribute('data-flag') === 'unconvertedPrice')).toHaveLength(1);
  });

  it('shows each scenario’s headline figures from the engine', () => {
    show(model, lang);
    expect(screen.getByRole('heading', { name: x.scenarios[0] })).toBeInTheDocument();
    const kroner = (v: string) => formatNumber(v, lang, 0).replace(/\s+/g, ' ');
    const rate = calculate({ ...model, discountRate: '0.06' }).totals;
    expect(rowOf(x.scenarios[1], x.scenarios[3])).toEqual([kroner(rate.npvFiscal), kroner(rate.npv), expect.any(String), kroner(rate.siloGap)]);
    const base = calculate(model).totals;
    expect(rowOf(x.scenarios[1], x.scenarios[2])[0]).toBe(kroner(base.npvFiscal));
    expect(kroner(rate.npvFiscal)).not.toBe(kroner(base.npvFiscal));
  });

  it('a version-1 model shows the start year as price base and leaves the new parts out', () => {
    show(parsed(rawSchool()), lang);
    expect(screen.getByText(x.priceBaseDefault)).toBeInTheDocument();
    expect(screen.queryByText(x.proposer[0])).toBeNull();
    expect(screen.queryByRole('table', { name: x.uvTable })).toBeNull();
    expect(screen.queryByRole('heading', { name: x.scenarios[0] })).toBeNull();
    expect(document.querySelector('[data-flag="unconvertedPrice"]')).toBeNull();
  });
});
