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
  // Not `instanceof Error` alone: an error from another realm (vm, iframe, worker) has
  // another Error constructor, and a second copy of quotewise another class.
  if (value instanceof QuoteExtractionError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const { name, code, message } = value as { name?: unknown; code?: unknown; message?: unknown };
  return name === 'QuoteExtractionError' && (code === 'INVALID_TEXT' || code === 'INVALID_OPTION') && typeof message === 'string';
}
