// DOCX → article text with mammoth (the optional peer dependency `mammoth`, loaded on first
// use). Its raw-text mode gives each Word paragraph followed by a blank line, which is the
// paragraph layout extract() expects. Browser-safe: mammoth's package has a browser build.
import { FormatError, isModuleNotFound } from './error.js';
import type { ExtractedText } from './pdf.js';

/** The part of mammoth's API used here. */
export interface MammothModule {
  extractRawText(input: { buffer?: Uint8Array; arrayBuffer?: Uint8Array }): Promise<{ value: string }>;
}

export interface DocxOptions {
  /** The mammoth module to use; default: `import('mammoth')` on first use. */
  mammoth?: MammothModule | (() => Promise<MammothModule>);
}

const MAMMOTH = 'mammoth';

async function loadMammoth(option: DocxOptions['mammoth']): Promise<MammothModule> {
  if (option && typeof option === 'object') return option;
  try {
    const mod = (option ? await option() : await import(/* @vite-ignore */ /* webpackIgnore: true */ MAMMOTH)) as Partial<MammothModule> & { default?: MammothModule };
    // mammoth is CommonJS: its functions are on `default` when imported from ESM.
    return typeof mod.extractRawText === 'function' ? (mod as MammothModule) : mod.default!;
  } catch (err) {
    if (isModuleNotFound(err)) {
      throw new FormatError('missing-dependency', 'reading Word files needs the optional package mammoth: npm install mammoth');
    }
    throw err;
  }
}

/** A Word (.docx) document's text, one paragraph per Word paragraph. Throws FormatError `damaged` or `missing-dependency`. */
export async function docxToText(bytes: Uint8Array, options: DocxOptions = {}): Promise<ExtractedText> {
  const mammoth = await loadMammoth(options.mammoth);
  let raw: string;
  try {
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`; both accept a Uint8Array.
    raw = (await mammoth.extractRawText({ buffer: bytes, arrayBuffer: bytes })).value;
  } catch (err) {
    throw new FormatError('damaged', `not a readable Word document (${err instanceof Error ? err.message : String(err)})`);
  }
  const text = raw
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, title: null };
}
