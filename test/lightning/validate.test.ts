import { describe, expect, it } from 'vitest';
import { knownKeyPaths } from '../../src/parse/lightning/keys.js';
import { readLightningConfig } from '../../src/parse/lightning/config.js';
import { lightningVersionedFeatures } from '../../src/parse/lightning/validate.js';
import { VALID_BASE, docOf, problemsOf, readFixture, under } from './helpers.js';
import { withText } from '../helpers/wording.js';

const invalid = (text: string) =>
  problemsOf(text)
    .filter((p) => p.verdict === 'invalid')
    .map(withText);
/**
 * Every deprecation: those of any version (document problems) and those judged per cluster from
 * the release that deprecates them (versioned features with `deprecatedSince`), by position.
 */
const deprecated = (text: string): { message: string; span: { start: number; end: number } }[] => {
  const doc = docOf(text);
  const versioned = lightningVersionedFeatures(doc, readLightningConfig(doc))
    .filter((f) => f.deprecatedSince)
    .map((f) => ({ message: `${f.what} is deprecated since v${f.deprecatedSince}: ${f.instead ?? ''}`, span: f.span }));
  return [
    ...problemsOf(text)
      .filter((p) => p.verdict === 'deprecated')
      .map(withText),
    ...versioned,
  ].sort((a, b) => a.span.start - b.span.start);
};

