// `quotewise/queue` is a Node-only subpath export whose dependencies (bullmq, ioredis) are
// optional peers: a library user who never imports it installs nothing more.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import * as source from '../src/queue/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);

describe('quotewise/queue in the package', () => {
  test('bullmq and ioredis are optional peer dependencies, never dependencies', () => {
    for (const name of ['bullmq', 'ioredis']) {
      expect(Object.keys(pkg.dependencies)).not.toContain(name);
      expect(pkg.peerDependencies[name]).toBeTruthy();
      expect(pkg.peerDependenciesMeta[name]).toEqual({ optional: true });
    }
  });
  test('the subpath export lists types first for import and require', () => {
    for (const condition of ['import', 'require']) expect(Object.keys(pkg.exports['./queue'][condition])[0]).toBe('types');
  });
  test('the main entry point does not load the queue (nor bullmq)', () => {
    const main = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
    expect(main).not.toMatch(/queue|bullmq|ioredis/);
  });
  test('the built ESM and CommonJS entry points give the same API as the source', async () => {
    const esm = (await import(new URL('../dist/esm/queue/index.js', import.meta.url).href)) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(source).sort());
    expect(Object.keys(require('../dist/cjs/queue/index.js')).sort()).toEqual(Object.keys(source).sort());
  });
});
