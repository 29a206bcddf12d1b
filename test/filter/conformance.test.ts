// Conformance with TiDB's own table-filter vectors (test/fixtures/tidb/table-filter-cases.yaml).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { matchSchema, matchTable, parseTableFilter, type TableFilter } from '../../src/core/filter/index.js';

interface MatchCase {
  t: [string, string];
  cs: boolean;
  ci: boolean;
}
interface Vectors {
  match_tables: { rules: string[]; cases: MatchCase[] }[];
  match_schemas: { rules: string[]; schemas: string[]; cs: boolean[]; ci: boolean[] }[];
  parse_failures: { rule: string; error: string }[];
  file_import: {
    files: Record<string, string[]>;
    rules: string[];
    expect: { t: [string, string]; accept: boolean }[];
    recursive_import_error: string;
    missing_file_error: string;
  };
  docs_example: {
    rules: string[];
    expect: { t: [string, string]; accept: boolean }[];
    quoting_equivalence: [string, string];
    invalid_partial_quote: string;
    regex_example: string;
    escape_example: string;
  };
}

const vectors = parse(readFileSync(new URL('../fixtures/tidb/table-filter-cases.yaml', import.meta.url), 'utf8')) as Vectors;

function compile(rules: readonly string[], caseSensitive: boolean, readImport?: (p: string) => string | undefined): TableFilter {
  const result = parseTableFilter(rules, { caseSensitive, ...(readImport ? { readImport } : {}) });
  if (!result.ok) throw new Error(`unexpected parse failure: ${JSON.stringify(result.errors)}`);
  return result.filter;
}

describe('match_tables vectors', () => {
  for (const group of vectors.match_tables) {
    for (const c of group.cases) {
      it(`${JSON.stringify(group.rules)} ${c.t.join('.')} cs=${c.cs} ci=${c.ci}`, () => {
        expect(matchTable(compile(group.rules, true), c.t[0], c.t[1])).toBe(c.cs);
        expect(matchTable(compile(group.rules, false), c.t[0], c.t[1])).toBe(c.ci);
      });
    }
  }
});

describe('match_schemas vectors', () => {
  for (const group of vectors.match_schemas) {
    group.schemas.forEach((schema, i) => {
      it(`${JSON.stringify(group.rules)} ${schema}`, () => {
        expect(matchSchema(compile(group.rules, true), schema)).toBe(group.cs[i]);
        expect(matchSchema(compile(group.rules, false), schema)).toBe(group.ci[i]);
      });
    });
  }
});

describe('parse_failures vectors', () => {
  for (const { rule, error } of vectors.parse_failures) {
    it(`rejects ${rule}`, () => {
      for (const caseSensitive of [true, false]) {
        const result = parseTableFilter(['*.*', rule], { caseSensitive });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]!.message).toContain(error);
        expect(result.errors[0]!.ruleIndex).toBe(1);
        expect(result.errors[0]!.offset).toBeGreaterThanOrEqual(0);
        expect(result.errors[0]!.offset).toBeLessThanOrEqual(rule.length);
      }
    });
  }
});

describe('file_import vectors', () => {
  const { files, rules, expect: cases } = vectors.file_import;
  const readImport = (path: string): string | undefined => files[path]?.join('\n');
  for (const c of cases) {
    it(`${c.t.join('.')} -> ${c.accept}`, () => {
      expect(matchTable(compile(rules, true, readImport), c.t[0], c.t[1])).toBe(c.accept);
    });
  }

  it('rejects recursive imports with the file and line', () => {
    const result = parseTableFilter(['@4.txt'], {
      caseSensitive: false,
      readImport: (p) => (p === '4.txt' ? '# comment\n\n@3.txt' : undefined),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const expected = vectors.file_import.recursive_import_error.replace('<file>', '4.txt');
    expect(result.errors).toEqual([{ message: expected, ruleIndex: 0, offset: 1, importPath: '4.txt', importLine: 3 }]);
  });

  it('reports a missing file', () => {
    const result = parseTableFilter(['x.y', '  @5.txt'], { caseSensitive: false, readImport: () => undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.message).toMatch(/^cannot open filter file: open 5\.txt: /);
    expect(result.errors[0]).toMatchObject({ ruleIndex: 1, offset: 3 });
  });

  it('reports a syntax error inside an imported file with its line', () => {
    const result = parseTableFilter(['@bad.txt'], { caseSensitive: true, readImport: () => 'a.b\r\na.b.c\r\n' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.message).toBe('bad.txt:2: syntax error: stray characters after table pattern');
  });
});

describe('docs example', () => {
  const docs = vectors.docs_example;
  for (const c of docs.expect) {
    it(`${c.t.join('.')} -> ${c.accept} (${'by' in c ? String((c as { by: string }).by) : ''})`, () => {
      expect(matchTable(compile(docs.rules, false), c.t[0], c.t[1])).toBe(c.accept);
    });
  }

  it('blocklist-only filter excludes everything', () => {
    expect(matchTable(compile(['!*.Password'], false), 'app', 'users')).toBe(false);
    expect(matchTable(compile(['*.*', '!*.Password'], false), 'app', 'users')).toBe(true);
    expect(matchTable(compile(['*.*', '!*.Password'], false), 'app', 'password')).toBe(false);
  });

  it('quoting is equivalent to escaping', () => {
    for (const rule of docs.quoting_equivalence) {
      const filter = compile([rule], true);
      expect(matchTable(filter, 'foo"bar', 'foo`bar')).toBe(true);
      expect(matchTable(filter, 'foo""bar', 'foo`bar')).toBe(false);
      expect(matchTable(filter, 'foobar', 'foobar')).toBe(false);
    }
  });

  it('rejects partial quoting', () => {
    const result = parseTableFilter([docs.invalid_partial_quote], { caseSensitive: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.message).toBe("syntax error: missing '.' between schema and table patterns");
    expect(result.errors[0]!.offset).toBe('"this is "'.length);
  });

  it('regex example', () => {
    const filter = compile([docs.regex_example], false);
    expect(matchTable(filter, 'db01', 'tbl99')).toBe(true);
    expect(matchTable(filter, 'db123', 'tbl1234')).toBe(true);
    expect(matchTable(filter, 'db1', 'tbl01')).toBe(false);
    expect(matchTable(filter, 'db01x', 'tbl01')).toBe(false);
  });

  it('escape example', () => {
    const filter = compile([docs.escape_example], false);
    expect(matchTable(filter, 'db.with.dots', 'anything')).toBe(true);
    expect(matchTable(filter, 'db', 'with')).toBe(false);
    expect(matchTable(filter, 'dbXwithXdots', 'a')).toBe(false);
  });
});
