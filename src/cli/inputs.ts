// Documents from the command line's inputs: text files, saved web pages, JSONL archives
// (streamed line by line, never read whole), folders of those, and stdin. Inputs are only
// ever opened for reading. A problem with one input is reported and the rest still read.
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { isUrl, readInput } from './read-input.js';
import type { Readable } from 'node:stream';

export type InputKind = 'txt' | 'html' | 'jsonl' | 'pdf' | 'docx';

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

/** An input that could not be read: reported as `file:line: reason` (`file: reason` without a line). */
export interface InputProblem {
  file: string;
  line: number | null;
  reason: string;
}

export function formatProblem(p: InputProblem): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.reason}`;
}

export interface PlannedInput {
  /** As given (or joined under a given folder): the document id and the name in messages. */
  path: string;
  /** `path` resolved against the working directory, for the file system. */
  fsPath: string;
  kind: InputKind;
  /** Neither `--input` nor the extension said what it is (stdin, a URL, an unknown extension): the bytes decide. */
  sniff?: boolean;
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
): AsyncGenerator<InputDocument> {
  for (const input of inputs) {
    const { path, fsPath, kind } = input;
    if (kind === 'jsonl') {
      yield* readJsonl(path, path === '-' ? stdin : createReadStream(fsPath, { encoding: 'utf8' }), onProblem);
      continue;
    }
    // Text, HTML, PDF, DOCX or an http(s) URL; images and other binary files are refused by name.
    let doc;
    try {
      doc = await readInput(input, stdin);
    } catch (err) {
      onProblem({ file: path, line: null, reason: reasonOf(err) });
      continue;
    }
    yield { id: path, text: doc.text, kind: doc.kind, file: path, line: null, title: doc.title };
  }
}

async function* readJsonl(path: string, input: Readable, onProblem: (p: InputProblem) => void): AsyncGenerator<InputDocument> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
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
    lines.close();
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
