// The published shape: what `npm install quotewise` gives an ESM or a CommonJS caller.
// dist/ is built by `npm install` / `npm ci` (the `prepare` script).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as source from '../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);

describe('package.json', () => {
  test('exports list types first for both import and require', () => {
    for (const condition of ['import', 'require']) {
      expect(Object.keys(pkg.exports['.'][condition])[0]).toBe('types');
    }
    expect(pkg.exports['./package.json']).toBe('./package.json');
  });
  test('is side-effect free, ships only the build, runs on Node 20+', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.files).toEqual(['dist', 'schema']);
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.type).toBe('module');
  });
  test('compromise is not a run-time dependency (its data is pre-generated)', () => {
    expect(Object.keys(pkg.dependencies)).not.toContain('compromise');
  });
});

describe('built entry points', () => {
  test('CommonJS require() gives the same API as the source', () => {
    const cjs = require('../dist/cjs/index.js');
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(source).sort());
    const result = cjs.extract('“We will win this fight,” she said.');
    expect(result.quotes[0].text).toBe('We will win this fight,');
  });
  test('ESM import gives the same API as the source', async () => {
    const esm = (await import(new URL('../dist/esm/index.js', import.meta.url).href)) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(source).sort());
  });
});
