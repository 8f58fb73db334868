/**
 * Spec audit, §3 and the command line exactly as the contract names it:
 * `npm run calc -- --json FILE`. The result is compared field by field, so standard
 * output must be the JSON and nothing else; a refused model leaves it empty.
 *
 * npm prints its banner ("> gevinstkart@0.1.0 calc") on standard output before a script
 * runs unless its log level is silent: the project's .npmrc sets it, and these tests
 * would fail without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const golden = fileURLToPath(new URL('../../../shared/golden/edge-cases.model.json', import.meta.url));
const expected = JSON.parse(readFileSync(golden.replace('.model.json', '.result.json'), 'utf8')) as unknown;

const dir = mkdtempSync(join(tmpdir(), 'spec-audit-'));
const broken = join(dir, 'broken.model.json');
writeFileSync(broken, JSON.stringify({
  format: 'gevinstkart-model', version: 1, startYear: 2030, years: 0,
  sectors: [{ id: 'a', name: 'A', level: 'municipal' }],
  costs: [{ id: 'c', sector: 'a', kind: 'internal', amounts: ['1', '12,5x'] }],
}));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npmCalc(args: string[], cwd = root) {
  // npm_config_loglevel from a parent `npm test` would hide the banner: run as a user would.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_loglevel$/i.test(k)));
  return spawnSync('npm', ['run', 'calc', '--', ...args], { cwd, env, encoding: 'utf8', timeout: 90_000 });
}

// Spawned once each and shared: npm and tsx take seconds to start on this machine.
let good: ReturnType<typeof npmCalc> | undefined;
let bad: ReturnType<typeof npmCalc> | undefined;
const goodRun = () => (good ??= npmCalc(['--json', golden]));
const badRun = () => (bad ??= npmCalc(['--json', '--lang', 'en', broken]));

describe('spec audit: npm run calc -- --json FILE', () => {
  it('the program itself prints the golden result (after whatever npm prints first)', () => {
    const run = goodRun();
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.slice(run.stdout.indexOf('{')))).toEqual(expected);
  }, 90_000);

  it('standard output is the JSON result and nothing else (npm banner)', () => {
    const run = goodRun();
    expect(JSON.parse(run.stdout)).toEqual(expected);
  }, 90_000);

  it('a refused model: exit status 2 and one line per problem on stderr, each naming its place', () => {
    const run = badRun();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('years: 0 is out of range: must be between 1 and 100\ncosts[0].amounts[1]: "12,5x" is not a number\n');
    expect(run.stdout).not.toContain('{');
  }, 90_000);

  it('a refused model: nothing on standard output (npm banner)', () => {
    expect(badRun().stdout).toBe('');
  }, 90_000);

  it('a relative FILE is read from where the command was typed, not from the project root', () => {
    // npm runs scripts in the project root and passes the caller's directory as INIT_CWD;
    // proposed fix in src/cli/main.ts: resolve(process.env.INIT_CWD ?? process.cwd(), path).
    const run = npmCalc(['--json', '../../shared/golden/edge-cases.model.json'], join(root, 'src'));
    expect(run.status).toBe(0);
  }, 90_000);
});
