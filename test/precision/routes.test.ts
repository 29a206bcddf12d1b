/**
 * Lightning `[[routes]]` on exact names and on pattern sets (src/model/jobs/routes.ts), and what the
 * posture rules make of the renamed tables (policies/example.yml: prod replicates `app.*` and
 * `billing.*` minus `app.tmp_*` to dr, and `billing.*` to kafka).
 */
import { describe, expect, it } from 'vitest';
import { findWitness, intersect, parseTableFilter, filterSet, setHas, exactSet, type TableName } from '../../src/core/filter/index.js';
import {
  compileRoutes,
  filterExpr,
  routeImage,
  routePatternRegex,
  routeTable,
  type RouteRule,
  type SchemaAtoms,
} from '../../src/model/jobs/routes.js';
import { lint } from '../helpers/repo.js';

function router(rules: RouteRule[], caseSensitive = false) {
  const atoms: SchemaAtoms = { sets: [] };
  const compiled = compileRoutes(rules, caseSensitive, atoms);
  if (!compiled.ok) throw new Error(compiled.problems[0]!.message);
  return compiled.router;
}

function image(filter: string[], rules: RouteRule[], caseSensitive = false) {
  const r = router(rules, caseSensitive);
  const parsed = parseTableFilter(filter, { caseSensitive });
  if (!parsed.ok) throw new Error('bad filter');
  return routeImage(r, filterExpr(parsed.filter, r.atoms));
}

const t = (schema: string, table: string): TableName => ({ schema, table });

describe('route patterns', () => {
  it('rewrites trie wildcards to anchored regexes and keeps ~regex unanchored', () => {
    expect(routePatternRegex('shard_*')).toEqual({ ok: true, source: '(?s)^shard_.*$' });
    expect(routePatternRegex('db?')).toEqual({ ok: true, source: '(?s)^db.$' });
    expect(routePatternRegex('a.b')).toEqual({ ok: true, source: '(?s)^a\\x{2e}b$' });
    expect(routePatternRegex('~^sh/ard')).toEqual({ ok: true, source: '^sh\\/ard' });
  });
  it('rejects `*` anywhere but at the end, as the trie selector does', () => {
    const r = routePatternRegex('a*b');
    expect(r.ok).toBe(false);
    expect(compileRoutes([{ schemaPattern: 'a*b', targetSchema: 'x' }], false).ok).toBe(false);
  });
  it('requires schema-pattern and target-schema', () => {
    const r = compileRoutes([{ tablePattern: 't', targetSchema: 'x' }, { schemaPattern: 's' }], false);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      'schema pattern of table route rule should not be empty',
      'target schema of table route rule should not be empty',
    ]);
  });
  it('supports [a-z] and [!a-z] classes', () => {
    const r = router([
      { schemaPattern: 'db[0-9]', targetSchema: 'merged' },
      { schemaPattern: 'x[!0-9]', targetSchema: 'letters' },
    ]);
    expect(routeTable(r, t('db7', 'o'))).toEqual([t('merged', 'o')]);
    expect(routeTable(r, t('dbx', 'o'))).toEqual([t('dbx', 'o')]);
    expect(routeTable(r, t('xa', 'o'))).toEqual([t('letters', 'o')]);
    expect(routeTable(r, t('x1', 'o'))).toEqual([t('x1', 'o')]);
  });
});

describe('routeTable (exact names)', () => {
  const r = router([
    { schemaPattern: 'shard_*', targetSchema: 'app' },
    { schemaPattern: 'shard_*', tablePattern: 'orders_*', targetSchema: 'app', targetTable: 'orders' },
  ]);
  it('prefers a table-level route over a schema-level one, whatever their order', () => {
    expect(routeTable(r, t('shard_1', 'orders_07'))).toEqual([t('app', 'orders')]);
    expect(routeTable(r, t('shard_1', 'customers'))).toEqual([t('app', 'customers')]);
  });
  it('leaves unmatched tables alone and matches case-insensitively by default', () => {
    expect(routeTable(r, t('other', 'orders_1'))).toEqual([t('other', 'orders_1')]);
    expect(routeTable(r, t('SHARD_2', 'ORDERS_1'))).toEqual([t('app', 'orders')]);
    const cs = router([{ schemaPattern: 'shard_*', targetSchema: 'app' }], true);
    expect(routeTable(cs, t('SHARD_2', 'x'))).toEqual([t('SHARD_2', 'x')]);
  });
  it('counts both targets when two rules of one level match (Lightning would fail)', () => {
    const twice = router([
      { schemaPattern: 's*', targetSchema: 'a' },
      { schemaPattern: 'sh*', targetSchema: 'b' },
    ]);
    expect(routeTable(twice, t('shx', 'o'))).toEqual([t('a', 'o'), t('b', 'o')]);
  });
});

