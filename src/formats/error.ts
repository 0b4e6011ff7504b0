// Why a file could not be turned into article text. Thrown by the readers in src/formats/;
// the message is meant for the person who gave the file (the CLI prints it after the name).

export type FormatErrorCode =
  /** Not a kind of document quotewise reads (an image, an archive, a program…); `message` names the type. */
  | 'unsupported'
  /** A PDF whose pages carry no text (a scan): it needs OCR first. */
  | 'no-text-layer'
  /** A PDF that needs a password. */
  | 'encrypted'
  /** A file that claims a format but cannot be parsed as it (a truncated PDF, a broken DOCX). */
  | 'damaged'
  /** Reading this format needs an optional package that is not installed (pdfjs-dist, mammoth). */
  | 'missing-dependency';

export class FormatError extends Error {
  override readonly name = 'FormatError';
  constructor(
    readonly code: FormatErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isFormatError(err: unknown): err is FormatError {
  return err instanceof FormatError || (err instanceof Error && err.name === 'FormatError' && 'code' in err);
}

/** True when a dynamic import failed because the package is not installed (Node, bundlers). */
export function isModuleNotFound(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)|Failed to resolve module/i.test(err.message);
}
