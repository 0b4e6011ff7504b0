/** Codes of {@link QuoteExtractionError}: always a programmer error, never a problem in the text. */
export type QuoteExtractionErrorCode = 'INVALID_TEXT' | 'INVALID_OPTION';

/** Thrown for wrong arguments (not a string, unknown or ill-typed options). */
export class QuoteExtractionError extends Error {
  override name = 'QuoteExtractionError';
  readonly code: QuoteExtractionErrorCode;

  constructor(code: QuoteExtractionErrorCode, message: string) {
    super(`quotewise: ${message}`);
    this.code = code;
  }
}

/** True for a {@link QuoteExtractionError}, also one from another copy or realm of quotewise. */
export function isQuoteExtractionError(value: unknown): value is QuoteExtractionError {
  return (
    value instanceof QuoteExtractionError ||
    (value instanceof Error &&
      value.name === 'QuoteExtractionError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}
