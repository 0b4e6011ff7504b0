import { describe, expect, test } from 'vitest';
import { cli } from './cli-helpers.js';

const ARTICLE = 'Ferry Fares\n\nThe council said the vote would wait until June. The operator denied the allegations.\n';
const records = (stdout: string): [string, string][] =>
  stdout.trim().split('\n').flatMap((l) => (JSON.parse(l) as { quotes: { text: string; contentKind: string }[] }).quotes.map((q) => [q.contentKind, q.text] as [string, string]));

describe('quotewise extract --scope', () => {
  test('statements by default; --scope wide adds the other kinds', async () => {
    const plain = await cli(['extract', '--format', 'jsonl', '-'], { stdin: ARTICLE });
    expect(records(plain.stdout)).toEqual([['statement', 'the vote would wait until June']]);
    const wide = await cli(['extract', '--format', 'jsonl', '--scope', 'wide', '-'], { stdin: ARTICLE });
    expect(records(wide.stdout)).toEqual([['statement', 'the vote would wait until June'], ['topic', 'the allegations']]);
  });

  test('an unknown scope is a usage error', async () => {
    const r = await cli(['extract', '--scope', 'speech', '-'], { stdin: ARTICLE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('statements');
  });
});
