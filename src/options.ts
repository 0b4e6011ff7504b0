import { QuoteExtractionError } from './errors.js';
import type { ExtractOptions } from './types.js';

export type ResolvedOptions = Required<ExtractOptions>;

export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  scope: 'statements',
  includeNonSpeech: false,
  maxLength: 5_000_000,
});

/** `null`, `an array`, `a function`, `number 1.5`, `string "100"`: type, and value where short. */
const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

/** Validates `options` against {@link ExtractOptions} and fills in the defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return { ...DEFAULT_OPTIONS };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new QuoteExtractionError('INVALID_OPTION', `extract(text, options) expects options to be an object or undefined, got ${describe(options)}`);
  }
  const resolved: ResolvedOptions = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    switch (key) {
      case 'scope':
        if (value !== 'statements' && value !== 'wide') {
          throw new QuoteExtractionError('INVALID_OPTION', `options.scope must be 'statements' or 'wide', got ${describe(value)}`);
        }
        resolved.scope = value;
        break;
      case 'includeNonSpeech':
        if (typeof value !== 'boolean') {
          throw new QuoteExtractionError('INVALID_OPTION', `options.includeNonSpeech must be a boolean, got ${describe(value)}`);
        }
        resolved.includeNonSpeech = value;
        break;
      case 'maxLength':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
          throw new QuoteExtractionError('INVALID_OPTION', `options.maxLength must be a positive integer, got ${describe(value)}`);
        }
        resolved.maxLength = value;
        break;
      default:
        throw new QuoteExtractionError(
          'INVALID_OPTION',
          `unknown option "${key}" (known: ${Object.keys(DEFAULT_OPTIONS).join(', ')})`,
        );
    }
  }
  return resolved;
}
