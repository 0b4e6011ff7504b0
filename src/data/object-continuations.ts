// What may follow a comma inside a noun-phrase object that reports (rules/object-extent.ts).

/** Words after a comma that give examples of the object (`cited several grievances, including …`). */
export const EXAMPLE_OPENERS: ReadonlySet<string> = new Set(['including', 'especially', 'particularly', 'notably', 'mainly', 'chiefly']);

/** Two-word openers of the same kind (`, such as …`, `, as well as …`). */
export const EXAMPLE_OPENER_PAIRS: ReadonlySet<string> = new Set(['such as', 'as well', 'among others', 'among them', 'in particular']);

/** Prepositions of an object verb's second complement: `accused X of`, `charged X with`, `blamed X for`, `praised X as`. */
export const SECOND_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'with', 'for', 'as']);
