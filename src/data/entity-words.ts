// Word tables the entity layer reads besides compromise's lexicon (lexicon.generated.ts):
// what compromise leaves out because the word is also a common word, and short forms that
// only name a place. Lower case unless said otherwise.

/**
 * Organisation words compromise does not list: a run holding one keeps its `of`/`for`/`to`
 * connectors and reads as an organisation ("National League for Democracy", "Alliance to
 * Reclaim Our Schools", "National Review").
 */
export const EXTRA_ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'league', 'alliance', 'caucus', 'review', 'initiative', 'project', 'network', 'trust',
  'institution', 'forum', 'fellowship', 'consortium', 'tribune', 'globe', 'bulletin',
]);

/**
 * State and province abbreviations as written after a town ("Ashton, Md.", "Austin, Tex."):
 * with their full stop, case as written. Without the stop several are words or names ("Mo",
 * "Del", "La"), so only the dotted form is read as a place.
 */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'D.C.', 'Fla.', 'Ga.', 'Ill.',
  'Ind.', 'Kan.', 'Kans.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.',
  'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.',
  'Pa.', 'Penn.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.',
  'Wis.', 'Wyo.', 'Alta.', 'Ont.', 'Que.', 'Sask.', 'Man.',
]);

/**
 * First names that are also common words, so compromise's first-name lists leave them out
 * ("Bill", "Will", "Hope"), with the gender they usually carry. Used only for pronoun and
 * honorific agreement, never reported and never to decide that a word is a name.
 */
export const WORD_FIRST_NAME_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['bill', 'male'], ['will', 'male'], ['mark', 'male'], ['grant', 'male'], ['chuck', 'male'],
  ['rob', 'male'], ['bob', 'male'], ['dick', 'male'], ['jack', 'male'], ['frank', 'male'],
  ['drew', 'male'], ['dean', 'male'], ['guy', 'male'], ['rich', 'male'], ['ray', 'male'],
  ['gene', 'male'], ['earl', 'male'], ['bud', 'male'], ['chase', 'male'], ['cliff', 'male'],
  ['lance', 'male'], ['miles', 'male'], ['rod', 'male'],
  ['wade', 'male'], ['rush', 'male'], ['buck', 'male'],
  ['hope', 'female'], ['faith', 'female'], ['joy', 'female'], ['grace', 'female'], ['rose', 'female'],
  ['dawn', 'female'], ['april', 'female'], ['june', 'female'], ['ivy', 'female'], ['pearl', 'female'],
  ['ruby', 'female'], ['holly', 'female'], ['crystal', 'female'], ['daisy', 'female'],
  ['iris', 'female'], ['lily', 'female'], ['violet', 'female'], ['ginger', 'female'],
  ['eve', 'female'], ['patience', 'female'], ['summer', 'female'], ['liberty', 'female'],
]);

/**
 * Capitalised words that name a belief, a doctrine or a field, never a person or a speaker
 * ("Islam", "Marxism"), even when they stand as a clause subject.
 */
export const DOCTRINE_WORDS: ReadonlySet<string> = new Set([
  'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'catholicism', 'protestantism',
  'communism', 'socialism', 'capitalism', 'marxism', 'fascism', 'nazism', 'zionism', 'sharia',
  'brexit', 'obamacare', 'medicare', 'medicaid',
]);

/**
 * Document nouns besides source-nouns.ts's DOCUMENT_NOUNS: data, rulings and exhibits speak
 * for whoever issued them ("the data show", "one slide says", "her submission to the court").
 */
export const EXTRA_DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'data', 'statistic', 'statistics', 'figure', 'number', 'clip', 'slide', 'submission', 'brief',
  'ruling', 'finding', 'estimate', 'projection', 'database', 'record', 'memoir', 'footage',
  'research', 'account', 'testimony', 'affidavit', 'indictment', 'verdict', 'opinion', 'order',
  'decision', 'resolution', 'motion', 'petition', 'chart', 'graphic', 'map', 'spreadsheet',
]);

/**
 * Heads of an unnamed source that stand for many people: the source is a group ("a majority
 * of voters", "Another 19 percent", "a handful of aides"), as is any plural head ("officials",
 * "sources", "his aides").
 */
export const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  'percent', '%', 'majority', 'plurality', 'minority', 'number', 'handful', 'dozens', 'hundreds',
  'thousands', 'millions', 'chorus', 'array', 'host', 'crowd', 'half', 'third', 'quarter',
  'most', 'many', 'some', 'several', 'others', 'both', 'few', 'all', 'people', 'men', 'women',
  'children', 'folks', 'staff', 'public', 'electorate',
]);

/** First words that pick one person out of many: the source is `anonymous` ("one of his advisers", "another official"). */
export const ONE_OF_MANY: ReadonlySet<string> = new Set(['one', 'another', 'someone', 'somebody']);

/** Last words of a publication's name that stand for the whole ("the Times" → The New York Times, "the Post"). */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'journal', 'tribune', 'herald', 'globe', 'gazette', 'chronicle', 'telegraph',
  'guardian', 'observer', 'inquirer', 'examiner', 'review', 'bulletin', 'courier', 'sentinel',
]);

/** Nouns for one person by family tie or office that compromise's role nouns lack: "his ex-wife", "her daughter" speak as a person. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'ex-wife', 'ex-husband', 'son', 'daughter', 'father', 'mother', 'brother',
  'sister', 'widow', 'widower', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'partner', 'uncle',
  'aunt', 'niece', 'nephew', 'cousin', 'grandson', 'granddaughter', 'grandmother', 'grandfather',
  'lawyer', 'attorney', 'doctor', 'physician', 'announcer', 'narrator', 'host', 'moderator',
]);
