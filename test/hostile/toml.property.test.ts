/**
 * Hostile input for the TOML reader (smol-toml plus the position scanner) and the Lightning
 * config reader and validator built on it: never throws, every position inside the text, bounded
 * work on deep nesting, long dotted keys and many tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/types.js';
import { readLightningConfig } from '../../src/parse/lightning/config.js';
import { validateLightningConfig } from '../../src/parse/lightning/validate.js';
import { parseToml, type TomlDocument } from '../../src/parse/toml/document.js';
import { fcParams } from '../helpers/properties.js';
import { badSpans, expectFileDiagnosticsInside, hostileText, lineColumnProblems } from './checks.js';
import { doublingRatio, measureWork } from './work-meter.js';

const FRAGMENTS = [
  '[',
  ']',
  '[[',
  ']]',
  '{',
  '}',
  '=',
  ' = ',
  '.',
  ',',
  '"',
  "'",
  '"""',
  "'''",
  '\\',
  '\\u00e9',
  '\\U0001F600',
  '\\x41',
  '#',
  '# c\n',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  'a',
  'b-c',
  'd_e',
  '"q.k"',
  "'lit'",
  '1',
  '-1',
  '+1.5e3',
  '0x1f',
  'inf',
  'nan',
  'true',
  'false',
  '1979-05-27',
  '1979-05-27 07:32:00Z',
  '07:32:00',
  '[]',
  '{}',
  'tikv-importer',
  'backend',
  '"local"',
  'mydumper',
  'filter',
  "['a.*', '!b.*']",
  'data-source-dir',
  '"s3://b/p"',
  'tidb',
  'password',
  '"hunter2"',
  'routes',
  '[[routes]]',
  'schema-pattern',
  'target-schema',
  '[tikv-importer]',
  '[mydumper]',
  '[tidb]',
  '[lightning]',
  'check-requirements',
  '# tidb-import-guard-ignore log-backup-gap: ok\n',
  '# tidb-import-guard: cluster=prod\n',
  '\u0000',
  '\ud800',
  'é',
  '😀',
];
const tomlShaped = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom('', ' ', '\n')), { maxLength: 50 })
  .map((parts) => parts.map(([p, gap]) => p + gap).join(''));

/** A Lightning config that parses, with random values in its keys. */
const lightningShaped = fc
  .record({
    backend: fc.constantFrom('"local"', '"tidb"', '"importer"', '1', '[]', '{ a = 1 }'),
    filter: fc.array(fc.constantFrom("'a.*'", "'!b.*'", "'@f.txt'", "'/x/.*'", '\'"q".`t`\'', "'*.*'"), { maxLength: 5 }),
    extra: fc.array(
      fc.tuple(
        fc.constantFrom('lightning', 'tikv-importer', 'mydumper', 'tidb', 'checkpoint', 'cron', 'post-restore'),
        fc.constantFrom('x', 'check-requirements', 'dsn', 'password', 'max-error', 'region-concurrency', 'switch-mode'),
        fc.constantFrom('1', '"s"', 'true', '[1, 2]', '{ a = "b" }', '"5m"'),
      ),
      { maxLength: 6 },
    ),
  })
  .map((r) => {
    const lines = [
      '[tikv-importer]',
      `backend = ${r.backend}`,
      '[mydumper]',
      'data-source-dir = "s3://b/p"',
      `filter = [${r.filter.join(', ')}]`,
    ];
    const seen = new Set(['tikv-importer.backend', 'mydumper.data-source-dir', 'mydumper.filter']);
    for (const [table, key, value] of r.extra) {
      if (seen.has(`${table}.${key}`)) continue;
      seen.add(`${table}.${key}`);
      lines.push(`[${table}.x${seen.size}]`, `${key} = ${value}`);
    }
    return lines.join('\n') + '\n';
  });

/** Every position a parsed document gives (values themselves are user data, so not searched). */
function documentSpans(doc: TomlDocument): Span[] {
  return [
    ...doc.entries.flatMap((e) => [e.keySpan, e.valueSpan, ...(e.items ?? []).map((i) => i.span)]),
    ...doc.tables.map((t) => t.span),
    ...doc.comments.map((c) => c.span),
  ];
}

function checkToml(text: string): void {
  const result = parseToml(text);
  if (!result.ok) {
    expect(result.offset).toBeGreaterThanOrEqual(0);
    expect(result.offset).toBeLessThanOrEqual(text.length);
    expect(result.message.length).toBeGreaterThan(0);
    // smol-toml quotes source lines in its messages; only the first line is kept
    expect(result.message).not.toContain('\n');
    expect(lineColumnProblems(text, [result.offset])).toEqual([]);
    return;
  }
  const spans = documentSpans(result.doc);
  expect(badSpans(spans, text.length)).toEqual([]);
  for (const c of result.doc.comments) expect(text.slice(c.span.start, c.span.end)).toBe(`#${c.text}`);
  validateLightningConfig(result.doc, readLightningConfig(result.doc));
}

