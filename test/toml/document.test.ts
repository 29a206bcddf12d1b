import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parseToml, type TomlDocument } from '../../src/parse/toml/document.js';
import type { Span } from '../../src/core/types.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tidb');
const tomlFixtures = readdirSync(fixtures).filter((f) => f.endsWith('.toml'));

function mustParse(text: string): TomlDocument {
  const result = parseToml(text);
  if (!result.ok) throw new Error(`unexpected parse error: ${result.message} at ${result.offset}`);
  return result.doc;
}

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/** The text under a value span must parse back, on its own, to the value smol-toml gave. */
function expectRoundTrip(text: string, doc: TomlDocument): void {
  for (const entry of doc.entries) {
    const valueText = slice(text, entry.valueSpan);
    const reparsed = parse(`x = ${valueText}`).x;
    expect(JSON.stringify(reparsed), `${JSON.stringify(entry.path)} = ${valueText}`).toBe(JSON.stringify(entry.value));
    for (const item of entry.items ?? []) {
      const itemValue = parse(`x = ${slice(text, item.span)}`).x;
      expect(JSON.stringify(itemValue)).toBe(JSON.stringify(item.value));
    }
  }
}

describe('parseToml', () => {
  it.each(tomlFixtures)('indexes %s so that every value span parses back to its value', (name) => {
    const text = readFileSync(join(fixtures, name), 'utf8');
    const doc = mustParse(text);
    expect(doc.entries.length).toBeGreaterThan(3);
    expectRoundTrip(text, doc);
    for (const entry of doc.entries) {
      const last = entry.path[entry.path.length - 1];
      if (typeof last === 'string' && /^[A-Za-z0-9_-]+$/.test(last)) expect(slice(text, entry.keySpan).endsWith(last)).toBe(true);
    }
    // Every comment really is a comment in the text.
    for (const comment of doc.comments) {
      expect(slice(text, comment.span)).toBe(`#${comment.text}`);
    }
  });

  it('records key and value spans with full paths under table headers', () => {
    const text = '[tikv-importer]\nbackend = "local" # physical\n[lightning]\ncheck-requirements = false\n';
    const doc = mustParse(text);
    const backend = doc.entry(['tikv-importer', 'backend']);
    expect(backend?.value).toBe('local');
    expect(slice(text, backend!.keySpan)).toBe('backend');
    expect(slice(text, backend!.valueSpan)).toBe('"local"');
    const check = doc.entry(['lightning', 'check-requirements']);
    expect(check?.value).toBe(false);
    expect(slice(text, check!.valueSpan)).toBe('false');
    expect(slice(text, doc.table(['tikv-importer'])!.span)).toBe('[tikv-importer]');
    expect(doc.comments).toEqual([{ text: ' physical', span: { start: text.indexOf('#'), end: text.indexOf('#') + 10 } }]);
  });

  it('indexes arrays of tables with their element index, nested ones too', () => {
    const text = [
      '[[routes]]',
      'schema-pattern = "a"',
      '[[routes]]',
      'schema-pattern = "b"',
      '[[fruits]]',
      'name = "apple"',
      '[[fruits.varieties]]',
      'name = "red"',
      '[[fruits.varieties]]',
      'name = "green"',
      '[[fruits]]',
      'name = "banana"',
      '[[fruits.varieties]]',
      'name = "plantain"',
      '[fruits.physical]',
      'color = "yellow"',
      '',
    ].join('\n');
    const doc = mustParse(text);
    expect(doc.entry(['routes', 1, 'schema-pattern'])?.value).toBe('b');
    expect(doc.table(['routes', 1])?.isArray).toBe(true);
    expect(slice(text, doc.table(['routes', 1])!.span)).toBe('[[routes]]');
    expect(doc.entry(['fruits', 0, 'varieties', 1, 'name'])?.value).toBe('green');
    expect(doc.entry(['fruits', 1, 'varieties', 0, 'name'])?.value).toBe('plantain');
    expect(doc.entry(['fruits', 1, 'physical', 'color'])?.value).toBe('yellow');
    expect(doc.table(['fruits', 1, 'physical'])?.isArray).toBe(false);
    expectRoundTrip(text, doc);
  });

  it('handles dotted keys, quoted keys, inline tables and arrays of inline tables', () => {
    const text = [
      'a.b . c = 1',
      '"quoted.key" = true',
      "site.'literal key' = 'x'",
      'point = { x = 1, y = { z = [1, 2] } }',
      'rows = [ { name = "a" }, { name = "b" } ]',
      '',
    ].join('\n');
    const doc = mustParse(text);
    expect(slice(text, doc.entry(['a', 'b', 'c'])!.keySpan)).toBe('a.b . c');
    expect(doc.entry(['quoted.key'])?.value).toBe(true);
    expect(doc.entry(['site', 'literal key'])?.value).toBe('x');
    expect(doc.entry(['point', 'y', 'z'])?.items?.map((i) => i.value)).toEqual([1, 2]);
    expect(slice(text, doc.entry(['point'])!.valueSpan)).toBe('{ x = 1, y = { z = [1, 2] } }');
    expect(doc.entry(['rows', 1, 'name'])?.value).toBe('b');
    expectRoundTrip(text, doc);
  });

  it('gives each element of a multi-line string array its own span and sees comments inside arrays', () => {
    const text = "filter = [\n  '*.*', # everything\n  '!x.*',\n  \"y.#notacomment\",\n]\n";
    const doc = mustParse(text);
    const filter = doc.entry(['filter'])!;
    expect(filter.items?.map((i) => slice(text, i.span))).toEqual(["'*.*'", "'!x.*'", '"y.#notacomment"']);
    expect(filter.items?.map((i) => i.value)).toEqual(['*.*', '!x.*', 'y.#notacomment']);
    expect(doc.comments.map((c) => c.text)).toEqual([' everything']);
  });

  it('handles multi-line strings, including quotes next to the closing delimiter and fake comments', () => {
    const text = [
      'a = """',
      'line # not a comment',
      'ends with quotes""""',
      "b = '''x ''' # real",
      'c = "esc \\" # still string"',
      'd = 1979-05-27 07:32:00Z',
      'e = [ 1.5, -2, inf, 0x1F ]',
      '',
    ].join('\n');
    const doc = mustParse(text);
    expect(doc.entry(['a'])?.value).toBe('line # not a comment\nends with quotes"');
    expect(doc.comments.map((c) => c.text)).toEqual([' real']);
    expect(slice(text, doc.entry(['d'])!.valueSpan)).toBe('1979-05-27 07:32:00Z');
    expectRoundTrip(text, doc);
  });

  it('works with CRLF line ends', () => {
    const text = '[mydumper]\r\ndata-source-dir = "s3://b/p" # src\r\nfilter = [\r\n "a.*",\r\n]\r\n';
    const doc = mustParse(text);
    expect(slice(text, doc.entry(['mydumper', 'data-source-dir'])!.valueSpan)).toBe('"s3://b/p"');
    expect(doc.comments[0]?.text).toBe(' src');
    expect(doc.entry(['mydumper', 'filter'])?.items?.[0]?.value).toBe('a.*');
  });

  it('returns a positioned error without echoing the source', () => {
    const text = '[tidb]\npassword = "hunter2"\nport = = 4000\n';
    const result = parseToml(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('hunter2');
    expect(result.message).not.toContain('\n');
    const line3 = text.indexOf('port');
    expect(result.offset).toBeGreaterThanOrEqual(line3);
    expect(result.offset).toBeLessThanOrEqual(text.length);
  });

  it('reports duplicate keys as errors (smol-toml decides validity)', () => {
    const result = parseToml('a = 1\na = 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.offset).toBeGreaterThanOrEqual(6);
  });

  it('parses an empty document', () => {
    const doc = mustParse('');
    expect(doc.entries).toEqual([]);
    expect(doc.value).toEqual({});
  });
});
