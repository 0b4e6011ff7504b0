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
];

/**
 * Lemmas that report a belief, a plan or a finding, not speech ("X thinks", "a poll shows").
 * PolNeAR annotates them as attributions; quotewise reports them only with
 * `includeNonSpeech`.
 */
export const NON_SPEECH_CUE_LEMMAS: readonly string[] = [
  'think', 'believe', 'feel', 'know', 'hope', 'fear', 'want', 'expect', 'plan', 'intend',
  'show', 'find', 'doubt', 'worry', 'assume',
  'suspect', 'understand', 'learn', 'realize', 'recognize', 'seem', 'appear',
];
