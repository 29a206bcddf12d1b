/**
 * Lightning data directories held in the repository: locating them, classifying their files like
 * Lightning's file router, reading their schema files once, and findings that name the real tables.
 */
import { describe, expect, it } from 'vitest';
import type { RepoView } from '../../src/core/repo.js';
import { locateDataDirectory } from '../../src/model/jobs/data-directory.js';
import { classifyFiles, compileFileRules, goRegexToJs } from '../../src/model/jobs/file-routes.js';
import { hasValidIndex } from '../../src/model/jobs/unindexed-tables.js';
import { lightningWritten } from '../../src/model/jobs/lightning.js';
import { repoDocuments } from '../../src/parse/repo-documents.js';
import { parseTableSchema } from '../../src/parse/sql/create-table.js';
import { readLightningConfig } from '../../src/parse/lightning/config.js';
import { parseToml } from '../../src/parse/toml/document.js';
import { lint } from '../helpers/repo.js';

function mapRepo(files: Record<string, string>): RepoView {
  const paths = Object.keys(files).sort();
  return {
    readFile: (p) => files[p],
    listFiles: (dir) => {
      const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
      const under = paths.filter((p) => p.startsWith(prefix));
      return under.length ? under : undefined;
    },
  };
}

function written(toml: string, path: string, files: Record<string, string>) {
  const parsed = parseToml(toml);
  if (!parsed.ok) throw new Error(parsed.message);
  return lightningWritten(readLightningConfig(parsed.doc), path, repoDocuments(mapRepo(files)));
}

const names = (w: ReturnType<typeof written>) => (w.kind === 'exact' ? w.names.map((n) => `${n.schema}.${n.table}`) : w.kind);

describe('locateDataDirectory', () => {
  const repo = mapRepo({ 'deploy/prod/dump/a.t.csv': '', 'data/x/a.t.csv': '' });
  it('looks beside the config first, then from the root', () => {
    expect(locateDataDirectory('./dump', 'deploy/prod/c.toml', repo)).toMatchObject({ inRepository: true, dir: 'deploy/prod/dump' });
    expect(locateDataDirectory('data/x/', 'deploy/prod/c.toml', repo)).toMatchObject({ inRepository: true, dir: 'data/x' });
    expect(locateDataDirectory('../../data/x', 'deploy/prod/c.toml', repo)).toMatchObject({ inRepository: true, dir: 'data/x' });
  });
  it('strips file:// and local://, and keeps cloud URIs and absolute paths out', () => {
    expect(locateDataDirectory('file://data/x', 'c.toml', repo)).toMatchObject({ inRepository: true, dir: 'data/x' });
    expect(locateDataDirectory('local://data/x', 'c.toml', repo)).toMatchObject({ inRepository: true, dir: 'data/x' });
    expect(locateDataDirectory('s3://bucket/data/x', 'c.toml', repo)).toMatchObject({ inRepository: false });
    expect(locateDataDirectory('/data/x', 'c.toml', repo)).toMatchObject({ inRepository: false });
    expect(locateDataDirectory('file:///data/x', 'c.toml', repo)).toMatchObject({ inRepository: false });
    expect(locateDataDirectory('../../../outside', 'a/b/c.toml', repo)).toMatchObject({ inRepository: false });
  });
});

describe('classifyFiles (default rules)', () => {
  it('classifies like Lightning: schemas, views, data with parts and compression, ignored files', () => {
    const files = [
      'd/app-schema-create.sql',
      'd/app.orders-schema.sql',
      'd/app.orders.000000001.csv',
      'd/app.orders.000000002.csv.gz',
      'd/app.v-schema-view.sql',
      'd/app.orders-schema-trigger.sql',
      'd/app.orders-schema-post.sql',
      'd/app.old.csv.bak',
      'd/sub/app.items.sql.zst',
      'd/app.events.0001.snappy.parquet',
      'd/my%2Ddb.my%20table.csv',
      'd/README.md',
    ];
    const { files: out } = classifyFiles('d', files, undefined);
    expect(out.map((f) => `${f.type}:${f.schema}.${f.table}`)).toEqual([
      'schema-schema:app.',
      'table-schema:app.orders',
      'csv:app.orders',
      'csv:app.orders',
      'view-schema:app.v',
      'sql:app.items',
      'parquet:app.events',
      'csv:my-db.my table',
    ]);
  });
});

