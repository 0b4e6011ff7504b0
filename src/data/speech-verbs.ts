// Verbs that report speech or writing. Lemmas only: inflections are generated from
// compromise into lexicon.generated.ts (`npm run generate:lexicon`).

/** Lemmas of verbs that introduce what someone said or wrote. */
export const SPEECH_VERB_LEMMAS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'write', 'tweet', 'post', 'ask', 'answer', 'reply', 'respond',
  'explain', 'insist', 'warn', 'claim', 'argue', 'concede', 'counter', 'quip', 'sigh', 'grumble',
  'state', 'declare', 'announce', 'acknowledge', 'admit', 'allege', 'assert', 'boast', 'caution',
  'comment', 'complain', 'confirm', 'contend', 'continue', 'deny', 'describe', 'emphasize',
  'emphasise', 'exclaim', 'joke', 'lament', 'maintain', 'mention', 'observe', 'predict',
  'promise', 'pledge', 'recall', 'remark', 'repeat', 'report', 'reiterate', 'reveal', 'scoff',
  'shout', 'snap', 'speculate', 'stress', 'suggest', 'testify', 'urge', 'vow', 'whisper',
  'yell', 'cry', 'mutter', 'murmur', 'chant', 'demand', 'disclose', 'estimate', 'figure',
  'guess', 'inform', 'instruct', 'object', 'proclaim', 'protest', 'recount', 'retort', 'rule',
  'tout', 'charge', 'accuse', 'blast', 'criticize', 'criticise', 'call', 'dismiss', 'assure',
  'concur', 'conclude', 'agree', 'begin', 'finish', 'interject', 'marvel', 'muse', 'plead',
  'pronounce', 'rant', 'recommend', 'remind', 'signal', 'specify', 'swear', 'text', 'wonder',
  'email', 'cite', 'point', 'put', 'hint', 'indicate', 'imply', 'question', 'challenge',
  'read', 'sing', 'recite', 'chime', 'gush', 'scold', 'fume', 'rave', 'tease', 'thunder',
  'echo', 'bark', 'boom', 'beam', 'laugh', 'chuckle', 'scream', 'roar', 'confess', 'interrupt',
  'opine', 'posit', 'implore', 'beg', 'reason', 'lecture', 'blurt', 'sneer', 'gripe', 'brag',
  'crow', 'preach', 'plead', 'deadpan', 'smirk', 'exhort', 'caution', 'volunteer', 'counsel',
  'retaliate', 'rebut', 'riposte', 'mock', 'needle', 'taunt', 'assail', 'lament',
];

/**
 * Verbs that report speech with a particle ("Trump shot back", "she went on"): lemma →
 * particles. The cue is the verb and its particle.
 */
export const PHRASAL_CUE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['go', ['on']], ['shoot', ['back']], ['fire', ['back']], ['hit', ['back']], ['push', ['back']],
  ['chime', ['in']], ['weigh', ['in']], ['point', ['out']], ['speak', ['out', 'up']],
  ['lash', ['out']], ['cry', ['out']], ['call', ['out', 'for', 'on']], ['sound', ['off']], ['snap', ['back']],
  ['write', ['back']], ['answer', ['back']], ['pipe', ['up']],
]);

/** Irregular forms of the phrasal verbs above, which the tagger may not lemmatise ("shot" as a noun). */
export const PHRASAL_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ['went', 'go'], ['goes', 'go'], ['going', 'go'], ['gone', 'go'], ['shot', 'shoot'], ['shoots', 'shoot'],
  ['fired', 'fire'], ['fires', 'fire'], ['hits', 'hit'], ['pushed', 'push'], ['chimed', 'chime'],
  ['weighed', 'weigh'], ['pointed', 'point'], ['spoke', 'speak'], ['spoken', 'speak'], ['lashed', 'lash'],
  ['cried', 'cry'], ['called', 'call'], ['sounded', 'sound'], ['snapped', 'snap'], ['wrote', 'write'],
  ['answered', 'answer'], ['piped', 'pipe'],
]);

/** Verbs that name or judge something: `Clinton called the plan “a disaster”` (object + complement). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'characterize', 'characterise', 'label', 'dub', 'brand']);

/**
 * Verbs of public judgement or refusal whose object, infinitive or clause is an attribution
 * (`defended his remarks`, `praised the rescue crews`, `declined to comment`, `rejected the
 * idea that …`): a noun-phrase object is a topic and an infinitive an intention (wide scope
 * only); they never close a trailing attribution. Kept: verbs that annotators of attributions
 * (PolNeAR train) count in at least 85% of their finite uses. (`reject` reports only a clause:
 * its bare object was right 12 times in 18.)
 */
export const EVALUATION_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'defend', 'thank', 'condemn', 'denounce', 'praise', 'hail', 'slam', 'blame', 'decline', 'refuse', 'reject',
]);

/** Every lemma of a speech cue: the speech verbs, and naming verbs, which report a judgement (`characterized the deal as …`). */
export const SPEECH_CUE_LEMMAS: ReadonlySet<string> = new Set([...SPEECH_VERB_LEMMAS, ...NAMING_VERBS, ...EVALUATION_VERB_LEMMAS]);

/**
 * Where verbs of telling put the one spoken to: as their object (`told reporters`, `asked the
 * AP`, `warned Congress`) or after `to` (`said to reporters`).
 */
