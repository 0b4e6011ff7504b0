// The rule catalogue: every rule that finds or attributes a quote, with its confidence, a
// one-line description and an example, in one place. A record's `rule` is the finding rule,
// `+quoted` when a reported clause took in quoted words, then `+` the attribution rule.
// Confidence is set by the rules that fired: the lower of the finding rule's and the
// attribution rule's (an unresolved pronoun caps it further, in resolve-speakers.ts; content
// that is not a statement, by CONTENT_KIND_CONFIDENCE, in select-scope.ts). The figures are
// calibrated on polnear_train (speaker accuracy of each rule's matched records); `npm run eval`
// prints the bands on polnear_dev. The wide scope's figures (WIDE_ONLY_FINDING_RULES and
// CONTENT_KIND_CONFIDENCE) are derived by `npm run calibrate:wide` (#14). docs/attribution.md's
// rule table is ruleTable() (tests/rule-catalogue.test.ts checks it).

export interface RuleInfo {
  confidence: number;
  /** Reported only in the wide scope: the confidence is derived (WIDE_ONLY_FINDING_RULES). */
  wideOnly?: true;
  description: string;
  example: string;
  /**
   * The content has no source (`The bank is expected to act`, `The driver was charged with
   * speeding`): attribution leaves the speaker empty (the subject before the cue is a part of the
   * content, not who said it), and the record's confidence is the finding rule's.
   */
  sourceless?: true;
}

/** Rules that find a quote: quote marks, or a reported clause and its cue. */
export const FINDING_RULES = {
  'quote-marks': { confidence: 0.95, description: 'words between a pair of quote marks', example: '“We are ready,” she said.' },
  'quote-marks-unclosed': { confidence: 0.4, description: 'a quote mark left open runs to the end of its paragraph', example: '“We are ready, she said.' },
  'reported-that': { confidence: 0.75, description: 'a cue, then a clause opened by a complementiser', example: 'Ruiz said that the city would close two libraries.' },
  'reported-bare': { confidence: 0.8, description: 'a cue that takes a clause without `that`', example: 'Ruiz says the city will close two libraries.' },
  'reported-trailing': { confidence: 0.9, description: 'a clause, then a comma and a short attribution', example: 'The storm left 12,000 homes without power, the utility said.' },
  'reported-trailing-inverted': { confidence: 0.85, description: 'a clause, then an inverted attribution', example: 'Crews would finish by Friday, said Mark Olsen.' },
  'reported-parenthetical': { confidence: 0.9, description: 'the parts of a clause an attribution interrupts', example: 'The outages, Olsen said, were caused by fallen trees.' },
  'reported-colon': { confidence: 0.85, description: 'a headline or paragraph opened by a name and a colon', example: 'Sanders: Clinton Needs to Get Away From Personality Stuff' },
  'reported-infinitive': { confidence: 0.7, description: 'a request or promise as `to` + verb', example: 'Cole urged members to stay calm.' },
  'reported-naming': { confidence: 0.65, description: 'a naming verb with its object and complement', example: 'Clinton called the plan a disaster.' },
  'reported-relative': { confidence: 0.8, description: 'the rest of a relative clause whose pronoun is the reported subject', example: 'his donations, which he said were accompanied by favors' },
  'reported-object': { confidence: 0.65, description: 'the object noun phrase of a speech verb', example: 'Cole announced the arrest of a man.' },
  'reported-call': { confidence: 0.65, description: 'what `called for` / `called on` asks', example: 'Cole called for an inquiry into the crash.' },
  'reported-about': { confidence: 0.65, wideOnly: true, description: 'what was talked about: a cue with `about` / `on` and its topic (wide scope)', example: 'Cole talked about the budget.' },
  'according-to-leading': { confidence: 0.75, description: '`According to X,` then the clause', example: 'According to the utility, crews will finish by Friday.' },
  'according-to-trailing': { confidence: 0.8, description: 'a clause, then `according to X`', example: 'Crews will finish by Friday, according to the utility.' },
  'belief-that': { confidence: 0.65, wideOnly: true, description: 'a belief or finding with `that` (reported only in the wide scope)', example: 'The mayor believes that the budget will pass.' },
  'belief-bare': { confidence: 0.65, wideOnly: true, description: 'a belief or finding without `that` (wide scope)', example: 'The mayor thinks the budget will pass.' },
  'belief-reported-infinitive': { confidence: 0.65, wideOnly: true, description: 'an intention as `to` + verb after a belief verb (wide scope)', example: 'The mayor hopes to pass the budget.' },
  'belief-finding': { confidence: 0.85, wideOnly: true, description: 'what a poll, study or record shows or finds: its object or bare clause (wide scope)', example: 'A new poll shows Ruiz with 47 percent.' },
  'belief-expectation': { confidence: 0.3, wideOnly: true, sourceless: true, description: 'what is expected, with no source: the subject and what is expected of it, as two parts (wide scope)', example: 'The bank is expected to raise rates.' },
  'sourceless-raising': { confidence: 0.3, wideOnly: true, sourceless: true, description: 'what something seems or appears to do, with no source: the infinitive (wide scope)', example: 'The plant seems to lose money.' },
  'sourceless-passive': { confidence: 0.3, wideOnly: true, sourceless: true, description: 'a judgement passed in the passive with no source: the subject and the judgement, as two parts (wide scope)', example: 'The driver was charged with speeding.' },
  'sourceless-asked': { confidence: 0.3, wideOnly: true, sourceless: true, description: 'a question or request put to someone in the passive, with no asker: what was asked (wide scope)', example: 'The coach was asked whether the team would travel.' },
  'scored-attribution': { confidence: 0.95, wideOnly: true, description: 'a verb with its object, clause or infinitive that a model learned on polnear_train scores as an attribution (wide scope)', example: 'The union endorsed the mayor.' },
  'nominal-cue': { confidence: 0.65, wideOnly: true, description: 'a verb that voices a statement or attitude noun, then what the noun is about: `that` + clause, `to` + verb or a preposition and its object (wide scope)', example: 'The union raised questions about the merger.' },
  'attitude-adjective': { confidence: 0.75, wideOnly: true, description: 'an attitude adjective after a form of `be` (critical of, eager to, hopeful that) and its content (wide scope)', example: 'The coach was critical of the schedule.' },
  'quoted-fragment': { confidence: 0.45, wideOnly: true, description: 'a short quoted fragment that a verb with a speaking subject governs, from the verb\'s complement to the clause end (wide scope)', example: 'The coach exhorted his players to “leave nothing on the pitch”.' },
  'headline-cue': { confidence: 0.95, wideOnly: true, description: 'a headline (paragraph 0): its subject, a headline cue word and the rest of the headline as the content (wide scope)', example: 'Black Lawmakers Rip Governor As A ‘Reckless Spender’' },
  'stance-verb': { confidence: 0.85, wideOnly: true, description: 'a finite stance verb (endorse, support, back, oppose, attack …) after its subject, and its object as the topic (wide scope)', example: 'The union endorsed the mayor.' },
  'belief-reported-naming': { confidence: 0.3, wideOnly: true, description: 'a judgement after a belief verb (wide scope)', example: 'Voters found the plan a disaster.' },
} as const satisfies Record<string, RuleInfo>;