describe('validateLightningConfig: keys', () => {
  it('knows every key of the full sample config (no unknown-key or type problems)', () => {
    const text = readFixture('lightning-full-sample.toml');
    expect(invalid(text)).toEqual([]);
    // The sample uses several deprecated keys: warnings only. Its importer backend depends on the
    // Lightning version, so the job check judges it (test/lightning/versions.test.ts).
    const deprecatedKeys = deprecated(text).map((p) => under(text, p.span));
    expect(deprecatedKeys).toEqual([
      'max-record-rows',
      'addr',
      'duplicate-resolution',
      'send-kv-pairs',
      'no-schema',
      'backslash-escape',
      'trim-last-separator',
    ]);
  });

  it('covers every key path of the sample in the key table', () => {
    const doc = docOf(readFixture('lightning-full-sample.toml'));
    const known = new Set(knownKeyPaths());
    const samplePaths = doc.entries.map((e) =>
      e.path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[]` : acc === '' ? part : `${acc}.${part}`), ''),
    );
    const missing = samplePaths.filter((p) => !known.has(p) && !p.startsWith('tidb.session-vars.'));
    expect(missing).toEqual([]);
    expect(samplePaths.length).toBeGreaterThan(100);
  });

  it.each([
    ['[lightning]\ncheck-requirement = false\n', 'check-requirement', 'did you mean `check-requirements`?'],
    ['[lightning]\ncheck-requirments = false\n', 'check-requirments', 'did you mean `check-requirements`?'],
    ['[tikv-importer]\nbacknd = "local"\n', 'backnd', 'did you mean `backend`?'],
    ['[tikv-importer]\nbacked = "local"\n', 'backed', 'did you mean `backend`?'],
    ['[mydumper]\nfilters = ["a.*"]\n', 'filters', 'did you mean `filter`?'],
    ['[mydumper]\nfliter = ["a.*"]\n', 'fliter', 'did you mean `filter`?'],
    [
      '[tikv-importer]\nbackend = "local"\ncheck-requirements = false\n',
      'check-requirements',
      'did you mean `lightning.check-requirements`?',
    ],
    ['backend = "tidb"\n', 'backend', 'did you mean `tikv-importer.backend`?'],
    ['[tikv_importer]\nbackend = "tidb"\n', '[tikv_importer]', 'did you mean `tikv-importer`?'],
    ['[[route-rules]]\nschema-pattern = "a"\n', '[[route-rules]]', '`[[routes]]`'],
    ['[[mydumper.file]]\npattern = "a"\n', '[[mydumper.file]]', 'did you mean `files`?'],
    ['filter = ["a.*"]\n', 'filter', 'did you mean `mydumper.filter`? (`filter` belongs in [mydumper])'],
    ['[[routes]]\nschema-pattern = "a"\ntarget-schema = "b"\ntarget_table = "c"\n', 'target_table', 'did you mean `target-table`?'],
  ])('reports the unknown key in %j with a suggestion', (text, anchored, hint) => {
    const problems = invalid(text).filter((p) => p.message.startsWith('unknown key'));
    expect(problems).toHaveLength(1);
    const problem = problems[0]!;
    expect(under(text, problem.span)).toBe(anchored);
    expect(problem.message).toContain(hint);
    expect(problem.message).toContain('Lightning refuses to start on unknown keys');
  });

  it('gives no suggestion when nothing is close', () => {
    const [problem] = invalid(`${VALID_BASE}[lightning]\nzzzzqqqq = 1\n`);
    expect(problem?.message).not.toContain('did you mean');
  });

  it('accepts free-form session variables, but not a wrong value type there', () => {
    expect(invalid(`${VALID_BASE}[tidb.session-vars]\ntidb_anything = "1"\n`)).toEqual([]);
    expect(invalid(`${VALID_BASE}[tidb.session-vars]\ntidb_anything = 1\n`)).toHaveLength(1);
  });

  it.each([
    ['[tidb]\nport = "4000"\n', '"4000"', 'an integer'],
    ['[lightning]\ncheck-requirements = "false"\n', '"false"', 'a boolean'],
    ['[mydumper]\nfilter = "a.*"\n', '"a.*"', 'an array of strings'],
    ['[mydumper]\nfilter = ["a.*", 1]\n', '["a.*", 1]', 'an array of strings'],
    ['[mydumper]\nread-block-size = "64 kilobytes"\n', '"64 kilobytes"', 'a size'],
    ['[mydumper]\nread-block-size = true\n', 'true', 'a size'],
    ['[cron]\nswitch-mode = 5\n', '5', 'a duration'],
    ['[cron]\nswitch-mode = "5 minutes"\n', '"5 minutes"', 'a duration'],
    ['[mydumper]\ncsv = "x"\n', '"x"', 'a table'],
    ['[routes]\nschema-pattern = "a"\n', '[routes]', 'an array of tables'],
    ['[mydumper.csv]\nnull = 1\n', '1', 'a string or an array of strings'],
    ['[lightning]\nmax-error = "10"\n', '"10"', 'an integer or a table'],
  ])('reports a wrong value type in %j at the value', (text, anchored, expected) => {
    const problems = invalid(VALID_BASE.replace('[mydumper]\ndata-source-dir = "/data"\n', '') + text);
    expect(problems).toHaveLength(1);
    expect(under(VALID_BASE.replace('[mydumper]\ndata-source-dir = "/data"\n', '') + text, problems[0]!.span)).toBe(anchored);
    expect(problems[0]!.message).toContain(expected);
  });

  it('accepts sizes as integers or strings, durations, and the table form of max-error', () => {
    const text = `${VALID_BASE}read-block-size = 65536\nbatch-size = 107_374_182_400\nmax-region-size = "256MiB"\n[cron]\nswitch-mode = "1h30m"\n[lightning]\nmax-error = { type = 10 }\n[post-restore]\nchecksum = "optional"\n`;
    expect(invalid(text)).toEqual([]);
  });

  it('reports max-error table keys Lightning does not read', () => {
    const text = `${VALID_BASE}[lightning]\nmax-error = { syntax = 1, type = 2 }\n`;
    const problems = invalid(text);
    expect(problems).toHaveLength(1);
    expect(under(text, problems[0]!.span)).toBe('syntax');
  });

  it('reports enum values Lightning rejects', () => {
    const text = `${VALID_BASE}[conflict]\nstrategy = "overwrite"\n`;
    const problems = invalid(text);
    expect(problems).toHaveLength(1);
    expect(under(text, problems[0]!.span)).toBe('"overwrite"');
    expect(invalid(`${VALID_BASE}[conflict]\nstrategy = "REPLACE"\n`)).toEqual([]);
  });
});

describe('validateLightningConfig: backend', () => {
  it.each(['local', 'tidb', 'TiDB', 'LOCAL'])('accepts backend = %j', (backend) => {
    expect(problemsOf(`[tikv-importer]\nbackend = "${backend}"\n`)).toEqual([]);
  });

  it('reports a missing backend at the [tikv-importer] header', () => {
    const text = '[tikv-importer]\nsorted-kv-dir = "/x"\n';
    const [problem] = invalid(text);
    expect(under(text, problem!.span)).toBe('[tikv-importer]');
    expect(problem!.message).toContain('tikv-importer.backend must not be empty!');
  });

  it('reports a missing backend at the start of the file when there is no [tikv-importer]', () => {
    const [problem] = invalid('[mydumper]\ndata-source-dir = "/x"\n');
    expect(problem!.span).toEqual({ start: 0, end: 0 });
  });

  it('reports an empty backend at its value', () => {
    const text = '[tikv-importer]\nbackend = ""\n';
    const [problem] = invalid(text);
    expect(under(text, problem!.span)).toBe('""');
  });

  it('leaves importer, import-into and remote to the per-version job check (versions.test.ts)', () => {
    for (const backend of ['importer', 'import-into', 'remote']) {
      const text = `[tikv-importer]\nbackend = "${backend}"\n`;
      expect(invalid(text)).toEqual([]);
      expect(deprecated(text)).toEqual([]);
    }
  });

  it.each(['physical', 'logical'])('reports backend = %j as invalid', (backend) => {
    const text = `[tikv-importer]\nbackend = "${backend}"\n`;
    const problems = invalid(text);
    expect(problems).toHaveLength(1);
    expect(under(text, problems[0]!.span)).toBe(`"${backend}"`);
  });

  it('reports a non-string backend once, as a wrong type', () => {
    const problems = invalid('[tikv-importer]\nbackend = 1\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('must be a string');
  });
});

describe('validateLightningConfig: conflicting settings', () => {
  it('rejects [[routes]] with [[mydumper.files]]', () => {
    const text = `${VALID_BASE}[[mydumper.files]]\npattern = 'x'\nschema = 's'\ntype = 'sql'\n[[routes]]\nschema-pattern = "a"\ntarget-schema = "b"\n`;
    const problems = invalid(text);
    expect(problems).toHaveLength(1);
    expect(under(text, problems[0]!.span)).toBe('[[routes]]');
    expect(problems[0]!.message).toContain("can't config both [routes] and [mydumper.files]");
  });

  it('rejects a route without schema-pattern or target-schema', () => {
    const text = `${VALID_BASE}[[routes]]\ntable-pattern = "t"\n`;
    const problems = invalid(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('`schema-pattern` and `target-schema`');
  });

  it('rejects duplicate-resolution with a configured conflict.strategy', () => {
    const text = `${VALID_BASE.replace('[mydumper]', "duplicate-resolution = 'remove'\n[mydumper]")}[conflict]\nstrategy = "replace"\n`;
    const problems = invalid(text);
    expect(problems).toHaveLength(1);
    expect(under(text, problems[0]!.span)).toBe('duplicate-resolution');
  });

  it('does not count strategy = "" or duplicate-resolution = "none" as configured', () => {
    expect(
      invalid(`${VALID_BASE.replace('[mydumper]', "duplicate-resolution = 'remove'\n[mydumper]")}[conflict]\nstrategy = ""\n`),
    ).toEqual([]);
    expect(
      invalid(`${VALID_BASE.replace('[mydumper]', "duplicate-resolution = 'none'\n[mydumper]")}[conflict]\nstrategy = "replace"\n`),
    ).toEqual([]);
  });

  it('rejects add-index-by-sql with parallel-import (physical backend only)', () => {
    const text = VALID_BASE.replace('[mydumper]', 'add-index-by-sql = true\nparallel-import = true\n[mydumper]');
    const problems = invalid(text);
    expect(problems).toHaveLength(1);
    expect(under(text, problems[0]!.span)).toBe('add-index-by-sql');
    expect(invalid(text.replace('"local"', '"tidb"'))).toEqual([]);
    expect(invalid(VALID_BASE.replace('[mydumper]', 'add-index-by-sql = true\nparallel-import = false\n[mydumper]'))).toEqual([]);
  });

  it('rejects conflict.threshold with strategy = "error"', () => {
    const text = `${VALID_BASE}[conflict]\nstrategy = "error"\nthreshold = 100\n`;
    const problems = invalid(text);
    expect(problems).toHaveLength(1);
    expect(under(text, problems[0]!.span)).toBe('threshold');
    expect(invalid(`${VALID_BASE}[conflict]\nstrategy = "replace"\nthreshold = 100\n`)).toEqual([]);
    expect(invalid(`${VALID_BASE}[conflict]\nstrategy = "error"\nthreshold = 0\n`)).toEqual([]);
  });

  it('treats an unset strategy on the tidb backend as "error" for the threshold check', () => {
    const text = '[tikv-importer]\nbackend = "tidb"\n[conflict]\nthreshold = 100\n';
    expect(invalid(text)).toHaveLength(1);
  });

  it('rejects strategy = "ignore" on the local backend', () => {
    const text = `${VALID_BASE}[conflict]\nstrategy = "ignore"\n`;
    expect(invalid(text)).toHaveLength(1);
    expect(invalid(text.replace('"local"', '"tidb"'))).toEqual([]);
  });
});

describe('validateLightningConfig: deprecated spellings', () => {
  it.each([
    ['[tikv-importer]\nincremental-import = true\n', 'incremental-import', '`parallel-import`'],
    ['[tikv-importer]\non-duplicate = "replace"\n', 'on-duplicate', '`[conflict] strategy`'],
    ['[tikv-importer]\nduplicate-resolution = "remove"\n', 'duplicate-resolution', '`[conflict] strategy`'],
    ['[conflict]\nmax-record-rows = 100\n', 'max-record-rows', '`conflict.threshold`'],
    ['[post-restore]\nchecksum = true\n', 'checksum', '"required"'],
    ['[post-restore]\nchecksum = false\n', 'checksum', '"off"'],
    ['[tikv-importer]\nsend-kv-pairs = 32768\n', 'send-kv-pairs', '`send-kv-size`'],
    ['[mydumper]\nno-schema = true\n', 'no-schema', 'remove it'],
    ['[lightning]\npprof-port = 8289\n', 'pprof-port', '`status-addr`'],
    ['[mydumper.csv]\nbackslash-escape = true\n', 'backslash-escape', '`escaped-by`'],
    ['[mydumper.csv]\ntrim-last-separator = true\n', 'trim-last-separator', '`terminator`'],
  ])('reports %j as deprecated', (snippet, anchored, replacement) => {
    // Only [tikv-importer] with a valid backend around the snippet, merged into that table when the snippet belongs there.
    const base = '[tikv-importer]\nbackend = "local"\n';
    const fixed = snippet.startsWith('[tikv-importer]\n') ? base + snippet.slice('[tikv-importer]\n'.length) : base + snippet;
    const problems = deprecated(fixed);
    expect(problems).toHaveLength(1);
    expect(under(fixed, problems[0]!.span)).toBe(anchored);
    expect(problems[0]!.message).toContain(replacement);
    expect(invalid(fixed)).toEqual([]);
  });

  it('does not report post-restore.checksum given as a string', () => {
    expect(deprecated(`${VALID_BASE}[post-restore]\nchecksum = "required"\n`)).toEqual([]);
  });
});

describe('validateLightningConfig: the TiDB fixtures', () => {
  it('physical-import: only duplicate-resolution is deprecated; strategy = "" is not a conflict', () => {
    const text = readFixture('lightning-physical-import.toml');
    expect(invalid(text)).toEqual([]);
    expect(deprecated(text).map((p) => under(text, p.span))).toEqual(['duplicate-resolution']);
  });

  it('csv-variants: missing backend, deprecated backslash-escape', () => {
    const text = readFixture('lightning-csv-variants.toml');
    expect(invalid(text).map((p) => p.message.slice(0, 33))).toEqual(['`tikv-importer.backend` is missin']);
    expect(deprecated(text).map((p) => under(text, p.span))).toEqual(['backslash-escape']);
  });

  it('mydumper-files and routes-and-filter: only the missing backend', () => {
    for (const name of ['lightning-mydumper-files.toml', 'lightning-routes-and-filter.toml']) {
      const problems = problemsOf(readFixture(name)).map(withText);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toContain('tikv-importer.backend must not be empty!');
    }
  });

  it('problems come sorted by position', () => {
    const text = '[lightning]\npprof-port = 1\nchek = 1\n[tikv-importer]\nbackend = "x"\n';
    const starts = problemsOf(text).map((p) => p.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });
});

describe('validateLightningConfig: no secret in messages', () => {
  it('never quotes a password, even a misplaced or wrong-typed one', () => {
    const text = '[tikv-importer]\nbackend = "tidb"\n[tidb]\npasword = "hunter2"\nuser = ["hunter3"]\n[lightning]\npassword = "hunter4"\n';
    const problems = problemsOf(text).map(withText);
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(`${problem.message} ${JSON.stringify(problem.data)}`).not.toMatch(/hunter/);
    expect(problems.map((p) => under(text, p.span))).toEqual(['pasword', '["hunter3"]', 'password']);
    expect(problems[2]!.message).toContain('did you mean `tidb.password`?');
  });
});
