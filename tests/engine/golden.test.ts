import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/engine/calculate';
import { parseModel } from '../../src/engine/parse';

// The golden cases are the contract: read them where they live, never copy them.
const GOLDEN = join(__dirname, '../../../shared/golden');
const cases = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.model.json'))
  .map((f) => ({
    name: f.replace('.model.json', ''),
    model: JSON.parse(readFileSync(join(GOLDEN, f), 'utf8')) as unknown,
    expected: JSON.parse(readFileSync(join(GOLDEN, f.replace('.model.json', '.result.json')), 'utf8')) as unknown,
  }));

describe('golden cases', () => {
  it('finds the golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('$name reproduces every figure to the cent', ({ model, expected }) => {
    const parsed = parseModel(model);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    // Through JSON, as the command line prints it: key order does not matter, values do.
    const actual = JSON.parse(JSON.stringify(calculate(parsed.model))) as unknown;
    expect(actual).toEqual(expected);
  });
});
