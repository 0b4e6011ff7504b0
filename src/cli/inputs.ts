// Documents from the command line's inputs: text files, saved web pages, JSONL archives
// (streamed line by line, never read whole), folders of those, and stdin. Inputs are only
// ever opened for reading, and only regular files are read (a FIFO would block for ever, a
// link to /dev/zero never ends); every read is bounded. A problem with one input (an
// unreadable file, a page that breaks the HTML reader, an overlong JSONL line) is reported
// and the rest still read.
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MB, NotRegularFile, notRegular, openRegular, sizeText } from './read-bytes.js';
import { isUrl, readInput, type InputKind, type PlannedInput } from './read-input.js';
// Defined next to the reader (read-input.ts imports nothing back from here: no import cycle).
export type { InputKind, PlannedInput } from './read-input.js';
import type { Readable } from 'node:stream';

export interface InputDocument {
  /** The file path for a text or HTML file, the record's `id` for a JSONL line. */
  id: string;
  text: string;
  kind: InputKind;
  /** Where it came from, for messages: the path (`-` for stdin) and the JSONL line. */
  file: string;
  line: number | null;
  /** An HTML page's title. */
  title: string | null;
}

/**
 * An input that could not be read: reported as `file:line: reason` (`file: reason` without a
 * line). A `warning` was read all the same (cut at the size limit, a page read whole): it is
 * reported as `file: warning: reason` and does not change the exit code.
 */
export interface InputProblem {
  file: string;
  line: number | null;
  reason: string;
  warning?: boolean;
}

