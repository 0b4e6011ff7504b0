// Nouns that tell what kind of source a speaker is, when no name is given.

/** Heads of anonymous-source phrases ("a senior official", "a person familiar with …"). */
export const ANONYMOUS_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'person', 'people', 'aide', 'aides', 'insider',
  'insiders', 'staffer', 'staffers', 'diplomat', 'diplomats', 'operative', 'operatives',
  'individual', 'individuals', 'adviser', 'advisers', 'advisor', 'advisors', 'someone',
  'confidant', 'associate', 'associates', 'ally', 'allies', 'member', 'members', 'employee',
  'employees', 'observer', 'observers', 'witness', 'witnesses', 'participant', 'participants',
  'lawmaker', 'lawmakers', 'strategist', 'strategists', 'donor', 'donors', 'officer', 'officers',
]);

/** Speakers for an organisation: "a Kremlin spokesperson" speaks for the Kremlin. */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen',
  'representative', 'representatives', 'statement', 'release', 'press', 'memo',
]);

/** Common nouns for organisations ("the campaign said"), beside the generated ORGANIZATION_WORDS. */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'campaign', 'administration', 'government', 'kremlin', 'pentagon', 'house', 'senate',
  'congress', 'court', 'company', 'firm', 'agency', 'department', 'ministry', 'party',
  'committee', 'commission', 'council', 'embassy', 'office', 'network', 'newspaper', 'paper',
  'magazine', 'group', 'organization', 'organisation', 'foundation', 'union', 'bank', 'team',
  'station', 'channel', 'outlet', 'website', 'site', 'board', 'police', 'military', 'army',
  'navy', 'regime', 'cabinet', 'parliament', 'assembly', 'legislature', 'university', 'school',
  'institute', 'center', 'centre', 'hospital', 'corporation', 'inc', 'corp', 'llc', 'ltd',
  'times', 'post', 'journal', 'news', 'press', 'tribune', 'herald', 'guardian', 'telegraph',
  'reuters', 'ap', 'afp', 'cnn', 'msnbc', 'fox', 'nbc', 'cbs', 'abc', 'bbc', 'npr', 'politico',
]);

/** Nouns that are a document or message, not a person ("the statement said", "the letter reads"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'report', 'memo', 'post', 'tweet', 'email', 'message', 'release',
  'ad', 'advertisement', 'video', 'filing', 'complaint', 'lawsuit', 'suit', 'document',
  'note', 'article', 'story', 'editorial', 'piece', 'book', 'poll', 'survey', 'study',
  'analysis', 'transcript', 'caption', 'sign', 'banner', 'headline', 'website', 'page',
]);

/**
 * Words after a speech verb that say when or how, never who ("said Thursday", "said later"):
 * an inverted attribution never starts with them.
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week',
  'month', 'year', 'weekend', 'last', 'next', 'earlier', 'later', 'recently', 'then', 'now',
  'once', 'again', 'also', 'previously', 'repeatedly', 'afterward', 'afterwards', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec', 'this', 'that',
]);

/** Proper nouns for groups of people, which the tagger reads as names ("Republicans said"). */
export const GROUP_PROPER_NOUNS: ReadonlySet<string> = new Set([
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'independents',
  'libertarians', 'socialists', 'evangelicals', 'americans', 'russians', 'europeans', 'britons',
  'germans', 'french', 'chinese', 'iranians', 'israelis', 'palestinians', 'syrians', 'iraqis',
  'afghans', 'ukrainians', 'mexicans', 'canadians', 'latinos', 'hispanics', 'muslims',
  'christians', 'jews', 'catholics', 'protestants', 'mormons', 'millennials', 'texans',
  'californians', 'floridians', 'ohioans', 'virginians',
]);

/**
 * Verbs whose object is a document its subject speaks through: "the council issued a
 * statement calling …", "the company released a letter saying …" (lemmas).
 */
export const ISSUING_VERBS: ReadonlySet<string> = new Set([
  'issue', 'release', 'send', 'publish', 'post', 'circulate', 'distribute', 'put', 'file', 'submit', 'unveil',
]);

/**
 * Nouns for what a finding comes from (`a new poll shows Ruiz with 47 percent`, `FEC records
 * show Lee gave $38,000`, `the audit found waste in two departments`): after them `show` and
 * `find` report their object or bare clause.
 */
export const FINDING_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'data', 'records', 'figures', 'numbers',
  'results', 'analysis', 'report', 'reports', 'video', 'footage', 'emails', 'documents', 'filings',
  'statistics', 'average', 'audit', 'review', 'census', 'research', 'tally', 'count', 'polling',
]);
