// Words that make up titles and roles written before a name ("National Security Advisor
// John Bolton", "White House press secretary Josh Earnest", "Sen. Mitch McConnell"). A
// name is what follows the last of these words in a run of capitalised words.

/**
 * Lower-case title and role words (without a final full stop). Together with the generated
 * ROLE_NOUNS and HONORIFICS they end the title part of a capitalised run.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'gov', 'governor', 'lt', 'secretary', 'minister', 'prime', 'premier', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'pope', 'general', 'gen', 'adm', 'admiral', 'col', 'colonel',
  'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'judge', 'justice', 'attorney',
  'advisor', 'adviser', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo',
  'founder', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader', 'whip',
  'mayor', 'ambassador', 'commissioner', 'sheriff', 'chief', 'officer', 'manager',
  'strategist', 'pollster', 'candidate', 'nominee', 'host', 'anchor', 'correspondent',
  'reporter', 'editor', 'columnist', 'professor', 'prof', 'dr', 'doctor', 'rev', 'reverend',
  'father', 'sister', 'brother', 'bishop', 'rabbi', 'imam', 'cardinal', 'archbishop',
  'economist', 'analyst', 'lawyer', 'aide', 'deputy', 'assistant', 'associate', 'acting',
  'former', 'ex', 'first', 'lady', 'dame', 'sir', 'lord', 'baroness', 'mr', 'mrs', 'ms',
  'miss', 'mx', 'gop', 'democratic', 'republican', 'hon', 'atty', 'supt', 'det', 'insp',
  'inspector', 'officer', 'coach', 'chef', 'author', 'singer', 'actor', 'actress', 'rapper',
  'comedian', 'businessman', 'businesswoman', 'billionaire', 'activist', 'delegate', 'mogul',
  'star', 'frontrunner', 'front-runner', 'hopeful', 'challenger', 'incumbent', 'surrogate',
  'operative', 'consultant', 'treasurer', 'counsel', 'counselor', 'clerk', 'commander',
  'emperor', 'sultan', 'sheikh', 'ayatollah', 'president-elect', 'vice-president', 'whistleblower',
  'councilman', 'councilwoman', 'councilmember', 'councillor', 'councilor', 'alderman',
  'alderwoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'del', 'delegate', 'state',
  'supervisor', 'trustee', 'superintendent', 'principal', 'provost',
  'prosecutor', 'da', 'solicitor', 'magistrate', 'lieutenant',
  'pres', 'sec', 'msgr', 'fr', 'amb', 'ald', 'spc', 'sens', 'reps', 'cmdr', 'cpl', 'pvt',
]);

/** Honorifics that say a person's gender (lower case, no full stop). */
export const GENDERED_HONORIFICS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['messrs', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'],
  ['prince', 'male'], ['father', 'male'], ['brother', 'male'], ['congressman', 'male'],
  ['spokesman', 'male'], ['chairman', 'male'], ['businessman', 'male'], ['councilman', 'male'],
  ['assemblyman', 'male'], ['alderman', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mme', 'female'], ['mlle', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'],
  ['sister', 'female'], ['congresswoman', 'female'], ['spokeswoman', 'female'],
  ['chairwoman', 'female'], ['businesswoman', 'female'], ['actress', 'female'],
  ['councilwoman', 'female'], ['assemblywoman', 'female'], ['alderwoman', 'female'],
]);

/** Honorifics that are a courtesy, not a role: dropped from the name, not kept as descriptors. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle']);

/** Lower-case particles inside names ("Michery el Soheil", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'de', 'del', 'della', 'der', 'di', 'da', 'dos', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'ben', 'y', 'st.',
]);

/**
 * Title abbreviations that wink-nlp's tokenizer splits from their full stop and ends a sentence
 * after (`the Rev.` | `Peter Wherry`, `Sens.` | `John McCain and …`), unlike `Sen.` or `Gov.`
 * which it knows. Case as written, without the stop; analyze-text.ts glues the stop back.
 */
export const SPLIT_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Rev', 'Sens', 'Reps', 'Pres', 'Adm', 'Sec', 'Cmdr', 'Supt', 'Msgr', 'Fr', 'Maj', 'Atty', 'Det', 'Pvt', 'Cpl', 'Spc', 'Insp', 'Amb', 'Ald',
]);
