// The eval scorer on small hand-made gold/prediction pairs whose answers were worked out by
// hand. Each case is one a plausible wrong implementation would fail (named in the title).
import { describe, expect, test } from 'vitest';
import {
  coverage,
  filterGold,
  isSpeechCue,
  kindCorrect,
  matchQuotes,
  nameCorrect,
  nameTokens,
  speechForms,
  score,
  scoreAt,
  type GoldQuote,
  type GoldType,
  type PredictedQuote,
  type ScoredDocument,
} from '../scripts/score.js';

const TEXT = 'x'.repeat(200);

function g(start: number, end: number, more: Partial<GoldQuote> = {}): GoldQuote {
  return {
    text: TEXT.slice(start, end),
    start,
    end,
    type: 'direct',
    speaker: 'he',
    speakerStart: 100,
    speakerEnd: 102,
    cue: 'said',
    cueStart: 103,
    cueEnd: 107,
    ...more,
  };
}

function p(
  start: number,
  end: number,
  more: { type?: string; speaker?: [number, number, string | null] | null; cue?: [number, number] | null; confidence?: number } = {},
): PredictedQuote {
  const spk = more.speaker === undefined ? ([100, 102, null] as const) : more.speaker;
  const cue = more.cue === undefined ? ([103, 107] as const) : more.cue;
  return {
    text: TEXT.slice(start, end),
    start,
    end,
    type: more.type ?? 'direct',
    speaker: spk === null ? null : { start: spk[0], end: spk[1], text: TEXT.slice(spk[0], spk[1]), name: spk[2] },
    cue: cue === null ? null : { start: cue[0], end: cue[1], text: TEXT.slice(cue[0], cue[1]) },
    confidence: more.confidence ?? 0.9,
    rule: 'test',
  };
}

const doc = (gold: GoldQuote[], predicted: PredictedQuote[], ignored: GoldQuote[] = []): ScoredDocument => ({
  id: 'd',
  text: TEXT,
  gold,
  ignored,
  predicted,
});

describe('coverage and the threshold', () => {
  test('coverage is the fraction of the GOLD span covered (not Jaccard)', () => {
    // Prediction 4× the gold's length covering it fully: coverage 1, Jaccard would be 0.25.
    expect(coverage({ start: 10, end: 20 }, { start: 0, end: 40 })).toBe(1);
    expect(scoreAt([doc([g(10, 20)], [p(0, 40)])], 0.8).overall.tp).toBe(1);
  });

  test.each([
    // [pred start, threshold, matched?] for gold [0, 10)
    [7, 0.3, false], // covers exactly 0.3: strict >, so no match
    [6, 0.3, true], // covers 0.4
    [2, 0.8, false], // covers exactly 0.8
    [1, 0.8, true], // covers 0.9
  ])('pred [%i, 10) at threshold %f matched: %s (strictly greater)', (start, threshold, matched) => {
    const r = scoreAt([doc([g(0, 10)], [p(start, 10)])], threshold);
    expect(r.overall.tp).toBe(matched ? 1 : 0);
    expect(r.overall.fn).toBe(matched ? 0 : 1);
    expect(r.overall.fp).toBe(matched ? 0 : 1);
  });

  test('score() reports both default thresholds, 0.3 then 0.8, then exact boundaries', () => {
    const [a, b, e] = score([doc([g(0, 10)], [p(5, 10)])]);
    expect([a!.threshold, b!.threshold, e!.exact]).toEqual([0.3, 0.8, true]);
    expect([a!.overall.tp, b!.overall.tp, e!.overall.tp]).toEqual([1, 0, 0]);
  });

  test('exact match needs identical boundaries: covering the gold and one character more fails', () => {
    expect(scoreAt([doc([g(0, 10)], [p(0, 11)])], 1, true).overall.tp).toBe(0);
    expect(scoreAt([doc([g(0, 10)], [p(0, 11), p(0, 10)])], 1, true).overall).toMatchObject({ tp: 1, fp: 1 });
  });
});

