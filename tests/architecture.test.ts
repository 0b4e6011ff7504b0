import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import ts from 'typescript';

// The shape of the pipeline (#12): extract.ts lists every stage; a stage never imports another
// stage (stages share layers, rules and data, not each other); no module imports itself back.
const root = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Relative imports of a file, as paths under src/. With `values`, only imports that bring in
 * code: a stage may name the type of what an earlier stage returned (`import type`), never
 * call it.
 */
function importsOf(file: string, values = false): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s([^;]*?)from\s+'(\.{1,2}\/[^']+)'/gu)) {
    if (values && /^type\s/u.test(m[1]!)) continue;
    found.push(relative(root, resolve(dirname(file), m[2]!.replace(/\.js$/u, '.ts'))));
  }
  return found;
}

const files = sourceFiles(root).map((f) => relative(root, f));
const graph = new Map(files.map((f) => [f, importsOf(join(root, f))]));
const stages = (graph.get('extract.ts') ?? []).filter((f) => f.startsWith('stages/'));

describe('pipeline architecture', () => {
  test('extract.ts names the stages', () => {
    expect(stages.length).toBeGreaterThanOrEqual(10);
  });

  test('every file in src/stages/ is a stage that extract.ts names (helpers live in rules/, layers/ or entities/)', () => {
    expect(files.filter((f) => f.startsWith('stages/') && !stages.includes(f))).toEqual([]);
  });

  test.each(stages)('stage %s imports no other stage', (stage) => {
    const others = importsOf(join(root, stage), true).filter((f) => stages.includes(f) && f !== stage);
    expect(others).toEqual([]);
  });

  test('no import cycles in src/ (the library, the command line, the queue integration)', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (f: string): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      path.push(f);
      for (const g of graph.get(f) ?? []) if (graph.has(g)) visit(g);
      path.pop();
      state.set(f, 'done');
    };
    for (const f of files) visit(f);
    expect(cycles).toEqual([]);
  });
});

// Small named rules (#12): a function in src/stages/ or src/rules/ that grows past this is
// deciding several things at once; split it into helpers whose names say what they decide.
const MAX_FUNCTION_LINES = 60;

/** Every function (declarations, methods, arrows, expressions) of a file with its name and length in lines. */
function functionLengths(file: string): { name: string; line: number; lines: number }[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const named = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '(anonymous)');
      found.push({ name: named, line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function size', () => {
  const ruleFiles = files.filter((f) => /^(?:stages|rules)\/[^/]+\.ts$/u.test(f));
  test('there are stage and rule files to check', () => {
    expect(ruleFiles.length).toBeGreaterThan(10);
  });
  test.each(ruleFiles)(`%s has no function over ${MAX_FUNCTION_LINES} lines`, (file) => {
    const long = functionLengths(file)
      .filter((f) => f.lines > MAX_FUNCTION_LINES)
      .map((f) => `${f.name} (line ${f.line}): ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});

// Word lists are data (#12): a stage, rule, layer or entity file reads its words and tags from
// src/data/ (one table per concept) instead of keeping a list of its own. A list literal is
// two or more string literals in an array (`new Set(['the', 'a'])`, `['a', 'an'].includes`);
// a word-list regex is an alternation of whole words (`/^(?:that|whether|if)$/`).
const WORD_LIST_REGEX = /(?:\^|\\b)\((?:\?:)?[\p{L}’' ]+(?:\|[\p{L}’' ]+)+\)(?:\$|\\b)/u;

function wordListLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node): string => `line ${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node) && node.elements.length >= 2 && node.elements.every((e) => ts.isStringLiteralLike(e))) {
      found.push(`${at(node)}: ${node.getText(source).slice(0, 60)}`);
    } else if (ts.isRegularExpressionLiteral(node) && WORD_LIST_REGEX.test(node.text)) {
      found.push(`${at(node)}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('word lists are data', () => {
  const pipelineFiles = files.filter((f) => /^(?:stages|rules|layers|entities)\//u.test(f));
  test('there are pipeline files to check', () => {
    expect(pipelineFiles.length).toBeGreaterThan(20);
  });
  test.each(pipelineFiles)('%s keeps no word list of its own', (file) => {
    expect(wordListLiterals(file)).toEqual([]);
  });
  test('the check finds a list literal and a word-list regex', () => {
    expect(WORD_LIST_REGEX.test('^(?:that|whether|if)$')).toBe(true);
    expect(WORD_LIST_REGEX.test('^(his|her)$')).toBe(true);
    expect(WORD_LIST_REGEX.test('(?:ed|ing)$')).toBe(false); // a suffix test is morphology, not a word list
  });
});