/**
 * Finding rules whose records only the wide scope reports (beliefs, findings, topics talked
 * about, the learned rule). Their confidence is derived, not set by hand: the speaker accuracy
 * of their records attributed by `+speaker-before` / `+speaker-after` on polnear_train (wide
 * scope, matched at > 0.3) is placed on the default scope's scale — the default-scope confidence
 * band whose train accuracy is nearest, at the band's middle (0.45, 0.65, 0.75, 0.85, 0.95);
 * nearer to 0% than to every band, or with fewer than 20 such records, 0.3. `npm run
 * calibrate:wide` prints the table (docs/attribution.md).
 */
export const WIDE_ONLY_FINDING_RULES: readonly FindingRuleId[] = (Object.keys(FINDING_RULES) as FindingRuleId[]).filter(
  (id) => (FINDING_RULES[id] as RuleInfo).wideOnly === true,
);

/**
 * Caps on the confidence of content that is not a statement (reported only in the wide scope)
 * found by a rule the default scope shares: derived as for WIDE_ONLY_FINDING_RULES, per rule and
 * content kind (`said the closure of the pool …` read as a topic is less sure than the rule's
 * statements: its speakers are right less often on polnear_train). A pair with fewer than 20
 * records, or placed at or above its rule's own figure (`reported-object` topics,
 * `reported-that` questions, `reported-infinitive` intentions), keeps its rule's confidence.
 */
export const CONTENT_KIND_CONFIDENCE: Partial<Record<FindingRuleId, Readonly<Record<string, number>>>> = {
  'reported-bare': { topic: 0.75 },
};

/** The confidence `confidence` becomes once the record's content is known to be of `kind` (a ContentKind). */
export function confidenceForContent(rule: RuleId, kind: string, confidence: number): number {
  const cap = CONTENT_KIND_CONFIDENCE[findingRuleOf(rule)]?.[kind];
  return cap === undefined ? confidence : Math.min(confidence, cap);
}

