// The package's name and version, read from package.json at run time.
import { readFileSync } from 'node:fs';

let cached: string | null = null;

/** quotewise's version ("0.1.0"); "0.0.0" if package.json cannot be found. */
export function version(): string {
  if (cached !== null) return cached;
  // src/cli/ in development, dist/esm/cli/ in the package.
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'quotewise' && pkg.version) return (cached = pkg.version);
    } catch {
      // try the next location
    }
  }
  return (cached = '0.0.0');
}
