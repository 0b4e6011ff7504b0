#!/usr/bin/env node
// Placeholder until the CLI issue: `quotewise extract FILE --format jsonl`.
import { readFileSync } from 'node:fs';
import { extract } from '../index.js';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'extract') {
  console.error('usage: quotewise extract [--format jsonl|table] FILE...');
  process.exit(2);
}
const files = rest.filter((a) => !a.startsWith('--') && a !== 'jsonl' && a !== 'table');
const jsonl = rest.includes('jsonl') || !process.stdout.isTTY;
for (const file of files.length ? files : ['-']) {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  const result = extract(text);
  if (jsonl) console.log(JSON.stringify({ id: file, ...result }));
  else for (const q of result.quotes) console.log(`${q.id}\t${q.speaker?.name ?? '?'}\t${q.text}`);
}
