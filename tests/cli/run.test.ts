import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, TOO_LARGE, run } from '../../src/cli/run';
import { calculate } from '../../src/engine/calculate';
import { parseModelText } from '../../src/engine/parse';
import { serializeModel } from '../../src/engine/serialize';
import { aModel } from '../builders';
import { memoryIo } from './cli-io';

const golden = (name: string) => readFileSync(new URL(`../../../shared/golden/${name}.model.json`, import.meta.url), 'utf8');
const school = golden('school-coping-course');
const edge = golden('edge-cases');
const broken = serializeModel(aModel()).replace('"years": 5', '"years": 0').replace('"100000", "100000"', '"100000", "12,5x"');

describe('--json', () => {
  it.each(['school-coping-course', 'youth-meets-elderly', 'edge-cases'])('prints exactly the result of %s and nothing else', async (name) => {
    const text = golden(name);
    const io = memoryIo({ 'm.json': text });
    expect(await run(['--json', 'm.json'], io)).toBe(EXIT_OK);
    const outcome = parseModelText(text);
    if (!outcome.ok) throw new Error('golden model refused');
    expect(io.out()).toBe(`${JSON.stringify(calculate(outcome.model), null, 2)}\n`);
    expect(io.err()).toBe('');
  });
});

describe('the summary', () => {
  it('shows the totals, the silo gap and every sector in Norwegian by default', async () => {
    const io = memoryIo({ 'school.json': school });
    expect(await run(['school.json'], io)).toBe(EXIT_OK);
    const out = io.out();
    expect(out).toMatch(/Netto nåverdi for budsjettene +5\u00a0378\u00a0832\u00a0kr/);
    expect(out).toMatch(/Silogap .+ +1\u00a0798\u00a0791\u00a0kr/);
    for (const name of ['Grunnskole', 'Barnevern', 'NAV stat', 'Elever og familier']) expect(out).toContain(name);
    // The paying school never breaks even within the horizon.
    expect(out).toMatch(/Grunnskole .*\u22121\u00a0798\u00a0791\u00a0kr +ikke i løpet av perioden/);
    expect(io.err()).toBe('');
  });

  it('speaks English with --lang en, figures included', async () => {
    const io = memoryIo({ 'school.json': school });
    expect(await run(['--lang', 'en', 'school.json'], io)).toBe(EXIT_OK);
    expect(io.out()).toMatch(/Net present value for the budgets +NOK\s5,378,832\n/);
    expect(io.out()).not.toMatch(/Netto|\d\u00a0kr/);
  });

  it('lists the warnings in the chosen language', async () => {
    const nb = memoryIo({ 'e.json': edge });
    const en = memoryIo({ 'e.json': edge });
    await run(['e.json'], nb);
    await run(['--lang=en', 'e.json'], en);
    expect(nb.out()).toContain('Advarsler\n  - benefits[2].amounts: 2 verdier etter horisonten er utelatt\n');
    expect(en.out()).toContain('Warnings\n  - benefits[2].amounts: 2 entries beyond the horizon are ignored\n');
  });

  it('has no warnings section when there is nothing to warn about', async () => {
    const io = memoryIo({ 'school.json': school });
    await run(['school.json'], io);
    expect(io.out()).not.toContain('Advarsler');
  });
});

describe('bad input: exit status 2, one line per problem on stderr, nothing on stdout', () => {
  it.each([
    ['nb', ['years: 0 er utenfor tillatt område: må være mellom 1 og 100', 'costs[0].amounts[1]: "12,5x" er ikke et tall']],
    ['en', ['years: 0 is out of range: must be between 1 and 100', 'costs[0].amounts[1]: "12,5x" is not a number']],
  ])('a model with two problems (%s)', async (lang, lines) => {
    const io = memoryIo({ 'bad.json': broken });
    expect(await run(['--json', '--lang', lang, 'bad.json'], io)).toBe(EXIT_BAD_INPUT);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(lines.map((l) => `${l}\n`).join(''));
  });

  it.each([
    ['text that is not JSON', { 'f.json': 'not json' }, 'The file is not valid JSON\n'],
    ['a missing file', {}, 'f.json: cannot read the file (no such file)\n'],
    ['a folder', { 'f.json': Object.assign(new Error('dir'), { code: 'EISDIR' }) }, 'f.json: cannot read the file (it is a folder)\n'],
    ['a file refused by its size', { 'f.json': Object.assign(new Error('big'), { code: TOO_LARGE }) }, 'The file is too large: the limit is 10 MB\n'],
  ])('%s', async (_what, files, stderr) => {
    const io = memoryIo(files);
    expect(await run(['--lang', 'en', '--json', 'f.json'], io)).toBe(EXIT_BAD_INPUT);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(stderr);
  });
});

describe('usage', () => {
  it('prints help on stdout with --help', async () => {
    const io = memoryIo({});
    expect(await run(['--help', '--lang', 'en'], io)).toBe(EXIT_OK);
    expect(io.out()).toContain('Usage: npm run calc -- [--json] [--lang nb|en] FILE');
    expect(io.err()).toBe('');
  });

  it.each([
    [[], 'Mangler modellfil.'],
    [['a.json', 'b.json'], 'Bare én modellfil om gangen.'],
    [['--jsn', 'a.json'], 'Ukjent valg: --jsn'],
    [['--lang', 'de', 'a.json'], 'Ukjent språk: de (bruk nb eller en)'],
    [['--lang'], 'Ukjent språk:  (bruk nb eller en)'],
  ])('%j is refused with a hint', async (argv, first) => {
    const io = memoryIo({ 'a.json': school, 'b.json': school });
    expect(await run(argv, io)).toBe(EXIT_BAD_INPUT);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(`${first}\nSe npm run calc -- --help\n`);
  });
});
