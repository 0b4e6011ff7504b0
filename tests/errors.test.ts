// Programmer errors: a wrong argument throws a QuoteExtractionError with a code and a message
// that names the argument and what was expected. Problems in the text never throw (see
// properties.test.ts and warnings.test.ts).
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { extract, isQuoteExtractionError, QuoteExtractionError } from '../src/index.js';

/** Calls `fn` and returns what it threw (fails the test if it did not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

// extract is typed; these calls are what plain-JavaScript callers can do.
const untypedExtract = extract as (...args: unknown[]) => unknown;

describe('text that is not a string: INVALID_TEXT', () => {
  test.each([
    ['a number', 42, 'number'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['an object', { text: 'Hi' }, 'object'],
    ['an array', ['“Hi,” he said.'], 'object'],
    ['a String object', new String('“Hi,” he said.'), 'object'],
    ['a Buffer', Buffer.from('“Hi,” he said.'), 'object'],
    ['a symbol', Symbol('x'), 'symbol'],
    ['a bigint', 10n, 'bigint'],
  ])('%s', (_label, value, got) => {
    const error = thrown(() => untypedExtract(value));
    expect(error).toBeInstanceOf(QuoteExtractionError);
    expect(error).toBeInstanceOf(Error);
    expect(isQuoteExtractionError(error)).toBe(true);
    const e = error as QuoteExtractionError;
    expect(e.code).toBe('INVALID_TEXT');
    expect(e.name).toBe('QuoteExtractionError');
    expect(e.message).toContain('text');
    expect(e.message).toContain('string');
    expect(e.message).toContain(got);
    expect(e.message.startsWith('quotewise: ')).toBe(true);
  });

  test('no argument at all', () => {
    const error = thrown(() => untypedExtract());
    expect(isQuoteExtractionError(error) && error.code).toBe('INVALID_TEXT');
  });

  test('a bad text is reported before bad options', () => {
    const error = thrown(() => untypedExtract(42, { bogus: true }));
    expect(isQuoteExtractionError(error) && error.code).toBe('INVALID_TEXT');
  });
});

describe('options: INVALID_OPTION naming the option and what was expected', () => {
  test.each([
    ['options a number', 42, ['options', 'object', 'number 42']],
    ['options a string', 'includeNonSpeech', ['options', 'object', 'string "includeNonSpeech"']],
    ['options null', null, ['options', 'object', 'null']],
    ['options an array', [], ['options', 'object', 'an array']],
    ['options true', true, ['options', 'object', 'boolean true']],
    ['unknown option', { includeNonspeech: true }, ['unknown option "includeNonspeech"', 'includeNonSpeech', 'maxLength']],
    ['unknown option among known ones', { maxLength: 10, verbose: true }, ['unknown option "verbose"']],
    ['includeNonSpeech a string', { includeNonSpeech: 'yes' }, ['options.includeNonSpeech', 'boolean', 'string "yes"']],
    ['includeNonSpeech a number', { includeNonSpeech: 1 }, ['options.includeNonSpeech', 'boolean', 'number 1']],
    ['includeNonSpeech null', { includeNonSpeech: null }, ['options.includeNonSpeech', 'boolean', 'null']],
    ['scope unknown', { scope: 'speech' }, ['options.scope', "'statements' or 'wide'", 'string "speech"']],
    ['scope a boolean', { scope: true }, ['options.scope', 'boolean true']],
    ['maxLength 0', { maxLength: 0 }, ['options.maxLength', 'positive integer', 'number 0']],
    ['maxLength negative', { maxLength: -5 }, ['options.maxLength', 'positive integer', 'number -5']],
    ['maxLength fractional', { maxLength: 1.5 }, ['options.maxLength', 'positive integer', 'number 1.5']],
    ['maxLength NaN', { maxLength: Number.NaN }, ['options.maxLength', 'number NaN']],
    ['maxLength Infinity', { maxLength: Infinity }, ['options.maxLength', 'number Infinity']],
    ['maxLength a numeric string', { maxLength: '100' }, ['options.maxLength', 'string "100"']],
    ['maxLength a bigint', { maxLength: 100n }, ['options.maxLength', 'bigint 100']],
    ['maxLength an object', { maxLength: {} }, ['options.maxLength', 'an object']],
  ])('%s', (_label, options, fragments) => {
    const error = thrown(() => untypedExtract('“We will win,” she said.', options));
    expect(isQuoteExtractionError(error)).toBe(true);
    const e = error as QuoteExtractionError;
    expect(e.code).toBe('INVALID_OPTION');
    for (const fragment of fragments) expect(e.message).toContain(fragment);
  });

  test.each([
    ['no options', undefined],
    ['empty options', {}],
    ['an option explicitly undefined', { maxLength: undefined }],
    ['both options', { includeNonSpeech: true, maxLength: 1_000 }],
    ['scope wide', { scope: 'wide' }],
    ['scope statements', { scope: 'statements', includeNonSpeech: true }],
    ['an options object without a prototype', Object.assign(Object.create(null) as object, { maxLength: 50 })],
  ])('valid: %s', (_label, options) => {
    expect(() => untypedExtract('“We will win,” she said.', options)).not.toThrow();
  });
});

describe('isQuoteExtractionError', () => {
  test.each([
    ['a plain Error', new Error('quotewise: no')],
    ['a TypeError', new TypeError('x')],
    ['an Error named QuoteExtractionError without a code', Object.assign(new Error('x'), { name: 'QuoteExtractionError' })],
    ['an Error with a foreign code', Object.assign(new Error('x'), { name: 'QuoteExtractionError', code: 'ENOENT' })],
    ['a string', 'QuoteExtractionError'],
    ['null', null],
    ['undefined', undefined],
    ['a look-alike object without a message', { name: 'QuoteExtractionError', code: 'INVALID_TEXT' }],
  ])('false for %s', (_label, value) => {
    expect(isQuoteExtractionError(value)).toBe(false);
  });

  test('true for an error constructed directly', () => {
    expect(isQuoteExtractionError(new QuoteExtractionError('INVALID_OPTION', 'x'))).toBe(true);
  });

  test('true for one thrown in another realm (vm context: another Error constructor)', () => {
    const foreign: unknown = runInNewContext(
      `(() => { const e = new Error('quotewise: x'); e.name = 'QuoteExtractionError'; e.code = 'INVALID_TEXT'; return e; })()`,
    );
    expect(foreign instanceof Error).toBe(false); // the point of the test: instanceof cannot see it
    expect(isQuoteExtractionError(foreign)).toBe(true);
  });

  test('a thrown error can be narrowed and read without casts', () => {
    try {
      untypedExtract(undefined);
    } catch (error) {
      if (!isQuoteExtractionError(error)) throw error;
      const code: 'INVALID_TEXT' | 'INVALID_OPTION' = error.code;
      expect(code).toBe('INVALID_TEXT');
    }
  });
});

describe('a string never throws, however odd', () => {
  test.each([
    ['empty', ''],
    ['one quote mark', '“'],
    ['a lone surrogate', '\ud800'],
    ['NUL characters', '\u0000“\u0000”\u0000'],
    ['only whitespace and line breaks', ' \r\n\t\u00a0\u2028\u2029 '],
  ])('%s', (_label, text) => {
    const result = extract(text);
    expect(result.quotes).toEqual([]);
  });
});