describe('[[mydumper.files]] rules', () => {
  it('expands $n references and applies only the custom rules', () => {
    const toml = `[mydumper]
data-source-dir = "dump"
[[mydumper.files]]
pattern = '^(srcdb)\\.(.*?)\\.(?:[0-9]+)\\.(csv|parquet|sql)'
schema = 'tgtdb'
table = '$2'
type = '$3'
`;
    const w = written(toml, 'c.toml', { 'dump/srcdb.orders.001.csv': '', 'dump/srcdb.items.002.sql': '', 'dump/other.x.csv': '' });
    expect(names(w)).toEqual(['tgtdb.items', 'tgtdb.orders']);
  });
  it('translates Go spellings and refuses what it cannot follow', () => {
    expect(goRegexToJs('(?i)^(?P<db>[[:alpha:]]+)\\.\\pL+\\z').ok).toBe(true);
    expect(goRegexToJs('(?U)a+').ok).toBe(false);
    const lookahead = goRegexToJs('a(?=b)');
    expect(lookahead.ok ? '' : lookahead.message).toMatch(/^error parsing regexp/);
    const bad = compileFileRules([
      {
        header: { start: 0, end: 0 },
        pattern: { value: '(a)', span: { start: 0, end: 0 }, keySpan: { start: 0, end: 0 } },
        schema: { value: '$2', span: { start: 0, end: 0 }, keySpan: { start: 0, end: 0 } },
        table: { value: 't', span: { start: 0, end: 0 }, keySpan: { start: 0, end: 0 } },
        type: { value: 'csv', span: { start: 0, end: 0 }, keySpan: { start: 0, end: 0 } },
      },
    ]);
    expect(bad.ok ? '' : bad.problems[0]!.message).toContain("sub pattern capture '$2' out of range");
  });
  it('falls back to "any table" when a rule cannot be followed', () => {
    const toml = `[mydumper]\ndata-source-dir = "dump"\n[[mydumper.files]]\npattern = '(?U)x'\nschema = 'a'\ntable = 'b'\ntype = 'csv'\n`;
    const w = written(toml, 'c.toml', { 'dump/x.csv': '' });
    expect(w.kind).toBe('pattern');
    expect(w.description).toContain('[[mydumper.files]]');
  });
});

describe('lightningWritten from a directory', () => {
  const files = {
    'deploy/prod/dump/app-schema-create.sql': 'CREATE DATABASE app;',
    'deploy/prod/dump/app.orders-schema.sql': 'CREATE TABLE orders (id INT PRIMARY KEY);',
    'deploy/prod/dump/app.orders.000000001.csv': '1\n',
    'deploy/prod/dump/App.Customers.000000001.csv': '1\n',
    'deploy/prod/dump/app.only_schema-schema.sql': 'CREATE TABLE only_schema (id INT);',
    'deploy/prod/dump/scratch.t.csv': '1\n',
  };
  it('applies the filter case-insensitively by default, then the routes', () => {
    const w = written(`[mydumper]\ndata-source-dir = "./dump"\nfilter = ['app.*']\n`, 'deploy/prod/c.toml', files);
    expect(names(w)).toEqual(['App.Customers', 'app.orders']);
    const cs = written(`[mydumper]\ndata-source-dir = "./dump"\nfilter = ['app.*']\ncase-sensitive = true\n`, 'deploy/prod/c.toml', files);
    expect(names(cs)).toEqual(['app.orders']);
    const routed = written(
      `[mydumper]\ndata-source-dir = "./dump"\n[[routes]]\nschema-pattern = "app"\ntable-pattern = "orders"\ntarget-schema = "app"\ntarget-table = "orders_2026"\n`,
      'deploy/prod/c.toml',
      files,
    );
    expect(names(routed)).toEqual(['App.Customers', 'app.orders_2026', 'scratch.t']);
  });
  it('an empty or missing directory falls back to the filter as a pattern set, and says so', () => {
    const w = written(`[mydumper]\ndata-source-dir = "./dump"\nfilter = ['app.*']\n`, 'deploy/prod/c.toml', {
      'deploy/prod/dump/README.md': '',
    });
    expect(w.kind).toBe('pattern');
    expect(w.description).toContain('has no data files in the repository');
    const missing = written(`[mydumper]\ndata-source-dir = "/srv/dump"\nfilter = ['app.*']\n`, 'deploy/prod/c.toml', files);
    expect(missing.kind).toBe('pattern');
  });
});

