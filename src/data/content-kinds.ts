// Words that tell what kind of content a reporting cue introduces (see ContentKind in
// types.ts and docs/scope.md). Rules live in stages/classify-content.ts.
import type { ContentKind } from '../types.js';

/** Words that open an indirect question or a wh-clause: `asked whether …`, `explained how …`. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'how', 'why', 'what', 'who', 'whom', 'whose', 'when', 'where']);

/**
 * Cues after which `if` and `which` open a question (`asked if the plan failed`, `asked which
 * route was safer`); after other cues `if` opens a condition of a statement (`said if elected
 * she would …`) and `which` a relative clause.
 */
export const QUESTION_CUE_LEMMAS: ReadonlySet<string> = new Set(['ask', 'wonder', 'question', 'inquire', 'enquire', 'query', 'know', 'see', 'check']);

/**
 * Belief cues that report what a poll, study or record shows rather than what someone thinks:
 * `a poll shows that …`, `the audit found that …`. Their content is a finding.
 */
export const FINDING_CUE_LEMMAS: ReadonlySet<string> = new Set(['show', 'find', 'demonstrate']);

/** Relative words that end the head of a noun phrase: `the arrest of a man who …` is still a topic. */
export const NOUN_PHRASE_RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose', 'that']);

/** Particles after which a cue names a topic: `talked about …`, `commented on …`, `called for …`, `railed against …`. */
export const TOPIC_CUE_PARTICLES: ReadonlySet<string> = new Set(['about', 'on', 'for', 'against']);

/** Verbs whose passive reports an expectation without a source: `The bank is expected to act`. */
export const EXPECTATION_LEMMAS: ReadonlySet<string> = new Set(['expect']);

/** Words that end a subject read back from its verb: what comes before them is another clause. */
export const SUBJECT_STOPS: ReadonlySet<string> = new Set([
  'as', 'than', 'because', 'if', 'while', 'when', 'whether', 'that', 'which', 'who', 'whom', 'since',
  'although', 'though', 'after', 'before', 'until', 'where', 'so',
]);

/** Kinds that, inside another record's content, are part of that content and not a report of their own. */
export const NESTED_NOT_REPORTED: ReadonlySet<ContentKind> = new Set(['belief', 'finding', 'question', 'intention', 'topic']);
