import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const golden = (file: string) => fileURLToPath(new URL(`../../../shared/golden/${file}`, import.meta.url));

describe('the real command line', () => {
  // One slow test on purpose: it proves the wiring (tsx, Node I/O, exit status); run.test.ts covers the rest.
  it('npx tsx src/cli/main.ts --json reproduces a golden result', () => {
    const child = spawnSync('npx', ['tsx', 'src/cli/main.ts', '--json', golden('school-coping-course.model.json')], {
      cwd: root, encoding: 'utf8', timeout: 60_000,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const expected = JSON.parse(readFileSync(golden('school-coping-course.result.json'), 'utf8')) as { totals: unknown };
    expect((JSON.parse(child.stdout) as { totals: unknown }).totals).toEqual(expected.totals);
  }, 60_000);
});
