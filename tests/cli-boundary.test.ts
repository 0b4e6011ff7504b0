// The library stays light for browser users: nothing that src/index.ts imports, directly or
// through its own modules, reaches the CLI's packages (DOM, readability, argument parsing,
// CSV) or Node built-ins.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function packagesReachedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  return packages;
}

test('the library entry imports no CLI-only package and no Node built-in', () => {
  const packages = packagesReachedFrom(fileURLToPath(new URL('../src/index.ts', import.meta.url)));
  expect(packages.has('wink-nlp')).toBe(true); // the walk does reach the NLP layer
  for (const cliOnly of ['linkedom', '@mozilla/readability', 'commander', 'csv-parse', 'csv-stringify']) {
    expect(packages.has(cliOnly)).toBe(false);
  }
  expect([...packages].filter((p) => p.startsWith('node:'))).toEqual([]);
});

test('the CLI does reach them (the walk sees through dynamic imports)', () => {
  const packages = packagesReachedFrom(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
  for (const p of ['linkedom', '@mozilla/readability', 'commander', 'csv-parse', 'csv-stringify']) expect(packages.has(p)).toBe(true);
});
