// The web page's pure half: filters, grouping by speaker and the export formats, on the seed
// article and on records carrying fields the page does not know yet.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { extract, type Extraction } from '../src/index.js';
import { toCsv } from '../playground/src/csv.js';
import { ALL_SPEAKERS, groupsOf, NO_SPEAKER, shownExtraction, shownQuotes, speakerKey, toJsonl, type Filters } from '../playground/src/view-model.js';

const SEED = readFileSync(new URL('../fixtures/000_4deb51c0f7f3ecc6.txt', import.meta.url), 'utf8');
const ex = extract(SEED);
const all: Filters = { types: new Set(['direct', 'indirect', 'mixed', 'other']), speaker: ALL_SPEAKERS, minConfidence: 0 };

describe('playground view model', () => {
  test('all quotes shown by default, grouped under the one roster speaker', () => {
    const shown = shownQuotes(ex, all);
    // 13 statements in the default scope (the seed's indirect question is reported with scope: 'wide').
    expect(shown).toHaveLength(13);
    const groups = groupsOf(ex, shown);
    expect(groups.map((g) => [g.entry?.speaker.name, g.quotes.length, g.total])).toEqual([['John Bolton', 13, 13]]);
  });

  test('filters by type, speaker and minimum confidence', () => {
    const direct = shownQuotes(ex, { ...all, types: new Set(['direct']) });
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.every((q) => q.type === 'direct')).toBe(true);
    expect(shownQuotes(ex, { ...all, speaker: NO_SPEAKER })).toHaveLength(0);
    expect(shownQuotes(ex, { ...all, speaker: speakerKey(ex.speakers[0]!, 0) })).toHaveLength(13);
    const sure = shownQuotes(ex, { ...all, minConfidence: 0.85 });
    expect(sure.every((q) => q.confidence >= 0.85)).toBe(true);
    expect(sure.length).toBeLessThan(13);
    const part = groupsOf(ex, sure);
    expect(part[0]!.total).toBe(13);
  });

  test('the shown extraction keeps the library shape with only shown quote ids', () => {
    const shown = shownQuotes(ex, { ...all, types: new Set(['indirect']) });
    const out = shownExtraction(ex, shown);
    expect(out.quotes).toEqual(shown);
    expect(out.speakers[0]!.quoteIds).toEqual(shown.map((q) => q.id));
    expect(toJsonl(shown).trim().split('\n').map((l) => JSON.parse(l))).toEqual(shown);
  });

  test('CSV: one row per quote with the context sentence, parseable', () => {
    const rows = parse(toCsv(ex.quotes, SEED), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(13);
    expect(rows[2]).toMatchObject({ id: 'q3', type: 'direct', speaker: 'John Bolton', cue: 'said', cue_lemma: 'say', confidence: String(ex.quotes[2]!.confidence) });
    expect(rows[2]!.context).toBe(SEED.slice(ex.quotes[2]!.context.start, ex.quotes[2]!.context.end));
  });

  test('fields added to the records later get their own columns and roster keys', () => {
    const later = {
      ...ex,
      quotes: ex.quotes.map((q) => ({ ...q, sourceId: 'doc-7', speaker: q.speaker && { ...q.speaker, id: 'p1' } })),
      speakers: ex.speakers.map((s) => ({ ...s, id: 'p1' })),
    } as unknown as Extraction;
    const rows = parse(toCsv(later.quotes, SEED), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ content_kind: 'statement', sourceId: 'doc-7', speaker_id: 'p1' });
    expect(shownQuotes(later, { ...all, speaker: 'id:p1' })).toHaveLength(13);
  });
});

describe('fields the page does not know yet', () => {
  test('are shown by name in words, spans by their text, long lists cut', async () => {
    const { extraFields } = await import('../playground/src/view-model.js');
    const spans = Array.from({ length: 7 }, (_, i) => ({ text: 'he', start: i, end: i + 2 }));
    expect(extraFields({ name: 'x', gender: 'male', genderEvidence: spans, id: 'e1' }, new Set(['name']))).toEqual([
      ['gender', 'male'],
      ['gender evidence', '“he”, “he”, “he”, “he”, “he”, … (7 in all)'],
      ['id', 'e1'],
    ]);
  });
});
