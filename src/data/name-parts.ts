// Lower-case words inside proper names that rules test for.

/** Lower-case words that join the parts of an organisation's name (`Bureau of Prisons`). */
export const ORG_NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'and', '&', 'to', 'the']);

/** Generational suffixes that end a person's name (`Jr.`, `III`). */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words an acronym skips: `Securities and Exchange Commission` → SEC. */
export const ACRONYM_SKIPPED_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'to', '&', 'a', 'an', 'in', 'at']);
