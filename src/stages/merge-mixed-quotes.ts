import { SENTENCE_CONNECTIVES } from '../data/connectives.js';
import { SPEECH_VERB_FORMS } from '../data/lexicon.generated.js';
import type { AnalyzedText } from '../document.js';
import { copyDrafts, type QuoteDraft, type ReportedClause } from '../draft.js';
import { firstIndexWhere } from '../sorted.js';
import { PART_BOUNDARIES } from '../data/punctuation.js';

/** Complementisers: beside a quote they make it a mixed record (`said that “…”`), not more words. */
const FRAME_WORDS = /^(?:that|whether|if|to)$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Turns reported clauses into drafts and reconciles them with the quoted spans found before:
 * - a clause that is only a quote (`he said, “…”`, `“…,” he said`) is left to the direct draft;
 * - a clause with quoted words in it (`characterized the deal as the only “concrete” result`)
 *   becomes ONE `mixed` draft, and the direct/other drafts inside it are left out of the
 *   returned list (`continues` links re-pointed), so the words are not reported twice;
 * - a clause whose quote runs past the sentence end (wink splits inside quotes) is extended to
 *   the closing mark; a clause that starts inside a quote starts after it instead.
 * Belief clauses (`type: 'other'`) never absorb quotes. Duplicate spans are reported once.
 * Returns every draft: the quoted ones kept, then the reported ones.
 */
export function mergeMixedQuotes(doc: AnalyzedText, drafts: readonly QuoteDraft[], clauses: readonly ReportedClause[]): QuoteDraft[] {
  const { text, tokens } = doc;
  const quoted = drafts.slice().sort((a, b) => a.outerStart - b.outerStart);
  const removed = new Set<QuoteDraft>();
  const out: QuoteDraft[] = [];
  const seen = new Set<string>();
  for (const clause of clauses) {
    const firstToken = tokens[clause.first]!;
    let start = firstToken.start;
    let end = tokens[clause.end - 1]!.end;
    const speech = clause.cue.kind !== 'belief';
    // Quotes overlapping the clause (found by binary search over their start).
    let inside: QuoteDraft[] = [];
    let dropped = false;
    for (const q of overlapping(quoted, start, end)) {
      if (q.outerStart < start && q.outerEnd >= end) {
        dropped = true; // the cue and clause are inside a quotation
        break;
      }
      if (q.outerStart < start) start = skipSpace(text, q.outerEnd, end);
      else if (q.outerEnd > end && q.paragraph === firstToken.paragraph) end = q.outerEnd;
      if (q.outerStart >= start && q.outerEnd <= end) inside.push(q);
    }
    if (dropped || end <= start) continue;
    if (speech) {
      const cut = endBeforeOwnAttribution(doc, clause, inside);
      if (cut !== null) {
        end = cut;
        inside = inside.filter((q) => q.outerEnd <= end);
        if (end <= start) continue;
      }
    }
    if (inside.length > 0 && speech) {
      let rest = '';
      let at = start;
      for (const q of inside) {
        rest += text.slice(at, q.outerStart) + ' ';
        at = q.outerEnd;
      }
      rest += text.slice(at, end);
      const words = (rest.match(WORD) ?? []).filter((w) => !FRAME_WORDS.test(w.toLowerCase()) && !SENTENCE_CONNECTIVES.has(w.toLowerCase()));
      // Only a direct quote (`he said, “…”`, `“…,” he said`): the direct draft reports it. A
      // quote after a complementiser (`says on its website that “there were issues …”`) is
      // reported speech framed by the writer: one mixed record, as PolNeAR annotates it.
      const framed = FRAME_WORDS.test(firstToken.lower) && firstToken.end <= inside[0]!.outerStart;
      if (words.length === 0 && !framed && inside.every((q) => q.type === 'direct')) continue;
    }
    const key = `${start}:${end}:${clause.cue.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mixed = speech && inside.length > 0;
    if (mixed) for (const q of inside) removed.add(q);
    const cueFirst = tokens[clause.cue.first]!;
    const cueLast = tokens[clause.cue.end - 1]!;
    out.push({
      start,
      end,
      outerStart: start,
      outerEnd: end,
      type: !speech ? 'other' : mixed ? 'mixed' : 'indirect',
      paragraph: firstToken.paragraph,
      continues: null,
      speechLike: speech,
      embedded: false,
      speaker: null,
      cue: { text: text.slice(cueFirst.start, cueLast.end), start: cueFirst.start, end: cueLast.end, lemma: clause.cue.lemma },
      cueTokens: { first: clause.cue.first, end: clause.cue.end },
      addressee: null,
      confidence: 0, // set by attribution, from the rule catalogue
      rule: mixed ? (`${clause.rule}+quoted` as const) : clause.rule,
    });
  }
  const kept = copyDrafts(drafts, () => null, removed);
  for (const d of out) kept.push(d);
  return kept;
}


/**
 * A direct quote that has its own attribution (`…, Trump boasted, “That makes me smart.”`,
 * `…, saying, “…”`) is not part of the clause reported by an earlier cue in the sentence: the
 * clause ends at the punctuation before that attribution, and the quote stays direct.
 * Returns the new end offset, or null when no quote inside has an attribution of its own.
 */
function endBeforeOwnAttribution(doc: AnalyzedText, clause: ReportedClause, inside: readonly QuoteDraft[]): number | null {
  const { tokens } = doc;
  for (const q of inside) {
    if (q.type !== 'direct') continue;
    const open = firstIndexWhere(tokens, (t) => t.start >= q.outerStart);
    const verb = tokens[open - 2];
    const mark = tokens[open - 1];
    if (!verb || !mark || (mark.text !== ',' && mark.text !== ':') || verb.index < clause.cue.end) continue;
    if (!SPEECH_VERB_FORMS.has(verb.lower)) continue;
    for (let b = verb.index - 1; b > clause.first; b--) {
      if (PART_BOUNDARIES.has(tokens[b]!.text)) return tokens[b - 1]!.end;
    }
    return null;
  }
  return null;
}

/** Drafts (sorted by outerStart) whose outer span overlaps [start, end). */
function overlapping(sorted: readonly QuoteDraft[], start: number, end: number): QuoteDraft[] {
  // First draft that could end after `start`: drafts do not nest, so outerStart order ≈ outerEnd order.
  const lo = firstIndexWhere(sorted, (q) => q.outerEnd > start);
  const found: QuoteDraft[] = [];
  for (let i = Math.max(0, lo - 1); i < sorted.length && sorted[i]!.outerStart < end; i++) {
    const q = sorted[i]!;
    if (q.outerEnd > start) found.push(q);
  }
  return found;
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && /[\s,.;:]/u.test(text[i]!)) i++;
  return i;
}