/** Rules that attribute a quote: where its cue and speaker stand. */
export const ATTRIBUTION_RULES = {
  trailing: { confidence: 0.95, description: 'a cue and speaker right after the quote', example: '“…,” he said.' },
  'trailing-dash': { confidence: 0.9, description: 'a dash and a name after the quote', example: '“…” — Bolton' },
  leading: { confidence: 0.9, description: 'a cue and speaker right before the quote', example: 'Bolton said: “…”' },
  'leading-clause': { confidence: 0.85, description: 'a cue earlier in the clause the quote ends', example: 'Bolton said Russia was “not remotely open”' },
  participle: { confidence: 0.85, description: 'a participle or second verb takes its clause’s subject', example: '“…,” he said, adding: “…”' },
  'name-colon': { confidence: 0.85, description: 'a name and a colon before the quote', example: 'Pollster Dana Reyes: “…”' },
  'paragraph-colon': { confidence: 0.85, description: 'the paragraph before ends `X said:`', example: 'Bolton said: ¶ “…”' },
  'narrative-subject': { confidence: 0.7, description: 'no cue; a person acts in the quote’s sentence', example: 'Trump shrugged it off -- “That makes me smart.”' },
  'continued-utterance': { confidence: 0.95, description: 'a fragment of one utterance takes its partner’s speaker (at most its partner’s confidence)', example: '“…,” he said. “…”' },
  'floating-previous-speaker': { confidence: 0.8, description: 'a quote with no cue continues the previous speaker’s turn', example: '“…,” she said. ¶ “…”' },
  'floating-previous-attribution': { confidence: 0.4, description: 'a quote with no cue takes the nearest attribution before it', example: 'Lee spoke at length. ¶ “…”' },
  'speaker-before': { confidence: 0.95, description: 'a reported clause’s speaker is the subject before its cue', example: 'Ruiz said that …' },
  'speaker-after': { confidence: 0.9, description: 'the phrase after an inverted or `according to` cue', example: '…, said Mark Olsen.' },
  'speaker-clause-subject': { confidence: 0.6, description: 'a participle’s speaker is the subject of its clause', example: 'Cole left early, saying the meeting was pointless.' },
} as const satisfies Record<string, RuleInfo>;

export type FindingRuleId = keyof typeof FINDING_RULES;

export type AttributionRuleId = keyof typeof ATTRIBUTION_RULES;
/** A record's `rule`: how it was found, `+quoted` for quoted words in a clause, then how it was attributed. */
export type RuleId =
  | FindingRuleId
  | `${FindingRuleId}+quoted`
  | `${FindingRuleId}+${AttributionRuleId}`
  | `${FindingRuleId}+quoted+${AttributionRuleId}`;

/** Confidence of a record that no rule attributed: a speech record with no speaker, and a non-speech `other` record. */
export const UNATTRIBUTED_CONFIDENCE = { speech: 0.1, nonSpeech: 0.2 } as const;

/** The confidence a record starts attribution with, before any attribution rule fires. */
export function unattributedConfidence(speechLike: boolean): number {
  return speechLike ? UNATTRIBUTED_CONFIDENCE.speech : UNATTRIBUTED_CONFIDENCE.nonSpeech;
}

/** The finding rule a composite rule starts with. */
export function findingRuleOf(rule: RuleId): FindingRuleId {
  return rule.split('+')[0] as FindingRuleId;
}

/** Does the finding rule of `rule` report content with no source ({@link RuleInfo.sourceless})? */
export function isSourceless(rule: RuleId): boolean {
  const info: RuleInfo = FINDING_RULES[findingRuleOf(rule)];
  return info.sourceless === true;
}

/** The confidence a record gets when `attribution` attributes what `rule` found: the lower of the two rules'. */
export function attributedConfidence(rule: RuleId, attribution: AttributionRuleId): number {
  return Math.min(FINDING_RULES[findingRuleOf(rule)].confidence, ATTRIBUTION_RULES[attribution].confidence);
}

/** The catalogue as the Markdown table of docs/attribution.md. */
export function ruleTable(): string {
  const rows: string[] = [];
  rows.push('| rule | kind | confidence | what it finds | example |', '|---|---|---|---|---|');
  const cell = (s: string) => s.replace(/\|/gu, '\\|');
  for (const [id, r] of Object.entries(FINDING_RULES)) rows.push(`| \`${id}\` | finding | ${r.confidence} | ${cell(r.description)} | ${cell(r.example)} |`);
  for (const [id, r] of Object.entries(ATTRIBUTION_RULES)) rows.push(`| \`+${id}\` | attribution | ${r.confidence} | ${cell(r.description)} | ${cell(r.example)} |`);
  return rows.join('\n');
}

/**
 * The ids as one regular expression (source text, anchored): the `pattern` of `rule` in
 * schema/quotewise.schema.json, checked against the catalogue by tests/rule-catalogue.test.ts.
 */
export function ruleIdPattern(): string {
  const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const finding = Object.keys(FINDING_RULES).map(escape).join('|');
  const attribution = Object.keys(ATTRIBUTION_RULES).map(escape).join('|');
  return `^(?:${finding})(?:\\+quoted)?(?:\\+(?:${attribution}))?$`;
}

/** Is `rule` an id of the catalogue (a record's `rule`, read back from JSON, say)? */
export function isRuleId(rule: string): rule is RuleId {
  const [find, ...rest] = rule.split('+');
  if (!(find! in FINDING_RULES)) return false;
  const tail = rest[0] === 'quoted' ? rest.slice(1) : rest;
  return tail.length === 0 || (tail.length === 1 && tail[0]! in ATTRIBUTION_RULES);
}
