// One input (a file, stdin or an http(s) URL) → the document text, through the browser-safe
// readers of src/formats/: what the bytes are decides how they are read, so a PDF or a DOCX
// is read as one, and an image or an archive is refused by name (never read as text).
import type { Readable } from 'node:stream';
import { isFormatError } from '../formats/error.js';
import { readDocumentBytes } from '../formats/read.js';
import { readInputBytes } from './read-bytes.js';
import { version } from './version.js';

/** What an input is read as. */
export type InputKind = 'txt' | 'html' | 'jsonl' | 'pdf' | 'docx';

export interface PlannedInput {
  /** As given (or joined under a given folder): the document id and the name in messages. */
  path: string;
  /** `path` resolved against the working directory, for the file system. */
  fsPath: string;
  kind: InputKind;
  /** Neither `--input` nor the extension said what it is (stdin, a URL, an unknown extension): the bytes decide. */
  sniff?: boolean;
}

/** An input given as an http(s) address. */
export const isUrl = (path: string): boolean => /^https?:\/\//i.test(path);

/** Longest response read from a URL; a news page is a few hundred KB, a PDF a few MB. */
export const MAX_URL_BYTES = 50 * 1024 * 1024;
const URL_TIMEOUT_MS = 30_000;

export interface ReadInput {
  text: string;
  title: string | null;
  kind: Exclude<InputKind, 'jsonl'>;
  /** Only the first `maxBytes` were read. */
  truncated: boolean;
  /** Read, but not as well as it should be (an HTML page read whole: its article could not be isolated). */
  warning: string | null;
}

/** Why a fetch failed, in words: the network error's code, or the HTTP status. */
function fetchFailure(err: unknown): Error {
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return new Error(`cannot fetch (no answer within ${URL_TIMEOUT_MS / 1000} s)`);
  if (cause?.code) return new Error(`cannot fetch (${cause.code}${cause.message ? `: ${cause.message}` : ''})`);
  return new Error(`cannot fetch (${err instanceof Error ? err.message : String(err)})`);
}

/** The body of an http(s) URL (redirects followed) and its Content-Type. */
export async function fetchUrl(url: string): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(URL_TIMEOUT_MS),
      headers: {
        'user-agent': `quotewise/${version()} (quote extraction; command line)`,
        accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5',
      },
    });
  } catch (err) {
    throw fetchFailure(err);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`cannot fetch (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''})`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_URL_BYTES) {
    await res.body?.cancel();
    throw new Error(`cannot fetch (the response is ${declared} bytes, more than ${MAX_URL_BYTES})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > MAX_URL_BYTES) throw new Error(`cannot fetch (the response is more than ${MAX_URL_BYTES} bytes)`);
      chunks.push(chunk);
    }
  } catch (err) {
    throw err instanceof Error && err.message.startsWith('cannot fetch') ? err : fetchFailure(err);
  }
  return { bytes: Buffer.concat(chunks), contentType: res.headers.get('content-type') };
}

const KIND = { text: 'txt', html: 'html', pdf: 'pdf', docx: 'docx' } as const;

/**
 * Reads one planned input. `kind` from `--input` or the extension says text or HTML; when
 * `sniff` is set (stdin, a URL, an unknown extension) the bytes or the Content-Type decide.
 * PDF, DOCX and binary files are always told by their bytes. Throws with the reason.
 */
export async function readInput(input: PlannedInput, stdin: Readable, maxBytes: number): Promise<ReadInput> {
  const { path, fsPath, kind } = input;
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let truncated = false;
  // stdin and files: bounded, regular files only (read-bytes.ts).
  if (isUrl(path)) ({ bytes, contentType } = await fetchUrl(path));
  else ({ bytes, truncated } = await readInputBytes(path, fsPath, stdin, maxBytes));
  const as = input.sniff ? null : kind === 'html' ? 'html' : kind === 'txt' ? 'text' : null;
  let read;
  try {
    read = await readDocumentBytes(bytes, { name: path, as, contentType });
  } catch (err) {
    // A FormatError's `code` is ours, not a file-system code: report its message as it is.
    throw isFormatError(err) ? new Error(err.message) : err;
  }
  // A download that went wrong is often an HTML error page saved under the document's name.
  if ((kind === 'pdf' || kind === 'docx') && !input.sniff && KIND[read.format] !== 'pdf' && KIND[read.format] !== 'docx') {
    throw new Error(`not a ${kind === 'pdf' ? 'PDF' : 'Word document'}: the file is named .${kind} but holds ${read.format === 'html' ? 'an HTML page' : 'text'}`);
  }
  const fallback = 'fallback' in read && typeof read.fallback === 'string' ? read.fallback : null;
  return { text: read.text, title: read.title, kind: KIND[read.format], truncated, warning: fallback };
}