describe('findings name the real tables', () => {
  const config = `[lightning]
check-requirements = false
[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "data/export"
`;
  it('lists a few tables, then "and N more"', async () => {
    const tables = ['orders', 'items', 'customers', 'refunds', 'payments'];
    const dump: Record<string, string> = { 'deploy/prod/load.toml': config };
    for (const t of tables) dump[`data/export/app.${t}.000000001.csv`] = '1\n';
    dump['data/export/scratch.tmp.000000001.csv'] = '1\n';
    const { findings } = await lint(dump);
    const backup = findings.find((f) => f.rule === 'log-backup-gap')!;
    expect(backup.message).toContain('`app.customers`, `app.items`, `app.orders` and 2 more');
    expect(backup.tables).toEqual(['app.customers', 'app.items', 'app.orders', 'app.payments', 'app.refunds']);
    const dr = findings.find((f) => f.rule === 'changefeed-gap' && f.message.includes('prod-to-dr'))!;
    expect(dr.message).toContain('`app.customers`, `app.items`, `app.orders` and 2 more');
    expect(findings.some((f) => f.rule === 'changefeed-gap' && f.message.includes('prod-to-kafka'))).toBe(false);
  });
  it('a directory of exempt tables only gives the notice', async () => {
    const { findings } = await lint({ 'deploy/prod/load.toml': config, 'data/export/scratch.a.csv': '1\n' });
    expect(findings.filter((f) => f.rule === 'precheck-override').map((f) => f.severity)).toEqual(['notice']);
  });
});

describe('hasValidIndex', () => {
  /** The verdict on a schema file's text: undefined when it holds no CREATE TABLE to read. */
  const verdict = (sql: string): boolean | undefined => {
    const table = parseTableSchema(sql);
    return table === undefined ? undefined : hasValidIndex(table);
  };
  it('reads primary keys and NOT NULL unique keys', () => {
    expect(verdict('CREATE TABLE t (id INT PRIMARY KEY, v TEXT)')).toBe(true);
    expect(verdict('CREATE TABLE `t` (`id` INT, PRIMARY KEY (`id`) /*T![clustered_index] CLUSTERED */)')).toBe(true);
    expect(verdict('CREATE TABLE t (a INT NOT NULL, b INT NOT NULL, UNIQUE KEY uk (a, b))')).toBe(true);
    expect(verdict('CREATE TABLE t (a INT NOT NULL, b INT, UNIQUE KEY uk (a, b))')).toBe(false);
    expect(verdict('CREATE TABLE t (a INT NOT NULL UNIQUE)')).toBe(true);
    expect(verdict('CREATE TABLE t (a INT UNIQUE, b INT, KEY k (b))')).toBe(false);
    expect(verdict("/*!40101 SET NAMES binary*/;\nCREATE TABLE t (a VARCHAR(10) DEFAULT 'primary key', b INT)")).toBe(false);
    expect(verdict('CREATE TABLE t (a INT NOT NULL, CONSTRAINT c UNIQUE (a))')).toBe(true);
    expect(verdict('SELECT 1')).toBeUndefined();
  });
});

describe('schema files', () => {
  const config = '[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "./dump"\n';
  const files: Record<string, string> = {
    'deploy/dump/app.orders-schema.sql': 'CREATE TABLE orders (id INT PRIMARY KEY);',
    'deploy/dump/app.orders.0.csv': '1\n',
    'deploy/dump/app.events-schema.sql': 'CREATE TABLE events (id INT, payload JSON);',
    'deploy/dump/app.events.0.csv': '1\n',
  };

  it('are read and parsed once, however many configs share the directory', () => {
    const reads: string[] = [];
    const repo = mapRepo(files);
    const documents = repoDocuments({
      ...repo,
      readFile: (p) => {
        reads.push(p);
        return repo.readFile(p);
      },
    });
    const parsed = parseToml(config);
    if (!parsed.ok) throw new Error(parsed.message);
    const results = ['deploy/a.toml', 'deploy/b.toml', 'deploy/c.toml'].map((path) =>
      lightningWritten(readLightningConfig(parsed.doc), path, documents),
    );
    for (const w of results) expect(w.kind === 'exact' && w.unindexed?.map((n) => `${n.schema}.${n.table}`)).toEqual(['app.events']);
    expect(reads.sort()).toEqual(['deploy/dump/app.events-schema.sql', 'deploy/dump/app.orders-schema.sql']);
  });

  it('that cannot be read count as having a valid index', () => {
    const documents = repoDocuments({ ...mapRepo(files), readFile: (p) => (p.endsWith('.sql') ? { refused: 'is a FIFO' } : files[p]) });
    const parsed = parseToml(config);
    if (!parsed.ok) throw new Error(parsed.message);
    const w = lightningWritten(readLightningConfig(parsed.doc), 'deploy/a.toml', documents);
    expect(w.kind === 'exact' && w.unindexed).toBeUndefined();
  });
});