export function formatProblem(p: InputProblem): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.warning ? 'warning: ' : ''}${p.reason}`;
}

/** How much of an input is read. */
export interface ReadLimits {
  /** Bytes read of a text or HTML file (or stdin); the rest is left unread, with a warning. */
  maxBytes: number;
  /** Longest JSONL line, in bytes; a longer line is skipped (and reported), never held whole. */
  maxLineBytes: number;
}

/**
 * 64 MiB of a file, or 4 bytes per character of `maxLength` when that is more (UTF-8 needs at
 * most 4); a JSONL line up to 256 MiB (JSON escapes make a line longer than its text; V8
 * cannot hold a string of 512 MiB, which is where readline used to crash).
 */
export function readLimits(maxLength: number | undefined): ReadLimits {
  return { maxBytes: Math.max(64 * MB, 4 * (maxLength ?? 0)), maxLineBytes: 256 * MB };
}

const EXTENSIONS: Record<string, InputKind> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

function kindOf(path: string): InputKind | null {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return dot > slash ? (EXTENSIONS[path.slice(dot).toLowerCase()] ?? null) : null;
}

/**
 * The inputs to read, in order: folders expanded (recursively, sorted by name, files with a
 * known extension only), each with its kind (`forced`, else by extension, else text).
 */
export async function planInputs(
  paths: readonly string[],
  forced: InputKind | null,
  onProblem: (p: InputProblem) => void,
  cwd: string,
): Promise<PlannedInput[]> {
  const out: PlannedInput[] = [];
  const seenDirs = new Set<string>(); // a symlink back up the tree must not loop
  const visit = async (path: string, top: boolean): Promise<void> => {
    if (path === '-' || isUrl(path)) {
      out.push({ path, fsPath: path, kind: forced ?? 'txt', sniff: forced === null });
      return;
    }
    const fsPath = resolve(cwd, path);
    let info;
    try {
      info = await stat(fsPath);
    } catch (err) {
      onProblem({ file: path, line: null, reason: reasonOf(err) });
      return;
    }
    if (!info.isDirectory() && !info.isFile()) {
      onProblem({ file: path, line: null, reason: notRegular(info) });
      return;
    }
    if (info.isDirectory()) {
      let names: string[];
      try {
        const real = await realpath(fsPath);
        if (seenDirs.has(real)) return;
        seenDirs.add(real);
        names = (await readdir(fsPath)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      } catch (err) {
        onProblem({ file: path, line: null, reason: reasonOf(err) });
        return;
      }
      for (const name of names) if (!name.startsWith('.')) await visit(join(path, name), false);
      return;
    }
    const kind = kindOf(path);
    if (!top && kind === null) return; // other files in a folder (images, notes) are not articles
    out.push({ path, fsPath, kind: forced ?? kind ?? 'txt', sniff: forced === null && kind === null });
  };
  for (const p of paths) await visit(p, true);
  return out;
}

export function reasonOf(err: unknown): string {
  if (err instanceof NotRegularFile) return err.message;
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    const messages: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      EMFILE: 'too many open files',
    };
    return `cannot read (${err.code}: ${messages[err.code] ?? 'read error'})`;
  }
  return err instanceof Error ? err.message : String(err);
}

/** Every document of the planned inputs, in order; problems go to `onProblem`. */
export async function* readDocuments(
  inputs: readonly PlannedInput[],
  stdin: Readable,
  onProblem: (p: InputProblem) => void,
  limits: ReadLimits = readLimits(undefined),
): AsyncGenerator<InputDocument> {
  for (const input of inputs) {
    const { path, fsPath, kind } = input;
    if (kind === 'jsonl') {
      let input: Readable;
      try {
        input = path === '-' ? stdin : createReadStream('', { fd: await openRegular(fsPath) });
      } catch (err) {
        onProblem({ file: path, line: null, reason: reasonOf(err) });
        continue;
      }
      yield* readJsonl(path, input, onProblem, limits.maxLineBytes);
      continue;
    }
    // Text, HTML, PDF, DOCX or an http(s) URL; images and other binary files are refused by name.
    let doc;
    try {
      doc = await readInput(input, stdin, limits.maxBytes);
    } catch (err) {
      // Whatever breaks on one input (including a stack overflow in a parser) stays with it.
      onProblem({ file: path, line: null, reason: reasonOf(err) });
      continue;
    }
    if (doc.truncated) onProblem({ file: path, line: null, reason: `larger than ${sizeText(limits.maxBytes)}: only the first ${sizeText(limits.maxBytes)} were read`, warning: true });
    if (doc.warning) onProblem({ file: path, line: null, reason: doc.warning, warning: true });
    yield { id: path, text: doc.text, kind: doc.kind, file: path, line: null, title: doc.title };
  }
}

/**
 * The lines of a byte stream, each decoded as UTF-8 without its line break (LF or CRLF). A
 * line longer than `maxLineBytes` is never joined into one string: its bytes are dropped as
 * they come, and it is yielded as `{ overlong: bytes }` so that it can be reported.
 */
export async function* linesOf(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<string | { overlong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let overlong = false;
  const finish = (): string | { overlong: number } => {
    const out = overlong ? { overlong: size } : Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '');
    parts = [];
    size = 0;
    overlong = false;
    return out;
  };
  const add = (piece: Buffer): void => {
    size += piece.length;
    if (overlong) return;
    if (size > maxLineBytes) {
      overlong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      add(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < buf.length) add(buf.subarray(from));
  }
  if (size > 0 || parts.length > 0) yield finish();
}

async function* readJsonl(path: string, input: Readable, onProblem: (p: InputProblem) => void, maxLineBytes: number): AsyncGenerator<InputDocument> {
  let line = 0;
  try {
    for await (const raw of linesOf(input as AsyncIterable<Buffer | string>, maxLineBytes)) {
      line++;
      if (typeof raw !== 'string') {
        onProblem({ file: path, line, reason: `line longer than ${sizeText(maxLineBytes)} (${sizeText(raw.overlong)}): skipped` });
        continue;
      }
      const parsed = parseJsonLine(raw, line);
      if (parsed === null) continue;
      if ('reason' in parsed) {
        onProblem({ file: path, line, reason: parsed.reason });
        continue;
      }
      yield { id: parsed.id ?? `${path}:${line}`, text: parsed.text, kind: 'jsonl', file: path, line, title: null };
    }
  } catch (err) {
    onProblem({ file: path, line: line === 0 ? null : line, reason: reasonOf(err) });
  } finally {
    if (path !== '-') input.destroy();
  }
}

/** One JSONL line: null for a blank line, the record, or why it is unusable. */
export function parseJsonLine(raw: string, line: number): { id: string | null; text: string } | { reason: string } | null {
  const src = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
  if (src.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(src);
  } catch (err) {
    return { reason: `invalid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { reason: 'expected an object {"id", "text"}' };
  const { id, text } = value as Record<string, unknown>;
  if (typeof text !== 'string') return { reason: `"text" must be a string, got ${text === null ? 'null' : typeof text}` };
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return { reason: `"id" must be a string or a number, got ${typeof id}` };
  }
  return { id: id === undefined || id === null ? null : String(id), text };
}