describe('routeImage (pattern sets)', () => {
  it('renames a schema, keeping the table constraints of the filter', () => {
    const set = image(['shard_*.orders*', 'keep.*'], [{ schemaPattern: 'shard_*', targetSchema: 'app' }]);
    expect(setHas(set, t('app', 'orders_1'))).toBe(true);
    expect(setHas(set, t('app', 'customers'))).toBe(false);
    expect(setHas(set, t('shard_1', 'orders_1'))).toBe(false);
    expect(setHas(set, t('keep', 'x'))).toBe(true);
  });
  it('projects exactly through exclusions that depend on the source schema', () => {
    // shard_a.* except shard_a.secret, plus shard_b.secret: app.secret is still written (from shard_b).
    const set = image(['shard_a.*', '!shard_a.secret', 'shard_b.secret'], [{ schemaPattern: 'shard_*', targetSchema: 'app' }]);
    expect(setHas(set, t('app', 'secret'))).toBe(true);
    const only = image(['shard_a.*', '!shard_a.secret'], [{ schemaPattern: 'shard_*', targetSchema: 'app' }]);
    expect(setHas(only, t('app', 'secret'))).toBe(false);
    expect(setHas(only, t('app', 'other'))).toBe(true);
  });
  it('maps a table-level route with target-table to that one table', () => {
    const set = image(['shard_*.*'], [{ schemaPattern: 'shard_*', tablePattern: 'orders_*', targetSchema: 'app', targetTable: 'orders' }]);
    expect(setHas(set, t('app', 'orders'))).toBe(true);
    expect(setHas(set, t('app', 'orders_1'))).toBe(false);
    expect(setHas(set, t('shard_1', 'customers'))).toBe(true);
    expect(setHas(set, t('shard_1', 'orders_1'))).toBe(false);
  });
  it('writes nothing through a route whose sources the filter rejects', () => {
    const set = image(['other.*'], [{ schemaPattern: 'shard_*', targetSchema: 'app', targetTable: 'all' }]);
    expect(findWitness(intersect(set, exactSet([t('app', 'all')], false)))).toBeUndefined();
  });
  it('finds a witness in the renamed set', () => {
    const set = image(['shard_*.*'], [{ schemaPattern: 'shard_*', targetSchema: 'app' }]);
    const replicated = filterSet(
      (parseTableFilter(['app.*', '!app.tmp_*'], { caseSensitive: false }) as { ok: true; filter: never }).filter,
    );
    const w = findWitness(intersect(set, replicated));
    expect(w?.table.schema).toBe('app');
    expect(w?.exact).toBe(true);
  });
});

const CONFIG = (body: string) => `[lightning]
check-requirements = false

[tikv-importer]
backend = "local"

[mydumper]
data-source-dir = "s3://dumps/shards"
${body}`;

function gaps(findings: readonly { rule: string; message: string }[], rule: string) {
  return findings.filter((f) => f.rule === rule).map((f) => f.message);
}

describe('posture findings through routes', () => {
  it('a filter that excludes every replicated schema raises no changefeed-gap', async () => {
    const { findings } = await lint({ 'deploy/prod/w.toml': CONFIG("filter = ['warehouse.*', 'scratch.*']\n") });
    expect(gaps(findings, 'changefeed-gap')).toEqual([]);
    expect(gaps(findings, 'log-backup-gap')).toHaveLength(1);
    expect(gaps(findings, 'log-backup-gap')[0]).toContain('`warehouse.');
  });
  it('routes that rename into a replicated schema do, naming a witness there', async () => {
    const { findings } = await lint({
      'deploy/prod/w.toml': CONFIG('filter = [\'shard_*.*\']\n\n[[routes]]\nschema-pattern = "shard_*"\ntarget-schema = "billing"\n'),
    });
    const messages = gaps(findings, 'changefeed-gap');
    expect(messages).toHaveLength(2); // prod-to-dr and prod-to-kafka both replicate billing.*
    for (const m of messages)
      expect(m).toMatch(
        /`billing\.[a-z0-9_]+` \(and any other table written through the filter `\['shard_\*\.\*'\]` and its `\[\[routes\]\]` renaming\)/,
      );
  });
  it('routes into an exempt table raise no gap; routes out of a replicated schema remove it', async () => {
    const intoExempt = await lint({
      'deploy/prod/w.toml': CONFIG(
        'filter = [\'shard_*.*\']\n\n[[routes]]\nschema-pattern = "shard_*"\ntable-pattern = "*"\ntarget-schema = "app"\ntarget-table = "tmp_merge"\n',
      ),
    });
    expect(gaps(intoExempt.findings, 'changefeed-gap')).toEqual([]);
    const outOf = await lint({
      'deploy/prod/w.toml': CONFIG('filter = [\'billing.*\']\n\n[[routes]]\nschema-pattern = "billing"\ntarget-schema = "warehouse"\n'),
    });
    expect(gaps(outOf.findings, 'changefeed-gap')).toEqual([]);
  });
});
