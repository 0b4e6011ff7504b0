// Quote marks by family. A mark's role (opening, closing or either) is decided from its
// neighbours by find-quote-marks.ts; pairing by pair-quote-marks.ts.

/** Families of marks: a closing mark only closes an opening mark of its own family. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

export interface QuoteMarkDef {
  mark: string;
  family: MarkFamily;
  /** Which roles the mark can play in running text. */
  canOpen: boolean;
  canClose: boolean;
  /** Marks that close a quote opened by this one. */
  closers: readonly string[];
}

const def = (mark: string, family: MarkFamily, canOpen: boolean, canClose: boolean, closers: string[]): QuoteMarkDef => ({
  mark, family, canOpen, canClose, closers,
});

/** Longest marks first: the scanner tries them in this order. */
export const QUOTE_MARKS: readonly QuoteMarkDef[] = [
  def('``', 'double', true, false, ["''", '”', '"']),
  def("''", 'double', true, true, ["''"]),
  def('"', 'double', true, true, ['"', '”']),
  def('“', 'double', true, true, ['”', '"', '“']), // “…“ is a common typing slip
  def('”', 'double', true, true, ['”']), // ”…” : Swedish / Finnish style
  def('„', 'double', true, false, ['“', '”']),
  def('‘', 'single', true, true, ['’', "'"]),
  def('’', 'single', false, true, ['’']),
  def("'", 'single', true, true, ["'", '’']),
  def('‚', 'single', true, false, ['‘', '’']),
  def('«', 'guillemet', true, true, ['»']),
  def('»', 'guillemet', true, true, ['«', '»']),
  def('‹', 'single-guillemet', true, true, ['›']),
  def('›', 'single-guillemet', true, true, ['‹', '›']),
  def('「', 'corner', true, false, ['」']),
  def('」', 'corner', false, true, []),
  def('『', 'white-corner', true, false, ['』']),
  def('』', 'white-corner', false, true, []),
];

/**
 * Tokens that the content test (classify-content.ts) reads as a quote mark: the double marks,
 * the curly singles and guillemets, not the straight `'` (mostly an apostrophe where it stands
 * alone). Deriving it from QUOTE_MARKS adds `'`, `„`, `‚`, `‹`, `›` and changes records.
 */
export const QUOTE_MARK_TOKENS: ReadonlySet<string> = new Set(['“', '”', '"', "''", '‘', '’', '«', '»', '``']);

/** Characters that can start a quote mark: a fast filter before the table lookup. */
export const QUOTE_MARK_CHARS: ReadonlySet<string> = new Set(QUOTE_MARKS.map((d) => d.mark[0]!));

/**
 * Words that an apostrophe shortens at their start ('em, 'til, 'cause, rock 'n' roll):
 * the mark before them is not an opening quote.
 */
export const LEADING_ELISIONS: ReadonlySet<string> = new Set([
  'em', 'til', 'tis', 'twas', 'cause', 'n', 'round', 'bout', 'nuff', 'cept', 'fraid', 's',
]);

/** Characters after which a mark at a word start opens a quote: `(“`, `—“`. */
export const BEFORE_OPENING_MARK: ReadonlySet<string> = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '…']);

/** Punctuation that follows a closing mark, never an opening one: `» ,`, `" .`. */
export const AFTER_CLOSING_MARK: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}']);