describe('greedy matching', () => {
  test('one prediction cannot match two gold quotes', () => {
    const r = scoreAt([doc([g(0, 10), g(10, 20)], [p(0, 20)])], 0.3);
    expect([r.overall.tp, r.overall.fp, r.overall.fn]).toEqual([1, 0, 1]);
  });

  test('gold quotes are served in the given order, each taking its best remaining prediction', () => {
    // p0 covers both gold fully; p1 covers 0.8 of g[10,20) only.
    const preds = [p(0, 20), p(12, 20)];
    // In order g[0,10), g[10,20): the first takes p0, the second p1 -> 2 matches.
    expect(matchQuotes([g(0, 10), g(10, 20)], preds, 0.3).goldToPred).toEqual([0, 1]);
    // Reversed: g[10,20) takes p0 (coverage 1 beats 0.8), g[0,10) finds nothing left.
    expect(matchQuotes([g(10, 20), g(0, 10)], preds, 0.3).goldToPred).toEqual([0, -1]);
  });

  test('the best prediction is the one covering most of the gold, not the first', () => {
    const r = matchQuotes([g(0, 10)], [p(0, 4), p(0, 9)], 0.3);
    expect(r.goldToPred).toEqual([1]);
    expect(r.coverage).toEqual([0.9]);
  });

  test('equal coverage: the prediction with less text outside the gold wins', () => {
    expect(matchQuotes([g(10, 20)], [p(0, 40), p(10, 20), p(5, 25)], 0.3).goldToPred).toEqual([1]);
  });

  test('documents are matched separately (same offsets in another article do not match)', () => {
    const d1 = doc([g(0, 10)], []);
    const d2 = doc([], [p(0, 10)]);
    const r = scoreAt([d1, d2], 0.3);
    expect([r.overall.tp, r.overall.fp, r.overall.fn]).toEqual([0, 1, 1]);
  });
});

describe('precision, recall, F1', () => {
  test('3 gold, 2 predictions, 1 match: P 1/2, R 1/3, F1 0.4', () => {
    const r = scoreAt([doc([g(0, 10), g(20, 30), g(40, 50)], [p(0, 10), p(60, 70)])], 0.3);
    expect(r.overall.precision).toBeCloseTo(0.5);
    expect(r.overall.recall).toBeCloseTo(1 / 3);
    expect(r.overall.f1).toBeCloseTo(0.4);
  });

  test('no predictions and no gold give 0, not NaN', () => {
    const r = scoreAt([doc([], [])], 0.3);
    expect([r.overall.precision, r.overall.recall, r.overall.f1]).toEqual([0, 0, 0]);
  });
});

