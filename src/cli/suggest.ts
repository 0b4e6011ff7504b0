// `quotewise article.txt` (the command forgotten): say which command was meant instead of
// commander's bare "unknown command".
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Quotes an argument for a POSIX shell when it needs it. */
const shellQuote = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/**
 * When the first argument is neither an option nor a command but looks like an input (an
 * existing path, a file name with an extension, a URL or `-`), the message suggesting
 * `quotewise extract …`; else null (commander reports it as usual).
 */
export function suggestExtract(argv: readonly string[], commands: readonly string[], cwd: string): string | null {
  const first = argv[0];
  if (first === undefined || commands.includes(first) || (first.startsWith('-') && first !== '-')) return null;
  const looksLikeInput = first === '-' || /^https?:\/\//i.test(first) || /[./\\]/.test(first) || existsSync(resolve(cwd, first));
  if (!looksLikeInput) return null;
  return `error: unknown command '${first}'\nTo read it as an article: quotewise extract ${argv.map(shellQuote).join(' ')}\n(see quotewise --help)\n`;
}