export const ADDRESSEE_SLOTS: ReadonlyMap<string, 'object' | 'to'> = new Map([
  ...(['tell', 'ask', 'inform', 'assure', 'remind', 'warn', 'instruct', 'urge', 'email', 'text', 'answer', 'promise',
    'advise', 'caution', 'convince', 'persuade', 'notify', 'teach', 'show'] as const).map((l) => [l, 'object'] as const),
  ...(['say', 'explain', 'write', 'complain', 'speak', 'admit', 'confide', 'boast', 'remark'] as const).map((l) => [l, 'to'] as const),
]);

/** Verbs whose object is never their speaker, even in inverted order (`…, told the Reuters news agency`). */
export const OBJECT_IS_ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'instruct', 'urge', 'promise', 'email', 'text']);

/**
 * Words that may stand between a subject and its speech verb ("Bolton also said",
 * "she has repeatedly said", "he later told").
 */
export const CUE_INTERVENING_WORDS: readonly string[] = [
  'also', 'later', 'then', 'once', 'again', 'previously', 'recently', 'repeatedly', 'often',
  'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'may', 'might', 'could', 'can',
  'should', 'must', 'shall', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'not', "n't",
  'never', 'just', 'only', 'simply', 'flatly', 'quickly', 'finally', 'first', 'earlier',
  'famously', 'reportedly', 'publicly', 'privately', 'openly', 'candidly', 'bluntly',
  'angrily', 'calmly', 'quietly', 'loudly', 'simply', 'still', 'even', 'already', 'further',
  'subsequently', 'immediately', 'initially', 'originally', 'apparently', 'specifically',
  'explicitly', 'directly', 'reiterated', 'went', 'goes', 'go', 'on', 'to', 'going', 'continued',
  'n’t', 'cannot', 'appeared', 'appears', 'appear', 'seemed', 'seems', 'seem', 'together',
  'tried', 'tries', 'try', 'wanted', 'wants', 'want', 'used',
];

/**
 * Lemmas that report a belief, a plan or a finding, not speech ("X thinks", "a poll shows").
 * PolNeAR annotates them as attributions; quotewise reports them only with
 * `includeNonSpeech`.
 */
export const BELIEF_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'think', 'believe', 'feel', 'know', 'hope', 'fear', 'want', 'expect', 'plan', 'intend',
  'show', 'find', 'doubt', 'worry', 'assume',
  'suspect', 'understand', 'learn', 'realize', 'recognize', 'seem', 'appear',
]);

/**
 * Cues that answer someone else ("Mills writes back", "Clinton replied"): the fragment before
 * them was another person's, so it never takes their speaker.
 */
export const RESPONSE_CUE_LEMMAS: readonly string[] = [
  'reply', 'respond', 'answer', 'retort', 'counter', 'rebut', 'riposte', 'interject', 'interrupt',
  'shoot back', 'write back', 'fire back', 'hit back', 'snap back', 'answer back', 'push back',
];

/** Verbs that report a topic with `about` besides the speech verbs: `talked about the budget`. */
export const TOPIC_ABOUT_VERBS: ReadonlySet<string> = new Set(['talk', 'speak', 'testify', 'lie', 'brag', 'rail', 'rant', 'muse', 'gripe']);

/**
 * Verbs that report what they speak against with `against`: `railed against the tax code`,
 * `warned against complacency`, `argued against intervention`. polnear_train: 28 of 36 such
 * uses are attributions whose content is the object (`campaign`/`vote against` are acts: 8/25, 10/35).
 */
export const TOPIC_AGAINST_VERBS: ReadonlySet<string> = new Set(['rail', 'warn', 'caution', 'argue', 'inveigh', 'protest', 'rant', 'fulminate']);

/**
 * Verbs that report a topic with `on`: `commented on the ruling`, `weighed in on the case`.
 * Not `speak`: `speaking on condition of anonymity`, `spoke on CNN`, `on his behalf` name no topic.
 */
export const TOPIC_ON_VERBS: ReadonlySet<string> = new Set(['comment', 'remark', 'elaborate', 'expound', 'touch', 'reflect', 'report', 'testify', 'weigh']);

/** Participles that start a new attribution after a quote: `“…,” he said, adding that …`. */
export const CONTINUING_PARTICIPLES: readonly string[] = ['adding', 'saying', 'noting', 'explaining', 'arguing', 'insisting', 'writing', 'telling', 'asking', 'warning', 'continuing'];

/** Irregular past participles of speech verbs (with the `-ed` ones, what makes `is said`, `was told` passive). */
export const IRREGULAR_SPEECH_PARTICIPLES: readonly string[] = ['told', 'said', 'wrote', 'written'];

/**
 * Participles of perception and recording after a form of `be` before a participle cue: in
 * `Scott can be heard yelling that …`, `he was caught saying`, the subject of the passive is the one speaking.
 */
export const PERCEIVED_SPEAKING_PARTICIPLES: ReadonlySet<string> = new Set(['heard', 'overheard', 'seen', 'caught', 'filmed', 'recorded', 'shown']);

/**
 * Verbs of voicing words aloud: right before a quote mark, what they introduce was said (sung,
 * chanted) whatever its shape, even short and title-cased (`chanting “USA! USA!”`, `singing
 * “It's Our Time.”`), where the same words elsewhere would be a title or a term.
 */
export const VOICING_VERB_LEMMAS: ReadonlySet<string> = new Set(['chant', 'sing', 'shout', 'yell', 'scream']);

/** Lemmas of verbs by which a subject comes by a document others wrote (`found letters saying …` is not the subject speaking). */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(['find', 'read', 'see', 'receive', 'obtain', 'get', 'cite', 'review', 'hear', 'quote', 'show', 'study', 'examine']);
