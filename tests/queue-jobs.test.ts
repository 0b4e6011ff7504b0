// The queue's pure parts, without Redis: job ids, part file names, chunk processing, collect.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { chunkJobId, collectParts, jsonlPartSink, partFileName, processChunk } from '../src/queue/index.js';

describe('queue jobs', () => {
  test('a job id depends on the article ids only, and is a valid BullMQ id', () => {
    const a = chunkJobId([{ id: '12', text: 'x' }, { id: 'doc:5', text: 'y' }]);
    expect(a).toBe(chunkJobId([{ id: '12', text: 'changed' }, { id: 'doc:5', text: '' }]));
    expect(a).not.toBe(chunkJobId([{ id: 'doc:5', text: 'y' }, { id: '12', text: 'x' }]));
    expect(a).toMatch(/^qw-[0-9a-f]{32}$/);
  });

  test('part file names sort in seq order', () => {
    const names = [10, 2, 1_700_000_000_000, 0].map((seq) => partFileName({ seq, jobId: 'qw-x' }));
    expect([...names].sort()).toEqual([names[3], names[1], names[0], names[2]]);
  });

  test('processChunk: records in chunk order, the lines of `quotewise extract`; a throwing article gives an error record', async () => {
    const articles = [
      { id: 'a', text: '“We are ready,” said Ann Lee.' },
      { id: 'b', text: 'boom' },
    ];
    const r = await processChunk({ seq: 3, source: 's', articles }, 'qw-1', async (text) => {
      if (text === 'boom') throw new Error('no');
      return extract(text);
    });
    const ex = extract(articles[0]!.text);
    expect(r).toEqual({
      jobId: 'qw-1',
      seq: 3,
      source: 's',
      records: [
        { id: 'a', quotes: ex.quotes, speakers: ex.speakers, warnings: ex.warnings },
        { id: 'b', error: { code: 'extraction-failed', message: 'no' } },
      ],
    });
  });

  test('the part-file sink writes whole files (no temporary left), a repeat overwrites; collect orders by seq and drops repeated ids', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'quotewise-parts-')), 'out');
    const sink = jsonlPartSink(dir);
    const rec = (id: string) => ({ id, quotes: [], speakers: [], warnings: [] });
    await sink({ jobId: 'qw-b', seq: 1, source: 's', records: [rec('c'), rec('d')] });
    await sink({ jobId: 'qw-a', seq: 0, source: 's', records: [rec('a'), rec('b')] });
    await sink({ jobId: 'qw-a', seq: 0, source: 's', records: [rec('a'), rec('b')] }); // at-least-once: done twice
    await sink({ jobId: 'qw-f', seq: 1_700_000_000_000, source: 'feed', records: [rec('b')] }); // b again, later
    expect(readdirSync(dir).sort()).toEqual([partFileName({ seq: 0, jobId: 'qw-a' }), partFileName({ seq: 1, jobId: 'qw-b' }), partFileName({ seq: 1_700_000_000_000, jobId: 'qw-f' })]);
    expect(readFileSync(join(dir, partFileName({ seq: 0, jobId: 'qw-a' })), 'utf8')).toBe(JSON.stringify(rec('a')) + '\n' + JSON.stringify(rec('b')) + '\n');
    const lines: string[] = [];
    for await (const l of collectParts(dir)) lines.push(l);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
