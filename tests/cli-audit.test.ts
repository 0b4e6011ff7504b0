// `quotewise audit`, in-process: one claim, claims files (JSONL, CSV), formats, errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { audit } from '../src/index.js';
import { cli, FERRY, PAGE, ROOT, tempFiles } from './cli-helpers.js';

const CLAIMS_JSONL = 'fixtures/claims/ferry-terminal.claims.jsonl';
const CLAIMS_CSV = 'fixtures/claims/ferry-terminal.claims.csv';
const ferryText = readFileSync(join(ROOT, FERRY), 'utf8');
const jsonLines = (s: string): Record<string, unknown>[] => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

// The verdicts of the claims fixture, checked by hand against the article.
const EXPECTED = [
  ['c1', 'verbatim'],
  ['c2', 'altered'],
  ['c3', 'misattributed'],
  ['c4', 'near-verbatim'],
  ['c5', 'not-found'],
];

describe('audit command', () => {
  test('one claim: a JSONL line with the source, the verdict and the evidence, equal to the library result', async () => {
    const r = await cli(['audit', '--source', FERRY, '--quote', 'the town deserves it', '--speaker', 'Doe', '--id', 'k1']);
    expect(r.code).toBe(0);
    const [line] = jsonLines(r.stdout);
    expect(line).toEqual({ source: FERRY, ...audit(ferryText, { id: 'k1', quote: 'the town deserves it', speaker: 'Doe' }) });
    expect(line).toMatchObject({ id: 'k1', verdict: 'verbatim', claimedSpeaker: 'Doe', match: { text: 'the town deserves it' } });
  });

  test.each([CLAIMS_JSONL, CLAIMS_CSV])('claims file %s: one result per claim, in order', async (claims) => {
    const r = await cli(['audit', '--source', FERRY, '--claims', claims]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => [l.id, l.verdict])).toEqual(EXPECTED);
  });

  test('the JSONL and CSV claims give the same results', async () => {
    const a = await cli(['audit', '--source', FERRY, '--claims', CLAIMS_JSONL]);
    const b = await cli(['audit', '--source', FERRY, '--claims', CLAIMS_CSV]);
    expect(b.stdout).toBe(a.stdout);
  });

  test('a saved web page as the source', async () => {
    const r = await cli(['audit', '--source', PAGE, '--quote', 'Nobody asked us where our customers park', '--speaker', 'Becker']);
    const [line] = jsonLines(r.stdout) as { verdict: string; match: { text: string } }[];
    expect(line!.verdict).toBe('altered');
    expect(line!.match.text).toBe('Nobody asked us where our customers are supposed to park');
  });

  test('table: claim, verdict, similarity, speaker, evidence with the diff, within 80 columns', async () => {
    const r = await cli(['audit', '--source', FERRY, '--claims', CLAIMS_JSONL], { tty: true });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(FERRY);
    expect(lines[1]).toMatch(/^claim\s+verdict\s+sim speaker\s+evidence$/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    const narrow = await cli(['audit', '--source', FERRY, '--claims', CLAIMS_JSONL, '-f', 'table']);
    for (const line of narrow.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(narrow.stdout).toMatch(/^c2\s+altered\s+0\.85 Jane Doe/m);
    expect(narrow.stdout.replace(/\s+/g, ' ')).toContain('diff: We have waited [-ten-] {+twenty+} years');
    expect(narrow.stdout).toMatch(/^c3\s+misattributed\s+1\.00 Mark Ellis/m);
  });

  test('csv: a header and one row per claim', async () => {
    const r = await cli(['audit', '--source', FERRY, '--claims', CLAIMS_JSONL, '-f', 'csv']);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['source', 'id', 'verdict', 'similarity', 'claim', 'claimed_speaker', 'speaker', 'match', 'match_start', 'match_end', 'quote_ids', 'changes', 'reason']);
    expect(rows.map((row) => [row.id, row.verdict])).toEqual(EXPECTED);
    expect(rows[2]).toMatchObject({ claimed_speaker: 'Jane Doe', speaker: 'Mark Ellis' });
    expect(rows[4]).toMatchObject({ match: '', match_start: '', speaker: '' });
  });

  test('json: an array of the JSONL records', async () => {
    const json = await cli(['audit', '--source', FERRY, '--claims', CLAIMS_CSV, '-f', 'json']);
    const jsonl = await cli(['audit', '--source', FERRY, '--claims', CLAIMS_CSV]);
    expect(JSON.parse(json.stdout)).toEqual(jsonLines(jsonl.stdout));
  });

  test('a JSONL source with several articles: every claim against each', async () => {
    const dir = tempFiles({ 'two.jsonl': [JSON.stringify({ id: 'A', text: ferryText }), JSON.stringify({ id: 'B', text: '“Ten years is long,” said Jane Doe.' })].join('\n') });
    const r = await cli(['audit', '--source', join(dir, 'two.jsonl'), '--quote', 'the town deserves it']);
    expect(jsonLines(r.stdout).map((l) => [l.source, l.verdict])).toEqual([
      ['A', 'verbatim'],
      ['B', 'not-found'],
    ]);
  });

  test('bad claims are reported as file:line: reason, the others audited, exit 1', async () => {
    const dir = tempFiles({
      'claims.jsonl': ['{"id": "a", "quote": "the town deserves it"}', '{"id": "b"', '{"id": "c", "quote": ""}', '{"quote": "Nobody has told us"}'].join('\n'),
    });
    const file = join(dir, 'claims.jsonl');
    const r = await cli(['audit', '--source', FERRY, '--claims', file]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual(['a', `${file}:4`]);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON`));
    expect(errors[1]).toBe(`${file}:3: a claim needs a non-empty "quote"`);
  });

  test('a CSV claims file with a bad row', async () => {
    const dir = tempFiles({ 'claims.csv': 'id,quote,speaker\nx,the town deserves it,Doe\ny,"unclosed,Doe\n' });
    const r = await cli(['audit', '--source', FERRY, '--claims', join(dir, 'claims.csv')]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual(['x']);
    expect(r.stderr).toMatch(new RegExp(`^${join(dir, 'claims.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
  });

  test('a missing source: reported, exit 1', async () => {
    const r = await cli(['audit', '--source', 'nowhere.html', '--quote', 'x']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'nowhere.html: cannot read (ENOENT: no such file or directory)\n' });
  });

  test.each([
    [['audit', '--quote', 'x'], /required option '--source <file>'/],
    [['audit', '--source', FERRY], /either --quote TEXT or --claims FILE/],
    [['audit', '--source', FERRY, '--quote', 'x', '--claims', CLAIMS_CSV], /either --quote TEXT or --claims FILE/],
    [['audit', '--source', FERRY, '--claims', CLAIMS_CSV, '--speaker', 'Doe'], /go with --quote/],
    [['audit', '--source', FERRY, '--quote', 'x', '-f', 'html'], /argument 'html' is invalid/],
  ])('usage error %j: exit 2 with help', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage: quotewise audit');
  });
});
