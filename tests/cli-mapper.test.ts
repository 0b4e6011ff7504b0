// `quotewise extract --mapper`: the line contract Spark RDD.pipe, Hadoop Streaming and GNU
// parallel rely on (one line out per line in, in order, bad lines as error lines, exit 0).
import { describe, expect, test } from 'vitest';
import { readMapperLine } from '../src/cli/mapper.js';
import { cli } from './cli-helpers.js';

const good = (id: string, who: string): string => JSON.stringify({ id, text: `“The bridge will open in May,” said ${who}.` });
const parse = (stdout: string): Record<string, unknown>[] => stdout.split('\n').slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('extract --mapper', () => {
  test('one output line per input line, in order; bad lines become error lines; exit 0', async () => {
    const input = [good('a', 'Ann Lee'), 'not json', '', '{"id": 7, "text": 5}', '[1,2]', good('b', 'Bo Chan'), '{"text": "Ann Lee said she was tired."}'].join('\n') + '\n';
    const r = await cli(['extract', '--mapper'], { stdin: input });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = parse(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', null, null, '7', null, 'b', null]);
    expect(out.map((o) => (o.error as { code?: string } | undefined)?.code ?? 'ok')).toEqual([
      'ok', 'invalid-json', 'blank-line', 'invalid-record', 'invalid-record', 'ok', 'ok',
    ]);
    expect((out[0]!.quotes as { text: string }[])[0]!.text).toBe('The bridge will open in May,');
    expect(out[6]!.quotes).toHaveLength(1);
    // Every line is a whole write: nothing else reaches stdout.
    for (const w of r.writes) expect(w.endsWith('\n') && w.indexOf('\n') === w.length - 1).toBe(true);
  });

  test('empty input: no output, exit 0', async () => {
    const r = await cli(['extract', '--mapper'], { stdin: '' });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  test('CRLF line ends and the trailing tab of Hadoop Streaming give the same output as plain lines', async () => {
    const plain = [good('a', 'Ann Lee'), good('b', 'Bo Chan')];
    const want = await cli(['extract', '--mapper'], { stdin: plain.join('\n') + '\n' });
    const crlf = await cli(['extract', '--mapper'], { stdin: plain.join('\r\n') + '\r\n' });
    const tab = await cli(['extract', '--mapper'], { stdin: plain.map((l) => `${l}\t`).join('\n') + '\n' });
    const noFinalNewline = await cli(['extract', '--mapper'], { stdin: plain.join('\n') });
    expect(parse(want.stdout).map((o) => o.id)).toEqual(['a', 'b']);
    expect(crlf.stdout).toBe(want.stdout);
    expect(tab.stdout).toBe(want.stdout);
    expect(noFinalNewline.stdout).toBe(want.stdout);
  });

  test('--max-record-bytes: a longer line gives a too-large error line with its id', async () => {
    const big = JSON.stringify({ id: 'big', text: 'word '.repeat(100) });
    const r = await cli(['extract', '--mapper', '--max-record-bytes', '200'], { stdin: `${good('a', 'Ann Lee')}\n${big}\n` });
    expect(r.code).toBe(0);
    const out = parse(r.stdout);
    expect(out[1]).toEqual({ id: 'big', error: { code: 'too-large', message: 'record is larger than 200 bytes' } });
    expect(out[0]!.id).toBe('a');
  });

  test('the filters apply as without --mapper', async () => {
    const input = JSON.stringify({ id: 'x', text: '“We are ready,” said Ann Lee. Bo Chan said the plan was late.' }) + '\n';
    const r = await cli(['extract', '--mapper', '--types', 'indirect'], { stdin: input });
    const plain = await cli(['extract', '--input', 'jsonl', '--types', 'indirect', '-'], { stdin: input });
    expect(r.stdout).toBe(plain.stdout);
  });

  test('usage errors: --mapper with another format, the limits without --mapper', async () => {
    expect((await cli(['extract', '--mapper', '--format', 'csv'], { stdin: '' })).code).toBe(2);
    expect((await cli(['extract', '--record-timeout', '5'], { stdin: '' })).code).toBe(2);
  });

  test('readMapperLine: a BOM is dropped, a number id becomes a string', () => {
    expect(readMapperLine('\uFEFF{"id": 3, "text": "x"}', null)).toEqual({ id: '3', text: 'x' });
    expect(readMapperLine('{"id": "q", "text": "x"}\t\r', null)).toEqual({ id: 'q', text: 'x' });
  });
});
