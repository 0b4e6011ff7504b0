// What wink-nlp keeps of a document it has read (its "raw document data"), read directly.
//
// `doc.tokens().out(its.value)` and its siblings walk the tokens once per property, through a
// function call per token, and build an array each (preceding spaces as strings of blanks);
// `its.lemma` needs the data itself. The data is wink's own: the `its` helpers take it as their
// argument (`its.lemma(index, data, addons)` in wink-nlp's type declarations). It is handed to
// the model's POS setter, the last step of the pipe ['sbd', 'pos'], so the model object given to
// wink passes it on from there. The layout below is wink-nlp 2.4.0's (`constants.js`, `its.js`;
// the version is pinned exactly) and tests/wink-doc-data.test.ts compares every value read here
// with wink's own `out()` helpers.

/** wink's data for one document, as far as this adapter reads it. */
export interface WinkDocData {
  /**
   * TOKEN_SIZE numbers per token: the lexeme's index; the count of preceding spaces (low 16
   * bits; SPACES_MASK means "see nonBreakingSpaces"); the POS tag (bits 20–25) and lemma; flags.
   */
  tokens: number[];
  /** `[first token, last token, negation, sentiment]` per sentence. */
  sentences: number[][];
  /** The preceding whitespace of a token whose count is SPACES_MASK (it held a no-break space). */
  nonBreakingSpaces: Record<number, string>;
}

const TOKEN_SIZE = 4;
const SPACES_MASK = 0xffff;
const POS_MASK = 0x3f00000;
const LEMMA_BITS = 20;

/** Tokens in `data`. */
export function tokenCount(data: WinkDocData): number {
  return data.tokens.length / TOKEN_SIZE;
}

/** Token i's lexeme index (its text is `lexemes[index]`, as `its.value` reads it). */
export function lexemeOf(data: WinkDocData, i: number): number {
  return data.tokens[i * TOKEN_SIZE]!;
}

/** Token i's preceding whitespace, counted (`its.precedingSpaces(i).length`). */
export function precedingSpaceCount(data: WinkDocData, i: number): number {
  const count = data.tokens[i * TOKEN_SIZE + 1]! & SPACES_MASK;
  return count < SPACES_MASK ? count : (data.nonBreakingSpaces[i]?.length ?? 0);
}

/** Whether token i is one of a contraction's expansions (`its.contractionFlag`): its lemma is stored with it. */
export function isExpansion(data: WinkDocData, i: number): boolean {
  return data.tokens[i * TOKEN_SIZE + 1]! > SPACES_MASK;
}

/** Token i's POS tag's index in the model's tag list (`its.pos`). */
export function posIndexOf(data: WinkDocData, i: number): number {
  return (data.tokens[i * TOKEN_SIZE + 2]! & POS_MASK) >>> LEMMA_BITS;
}

interface PosModel {
  setter: (data: WinkDocData, ...rest: unknown[]) => void;
}

/** `model` with a POS model whose setter hands each document's data to `onData` once tagged. */
export function withDocData(model: Record<string, unknown>, onData: (data: WinkDocData) => void): Record<string, unknown> {
  const pos = model.pos as () => PosModel;
  return {
    ...model,
    pos: (): PosModel => {
      const loaded = pos();
      return {
        ...loaded,
        setter: (data, ...rest) => {
          loaded.setter(data, ...rest);
          onData(data);
        },
      };
    },
  };
}
