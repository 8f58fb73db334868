import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../../src/engine/parse';
import { fileNameFor } from '../../../src/io/download';
import { modelFingerprint, textFingerprint } from '../../../src/ui/fingerprint';

const school = (() => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
})();

describe('model fingerprint', () => {
  it.each([
    // FIPS 180-2 test vectors: SHA-256("abc") and SHA-256("").
    ['abc', 'ba7816bf'],
    ['', 'e3b0c442'],
  ])('is the first 8 hex digits of SHA-256 (%j → %s)', async (text, expected) => {
    expect(await textFingerprint(text)).toBe(expected);
  });

  it('changes when any figure of the model changes, and not otherwise', async () => {
    const same = await modelFingerprint({ ...school });
    expect(same).toBe(await modelFingerprint(school));
    const changed = { ...school, costs: [{ ...school.costs[0]!, amounts: ['400001', ...school.costs[0]!.amounts.slice(1)] }, ...school.costs.slice(1)] };
    expect(await modelFingerprint(changed)).not.toBe(same);
  });
});

describe('download file names', () => {
  it.each([
    ['Mestringskurs i ungdomsskolen', 'xlsx', 'mestringskurs-i-ungdomsskolen.xlsx'],
    ['Unge uten jobb møter ensomme eldre', 'csv', 'unge-uten-jobb-møter-ensomme-eldre.csv'],
    ['  ../../etc/passwd  ', 'json', 'etc-passwd.json'],
    ['', 'xlsx', 'gevinstkart.xlsx'],
    ['***', 'csv', 'gevinstkart.csv'],
  ])('%j → %s', (title, ext, expected) => {
    expect(fileNameFor(title, ext)).toBe(expected);
  });
});
