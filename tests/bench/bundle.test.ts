import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundle, staticImports } from '../../bench/bundle.bench';

describe('staticImports: what a chunk loads before it can run', () => {
  it.each([
    ['import{a as b,c}from"./x-1.js";', ['./x-1.js']],
    ['import"./side.js";import*as r from"../y.js"', ['./side.js', '../y.js']],
    ['export{a}from"./z.js";', ['./z.js']],
    ['const m=()=>import("./lazy.js");', []],
    ['__vitePreload(()=>import(`./lazy.js`),[])', []],
    ['import{x}from"react";', []],
  ])('%s → %j', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('measureBundle counts the entry, its preloads and their static imports, never lazy chunks', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds up exactly the files needed before first paint', () => {
    dir = mkdtempSync(join(tmpdir(), 'gk-bundle-'));
    mkdirSync(join(dir, 'assets'));
    const files: Record<string, string> = {
      'assets/index.js': 'import{a}from"./shared.js";const l=()=>import("./lazy.js");console.log(a,l);',
      'assets/shared.js': 'import"./deep.js";export const a=1;',
      'assets/deep.js': 'console.log("deep");',
      'assets/pre.js': 'export const p=2;',
      'assets/lazy.js': 'x'.repeat(10_000),
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><script type="module" crossorigin src="./assets/index.js"></script><link rel="modulepreload" crossorigin href="./assets/pre.js"><link rel="stylesheet" href="./assets/index.css"></head></html>',
    );
    writeFileSync(join(dir, 'assets/index.css'), 'body{}');
    const report = measureBundle(dir);
    expect(report.files.map((f) => f.file).sort()).toEqual(['assets/deep.js', 'assets/index.js', 'assets/pre.js', 'assets/shared.js']);
    expect(report.jsGzip).toBe(report.files.reduce((s, f) => s + f.gzip, 0));
    expect(report.css.map((f) => f.file)).toEqual(['assets/index.css']);
    expect(report.ok).toBe(true);
  });
});