describe('TOML reader on hostile text', () => {
  it('never throws; an error offset or every span lies inside the text (arbitrary text)', () => {
    fc.assert(fc.property(hostileText(), checkToml), fcParams('toml: arbitrary text', 400));
  });

  it('never throws; positions inside (TOML-shaped fragments)', () => {
    fc.assert(fc.property(tomlShaped, checkToml), fcParams('toml: fragments', 800));
  });

  it('valid Lightning configs with odd values: the reader and validator never throw', () => {
    fc.assert(fc.property(lightningShaped, checkToml), fcParams('toml: lightning configs', 300));
  });

  it('stage one positions every diagnostic (syntax, config, secrets, directives) inside the file', () => {
    fc.assert(
      fc.property(fc.oneof(tomlShaped, lightningShaped, hostileText()), (text) => expectFileDiagnosticsInside('deploy/x.toml', text)),
      fcParams('toml: file diagnostics', 300),
    );
  });
});

const PATHOLOGICAL: readonly [string, (n: number) => string][] = [
  ['deeply nested arrays', (n) => 'a = ' + '['.repeat(n) + ']'.repeat(n) + '\n'],
  ['deeply nested inline tables', (n) => 'a = ' + '{b='.repeat(n) + '1' + '}'.repeat(n) + '\n'],
  ['an unclosed array', (n) => 'a = ' + '['.repeat(n)],
  ['a long dotted key', (n) => Array.from({ length: Math.ceil(n / 2) }, () => 'k').join('.') + ' = 1\n'],
  ['a long dotted table header', (n) => '[' + Array.from({ length: Math.ceil(n / 2) }, () => 'k').join('.') + ']\n'],
  ['a long array-of-tables header', (n) => '[[' + Array.from({ length: Math.ceil(n / 2) }, () => 'k').join('.') + ']]\n'],
  ['many tables', (n) => Array.from({ length: Math.ceil(n / 8) }, (_, i) => `[t${i}]\n`).join('')],
  ['many arrays of tables', (n) => '[[routes]]\nx = 1\n'.repeat(Math.ceil(n / 16))],
  ['many keys', (n) => Array.from({ length: Math.ceil(n / 8) }, (_, i) => `k${i} = 1\n`).join('')],
  ['a huge key', (n) => 'k'.repeat(n) + ' = 1\n'],
  ['a huge quoted key', (n) => '"' + 'k\\"'.repeat(Math.ceil(n / 3)) + '" = 1\n'],
  ['a long string', (n) => `a = "${'x'.repeat(n)}"\n`],
  ['a long multi-line string of quotes', (n) => `a = """${'""\\"'.repeat(Math.ceil(n / 4))}"""\n`],
  ['many comments', (n) => '# c\n'.repeat(Math.ceil(n / 4))],
  [
    'a long filter array',
    (n) => '[mydumper]\nfilter = [' + Array.from({ length: Math.ceil(n / 8) }, (_, i) => `'a${i}.*'`).join(',') + ']\n',
  ],
  ['an error on the last line', (n) => 'a = 1\n'.repeat(Math.ceil(n / 6)) + 'b = \n'],
];

describe('TOML reader: bounded work (counted, not timed)', () => {
  it.each(PATHOLOGICAL)('%s: never throws, twice the input at most about twice the work', (_name, make) => {
    const run = (text: string): void => {
      const result = parseToml(text);
      if (result.ok) validateLightningConfig(result.doc, readLightningConfig(result.doc));
    };
    const { small, large, ratio } = doublingRatio(make, 1000, run);
    expect({ small, large, ratio: Math.round(ratio * 100) / 100, linear: ratio < 2.6 }).toMatchObject({ linear: true });
    // An unknown key costs a spelling suggestion against every known key (a fixed cost per key).
    expect(large / make(2000).length).toBeLessThan(5000);
    checkToml(make(2000));
  });

  it('random TOML-shaped text: work stays a small multiple of the length', () => {
    fc.assert(
      fc.property(fc.oneof(tomlShaped, lightningShaped), (text) => {
        const { work } = measureWork(() => parseToml(text));
        expect(work).toBeLessThanOrEqual(300 * (text.length + 10));
      }),
      fcParams('toml: work per character', 200),
    );
  });
});
