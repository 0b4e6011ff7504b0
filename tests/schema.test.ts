// schema/quotewise.schema.json (shipped in the package) checked against real output: the
// library's Extraction and AuditResult on every fixture, and the command line's JSONL lines.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { audit, extract } from '../src/index.js';
import { cli, FERRY, PAGE, ROOT, SEED } from './cli-helpers.js';
import { makePdf } from './support/make-documents.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/quotewise.schema.json'), 'utf8')) as { $id: string };
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);
const validator = (def: string) => {
  const validate = ajv.getSchema(def === '' ? schema.$id : `${schema.$id}#/$defs/${def}`)!;
  return (value: unknown): string => (validate(value) ? '' : ajv.errorsText(validate.errors, { separator: '\n' }));
};

/** Every article the repository ships: the seed, fixtures/claims, fixtures/gold (JSONL). */
function articles(): { id: string; text: string }[] {
  const out = [SEED, FERRY].map((f) => ({ id: f, text: readFileSync(join(ROOT, f), 'utf8') }));
  for (const dir of ['fixtures/claims', 'fixtures/gold']) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(ROOT, dir, name);
      if (name.endsWith('.txt')) out.push({ id: `${dir}/${name}`, text: readFileSync(path, 'utf8') });
      if (name.endsWith('.jsonl')) {
        readFileSync(path, 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
          const rec = JSON.parse(line) as { text?: unknown };
          if (typeof rec.text === 'string') out.push({ id: `${dir}/${name}:${i + 1}`, text: rec.text });
        });
      }
    }
  }
  return out;
}

describe('JSON Schema of the records', () => {
  test('is itself a valid 2020-12 schema, shipped in the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain('schema');
    expect(pkg.exports['./schema.json']).toBe('./schema/quotewise.schema.json');
  });

  test('every Extraction of every fixture article (both scopes, with non-speech) validates', () => {
    const validate = validator('');
    const all = articles();
    expect(all.length).toBeGreaterThan(10);
    let quotes = 0;
    for (const { id, text } of all) {
      for (const options of [{}, { includeNonSpeech: true, scope: 'wide' as const }]) {
        const ex = JSON.parse(JSON.stringify(extract(text, options))) as { quotes: unknown[] };
        expect(validate(ex), id).toBe('');
        quotes += ex.quotes.length;
      }
    }
    expect(quotes).toBeGreaterThan(100);
  });

  test('AuditResults of every verdict validate', () => {
    const validate = validator('AuditResult');
    const ferry = readFileSync(join(ROOT, FERRY), 'utf8');
    const claims = [
      { quote: 'We have waited ten years for this terminal, and the town deserves it', speaker: 'Jane Doe' },
      { quote: 'We have waited ten years for this terminal and the town deserves it', speaker: 'Doe', id: 'c2' },
      { quote: 'We have waited twenty years for this terminal', speaker: 'Jane Doe' },
      { quote: 'The old pier isn’t safe for passengers', speaker: 'Mark Ellis' },
      { quote: 'Nothing like this was ever said' },
    ];
    const verdicts = new Set<string>();
    for (const claim of claims) {
      const r = JSON.parse(JSON.stringify(audit(ferry, claim))) as { verdict: string };
      expect(validate(r), claim.quote).toBe('');
      verdicts.add(r.verdict);
    }
    expect(verdicts.size).toBeGreaterThanOrEqual(4);
  });

  test('the command line’s JSONL lines validate: text, HTML (title and text), extract and audit', async () => {
    const doc = validator('DocumentRecord');
    const pdf = join(mkdtempSync(join(tmpdir(), 'quotewise-schema-')), 'release.pdf');
    writeFileSync(pdf, makePdf([['Ferry plan approved', '', '“We are delighted,” said Nora Quinn.']], 'Release'));
    const r = await cli(['extract', '--format', 'jsonl', SEED, FERRY, PAGE, pdf]);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatchObject({ title: 'Release', text: expect.any(String) });
    for (const line of lines) expect(doc(line)).toBe('');
    expect(doc({ id: 'x', quotes: [], speakers: [], warnings: [], surprise: 1 })).toMatch(/additional properties/);
    const rec = validator('AuditRecord');
    const a = await cli(['audit', '--source', FERRY, '--quote', 'The old pier isn’t safe for passengers', '--speaker', 'Jane Doe']);
    expect(rec(JSON.parse(a.stdout))).toBe('');
    expect(validator('AuditResult')(JSON.parse(a.stdout))).toMatch(/unevaluated properties/);
  });
});
