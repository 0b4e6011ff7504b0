// After tsc: dist/cjs holds CommonJS files under a "type": "module" package, so a marker makes
// Node (and TypeScript) read them as CommonJS; the CLI entry gets its executable bit.
// npm runs it from the package root.
import { chmodSync, writeFileSync } from 'node:fs';
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
chmodSync('dist/esm/cli/main.js', 0o755);