describe('per type: recall over gold of the type, precision over predictions of the type', () => {
  // Gold: direct [0,10) predicted as mixed; indirect [20,30) matched by indirect; mixed [40,50) missed.
  // Predictions: also a false direct at [60,70).
  const r = scoreAt(
    [
      doc(
        [g(0, 10), g(20, 30, { type: 'indirect' }), g(40, 50, { type: 'mixed' })],
        [p(0, 10, { type: 'mixed' }), p(20, 30, { type: 'indirect' }), p(60, 70, { type: 'direct' })],
      ),
    ],
    0.3,
  );

  test('a direct gold matched by a mixed prediction counts for direct recall and mixed precision', () => {
    expect(r.byType.direct.recall).toBe(1);
    expect(r.byType.direct.precision).toBe(0); // the only direct prediction is a false alarm
    expect(r.byType.mixed.precision).toBe(1);
    expect(r.byType.mixed.recall).toBe(0); // the mixed gold was missed
    expect(r.byType.indirect).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  test('the type confusion counts matched pairs by gold and predicted type', () => {
    expect(r.typeConfusion.direct).toEqual({ mixed: 1 });
    expect(r.typeConfusion.indirect).toEqual({ indirect: 1 });
    expect(r.typeConfusion.mixed).toEqual({});
  });
});

describe('speaker, name and cue accuracy', () => {
  test.each([
    // [predicted speaker span, correct?] against gold speaker [100, 102)
    [[99, 102], true], // overlaps
    [[101, 110], true], // partial overlap is enough
    [[102, 108], false], // touches the end: half-open spans do not overlap
    [[90, 100], false], // touches the start
    [null, false], // no speaker predicted
  ] as const)('predicted speaker %j is correct: %s', (span, ok) => {
    const r = scoreAt([doc([g(0, 10)], [p(0, 10, { speaker: span === null ? null : [span[0], span[1], null] })])], 0.3);
    expect(r.speaker).toEqual({ correct: ok ? 1 : 0, total: 1, accuracy: ok ? 1 : 0 });
  });

  test('speaker accuracy counts matched quotes only', () => {
    // The second prediction has the right speaker but matches no gold: it must not count.
    const r = scoreAt([doc([g(0, 10)], [p(0, 10, { speaker: [50, 55, null] }), p(150, 160)])], 0.3);
    expect(r.speaker).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });

  test('gold without a speaker is left out of speaker accuracy and counted as no-source', () => {
    const noSource = g(0, 10, { speaker: null, speakerStart: null, speakerEnd: null });
    const r = scoreAt([doc([noSource, g(20, 30)], [p(0, 10, { speaker: null }), p(20, 30)])], 0.3);
    expect(r.speaker).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(r.noSourceSpeaker).toEqual({ correct: 1, total: 1, accuracy: 1 });
  });

  test('canonical name: only gold with speakerName, never speakerNameAuto; case and spaces ignored', () => {
    const named = g(0, 10, { speakerName: 'John Bolton' });
    const autoOnly = { ...g(20, 30), speakerNameAuto: 'John Bolton' } as GoldQuote;
    const r = scoreAt(
      [doc([named, autoOnly], [p(0, 10, { speaker: [100, 102, 'john  Bolton'] }), p(20, 30, { speaker: [100, 102, 'Nobody'] })])],
      0.3,
    );
    expect(r.speakerName).toEqual({ correct: 1, total: 1, accuracy: 1 });
    const wrong = scoreAt([doc([named], [p(0, 10, { speaker: [100, 102, 'Bolton'] })])], 0.3);
    expect(wrong.speakerName.correct).toBe(0);
  });

  test.each([
    // [gold speakerName, predicted name, predicted mention text, correct?]
    ['John Bolton', 'John R. Bolton', 'he', true], // initials in the prediction are extra tokens: fine
    ['John R. Bolton', 'John Bolton', 'he', true], // one-letter initials of the gold are ignored
    ['Martin Luther King Jr.', 'Martin Luther King', 'he', true], // Jr. ignored
    ['Henry Ford II', 'Henry Ford', 'he', true], // II ignored
    ['The Washington Post', 'Washington Post', 'it', true], // determiner ignored
    ['Robert Scott|Bobby Scott', 'Bobby Scott', 'he', true], // either alternative
    ['Robert Scott|Bobby Scott', 'Scott', 'he', false], // every token of ONE alternative
    ['Jo-Renee Formicola', 'Renee Formicola', 'she', false], // hyphenated token kept whole
    ['Jo-Renee Formicola', 'Jo-Renee Formicola', 'she', true],
    ['Hillary Clinton', 'Clinton', 'Clinton', false], // a surname alone is not the full name
    ['Hillary Clinton', null, 'Hillary Clinton', true], // name null: the mention text is read
    ['Hillary Clinton', null, 'Former Secretary of State Hillary Clinton,', true],
    ['Hillary Clinton', null, 'she', false],
    ['Hillary Clinton', 'Bill Clinton', 'Hillary Clinton', false], // a name, when given, is what counts
    ['Barack Obama', 'BARACK  obama', 'he', true], // case and spacing
    ['Donald Trump', null, "Donald Trump's", false], // "trump's" is not the token "trump"
  ] as const)('name %j vs predicted %j (mention %j): %s', (gold, name, mention, ok) => {
    const gq = g(0, 10, { speakerName: gold });
    const pq: PredictedQuote = { ...p(0, 10), speaker: { start: 100, end: 100 + mention.length, text: mention, name } };
    expect(nameCorrect(gq, pq)).toBe(ok);
  });

  test('name tokens drop determiners, initials and generational suffixes, keep hyphens', () => {
    expect(nameTokens('The J. Paul Getty Jr. Trust')).toEqual(['paul', 'getty', 'trust']);
    expect(nameTokens('Jo-Renee  Formicola,')).toEqual(['jo-renee', 'formicola']);
    expect(nameTokens('A. B.')).toEqual([]);
  });

  test('canonical name: gold marked speakerNameUnsure is left out; no prediction counts wrong', () => {
    const sure = g(0, 10, { speakerName: 'Ann Petrie' });
    const unsure = g(20, 30, { speakerName: 'Ann Petrie', speakerNameUnsure: true });
    const noSpeaker = g(40, 50, { speakerName: 'Ann Petrie' });
    const r = scoreAt(
      [
        doc(
          [sure, unsure, noSpeaker],
          [p(0, 10, { speaker: [100, 102, 'Ann Petrie'] }), p(20, 30, { speaker: [100, 102, 'Nobody'] }), p(40, 50, { speaker: null })],
        ),
      ],
      0.3,
    );
    expect(r.speakerName).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(r.nameErrors.map((m) => m.gold)).toEqual([2]);
  });

  test('speaker kind: equality with gold speakerKind; no predicted speaker is "none"; confusion table', () => {
    const kinded = (start: number, kind: string) => g(start, start + 10, { speakerKind: kind });
    const withKind = (start: number, kind: string): PredictedQuote => {
      const q = p(start, start + 10);
      return { ...q, speaker: { ...q.speaker!, kind } };
    };
    const gold = [kinded(0, 'person'), kinded(20, 'document'), kinded(40, 'none'), kinded(60, 'organization'), g(80, 90)];
    const pred = [withKind(0, 'person'), withKind(20, 'organization'), p(40, 50, { speaker: null }), withKind(60, 'organization'), p(80, 90)];
    const r = scoreAt([doc(gold, pred)], 0.3);
    // Gold without speakerKind (the last) is not counted.
    expect(r.speakerKind).toEqual({ correct: 3, total: 4, accuracy: 0.75 });
    expect(r.kindConfusion).toEqual({
      person: { person: 1 },
      document: { organization: 1 },
      none: { none: 1 },
      organization: { organization: 1 },
    });
    expect(kindCorrect(kinded(0, 'person'), p(0, 10))).toBe(false); // a speaker without a kind is "unknown"
  });

  test('cue accuracy: predicted cue overlaps the gold cue [103, 107)', () => {
    const r = scoreAt(
      [doc([g(0, 10), g(20, 30), g(40, 50)], [p(0, 10, { cue: [105, 106] }), p(20, 30, { cue: [107, 111] }), p(40, 50, { cue: null })])],
      0.3,
    );
    expect(r.cue).toEqual({ correct: 1, total: 3, accuracy: 1 / 3 });
  });
});

describe('confidence bands', () => {
  test('0.5 falls in the upper coarse band, 1.0 in the last fine band, 0.49 below', () => {
    const r = scoreAt(
      [
        doc(
          [g(0, 10), g(20, 30), g(40, 50)],
          [
            p(0, 10, { confidence: 0.5 }),
            p(20, 30, { confidence: 1, speaker: [0, 1, null] }),
            p(40, 50, { confidence: 0.49 }),
          ],
        ),
      ],
      0.3,
    );
    expect(r.confidenceCoarse.map((b) => [b.label, b.total, b.correct])).toEqual([
      ['[0.0, 0.5)', 1, 1],
      ['[0.5, 1.0]', 2, 1],
    ]);
    const last = r.confidence[r.confidence.length - 1]!;
    expect([last.total, last.correct]).toEqual([1, 0]);
    expect(r.confidence.find((b) => b.label === '[0.4, 0.5)')!.total).toBe(1);
  });
});

describe('gold filters', () => {
  const forms = new Map([
    ['said', 'say'],
    ['says', 'say'],
    ['told', 'tell'],
  ]);
  test.each([
    ['said Monday', true],
    ['has said', true],
    ['Says', true],
    ['According to', true],
    [':', true],
    ['―', true],
    ['thinks', false],
    ['shows', false],
    ['unsaid', false], // a word containing a speech verb is not one
    [null, false],
  ])('cue %j reports speech: %s', (cue, ok) => {
    expect(isSpeechCue(cue, forms)).toBe(ok);
  });

  test('speechForms adds regular inflections of the lemmas', () => {
    const f = speechForms(['told'], ['pledge', 'deny', 'stress']);
    for (const w of ['told', 'pledge', 'pledged', 'pledges', 'pledging', 'denied', 'denies', 'stresses', 'stressed']) {
      expect(f.has(w)).toBe(true);
    }
    expect(f.has('tell')).toBe(false);
  });

  test('filterGold keeps by type and speech cue, and returns the rest as ignored', () => {
    const qs = [
      g(0, 10, { type: 'direct', cue: 'said' }),
      g(20, 30, { type: 'indirect', cue: 'said' }),
      g(40, 50, { type: 'direct', cue: 'believes' }),
    ];
    const types: GoldType[] = ['direct'];
    const { kept, ignored } = filterGold(qs, { speechOnly: true, types, speechForms: forms });
    expect(kept.map((q) => q.start)).toEqual([0]);
    expect(ignored.map((q) => q.start)).toEqual([20, 40]);
  });

  test('a prediction matching only filtered-out gold is neither a hit nor a false alarm', () => {
    const r = scoreAt([doc([g(0, 10)], [p(0, 10), p(20, 30), p(40, 44)], [g(20, 30), g(40, 50)])], 0.3);
    // p(40,44) covers only 0.4 of the ignored [40,50) at 0.3: ignored; at 0.8 it is a false alarm.
    expect([r.overall.tp, r.overall.fp, r.overall.fn, r.ignoredPredictions]).toEqual([1, 0, 0, 2]);
    const r8 = scoreAt([doc([g(0, 10)], [p(0, 10), p(20, 30), p(40, 44)], [g(20, 30), g(40, 50)])], 0.8);
    expect([r8.overall.fp, r8.ignoredPredictions]).toEqual([1, 1]);
  });
});
