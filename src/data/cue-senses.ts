// Words that tell a speech sense of a cue word from its other senses (markets, sports,
// weather, physical acts). Rules live in stages/check-cue-senses.ts.

/**
 * Cues that report speech only with a clause or quoted words. With a noun-phrase object or an
 * infinitive they have another sense: `added 0.4 per cent`, `added two assists`, `adding to
 * gains`, `posted a loss`, `signalled a penalty`, `fired a shot`, `sang the anthem`.
 */
export const CLAUSE_ONLY_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'add', 'post', 'signal', 'fire', 'hit', 'shoot', 'push', 'roar', 'thunder', 'boom', 'bark', 'beam',
  'laugh', 'chuckle', 'sing', 'read', 'finish', 'begin', 'continue', 'figure', 'sigh', 'cry', 'scream',
  'yell', 'whisper', 'echo', 'crow', 'sniff', 'snap', 'blast', 'chant', 'text', 'email', 'tweet', 'write',
  'put', 'point', 'rule', 'object', 'gush', 'rave', 'fume', 'needle', 'marvel',
]);

/**
 * Cue words whose noun names a thing, not something said: `the four states that vote next week`,
 * `in states that Obama won twice` (a relative clause after the noun, read as `states that …`).
 * polnear_train: 14 such records after a determiner, adjective, number or preposition, none
 * an attribution. (`claim`, `charge`, `report` are nouns of speech: `a claim that …` stays.)
 */
export const THING_NOUN_CUE_LEMMAS: ReadonlySet<string> = new Set(['state']);

/**
 * Heads of subjects that do not speak: market quantities, weather, physical things. `Shares
 * rose, adding to gains`, `the index added 0.4 per cent`, `the snow whispered against the
 * windows`. (Organisations and documents do speak: `the company said`, `the report says`.)
 */
export const NON_SPEAKER_SUBJECTS: ReadonlySet<string> = new Set([
  'share', 'shares', 'stock', 'stocks', 'index', 'indexes', 'indices', 'price', 'prices', 'market', 'markets',
  'dollar', 'euro', 'yen', 'pound', 'currency', 'oil', 'gold', 'silver', 'copper', 'bond', 'bonds', 'yield',
  'yields', 'futures', 'benchmark', 'average', 'rate', 'rates', 'inflation', 'revenue', 'sales', 'profit',
  'wind', 'winds', 'snow', 'rain', 'storm', 'thunder', 'sea', 'waves', 'river', 'fire', 'flames', 'engine',
  'engines', 'stadium', 'arena', 'ball', 'puck', 'clock', 'siren', 'sirens',
  'bell', 'bells', 'door', 'phone', 'radio', 'gun', 'guns', 'dog', 'dogs', 'bird', 'birds',
]);
