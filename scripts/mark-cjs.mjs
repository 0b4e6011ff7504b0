// dist/cjs holds CommonJS files under a "type": "module" package: this marker makes Node
// (and TypeScript) read them as CommonJS. npm runs it from the package root.
import { writeFileSync } from 'node:fs';
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
