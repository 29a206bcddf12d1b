/**
 * Changefeeds read from the real TiCDC config in the repository (`config:`): filter rules,
 * case-sensitive, force-replicate and event filters, and the invalid-policy problems.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

/** A finding's message and help together (the message catalog puts what to do in `help`). */
const full = (f: { message: string; help?: string }): string => `${f.message} ${f.help ?? ''}`;

const POLICY = (feed: string) => `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: false }
    changefeeds:
${feed}
`;
const CONFIG_FEED = POLICY('      - id: to-kafka\n        config: cdc/to-kafka.toml\n        downstream: { kind: kafka }');

const IMPORT = (filter: string) => `[lightning]
check-requirements = false
[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "s3://b/d"
filter = ${filter}
`;

const feedGaps = (findings: readonly { rule: string; message: string }[]) =>
  findings.filter((f) => f.rule === 'changefeed-gap').map((f) => f.message);

describe('config: rules and flags', () => {
  it('uses the config file rules', async () => {
    const files = {
      'cdc/to-kafka.toml': "[filter]\nrules = ['billing.*']\n",
      'deploy/a.toml': IMPORT("['app.*']"),
      'deploy/b.toml': IMPORT("['billing.*']"),
    };
    const { findings } = await lint(files, CONFIG_FEED);
    const gaps = findings.filter((f) => f.rule === 'changefeed-gap');
    expect(gaps.map((f) => f.file)).toEqual(['deploy/b.toml']);
    expect(gaps[0]!.message).toContain('`billing.');
  });
  it('follows case-sensitive from the file', async () => {
    // The import writes `billing.*`; TiDB compares table names without case, so those may be the
    // tables stored as `Billing.*`, which the case-sensitive rule replicates: still a gap
    // (test/attack/table-name-case.test.ts). The file's flag is read (the changefeed is case-sensitive).
    const files = {
      'cdc/to-kafka.toml': "case-sensitive = true\n[filter]\nrules = ['Billing.*']\n",
      'deploy/b.toml': IMPORT("['billing.*']\ncase-sensitive = true"),
    };
    expect(feedGaps((await lint(files, CONFIG_FEED)).findings)).toHaveLength(1);
    const insensitive = { ...files, 'cdc/to-kafka.toml': "case-sensitive = false\n[filter]\nrules = ['Billing.*']\n" };
    expect(feedGaps((await lint(insensitive, CONFIG_FEED)).findings)).toHaveLength(1);
  });
});

describe('event filters', () => {
  const feed = (events: string, matcher = "['billing.*']") =>
    `[filter]\nrules = ['billing.*']\n[[filter.event-filters]]\nmatcher = ${matcher}\nignore-event = ${events}\n`;
  it('a table whose inserts are dropped is not replicated', async () => {
    for (const events of ["['insert']", "['all dml']", "['Insert', 'update']"]) {
      // A case-sensitive import: matchers are case-sensitive in classic TiCDC (tiflow #11570), so
      // a case-insensitive filter's `BILLING.x` would still be replicated (test/precision/blocking.test.ts).
      const { findings } = await lint(
        { 'cdc/to-kafka.toml': feed(events), 'deploy/b.toml': IMPORT("['billing.*']\ncase-sensitive = true") },
        CONFIG_FEED,
      );
      expect(feedGaps(findings)).toEqual([]);
      // The override's notice says why the changefeed needs nothing.
      const notice = findings.find((f) => f.rule === 'precheck-override')!;
      expect(notice.severity).toBe('notice');
      expect(full(notice)).toContain("event filter 1 drops inserts into tables matching ['billing.*']");
    }
  });
  it('dropping other events, or inserts of other tables, keeps the gap', async () => {
    const updates = await lint(
      { 'cdc/to-kafka.toml': feed("['update', 'delete']"), 'deploy/b.toml': IMPORT("['billing.*']") },
      CONFIG_FEED,
    );
    expect(feedGaps(updates.findings)).toHaveLength(1);
    const partly = await lint(
      { 'cdc/to-kafka.toml': feed("['insert']", "['billing.audit_*']"), 'deploy/b.toml': IMPORT("['billing.*']") },
      CONFIG_FEED,
    );
    const messages = feedGaps(partly.findings);
    expect(messages).toHaveLength(1);
    expect(messages[0]).not.toMatch(/`billing\.audit_/);
  });
});

describe('invalid-policy', () => {
  it('a missing changefeed config is an invalid-policy error at the changefeed entry', async () => {
    const outcome = await lint({ 'deploy/b.toml': IMPORT("['billing.*']") }, CONFIG_FEED);
    expect(outcome.fatal).toMatch(/invalid/);
    const problems = outcome.findings.filter((f) => f.rule === 'invalid-policy');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('changefeed to-kafka: config file `cdc/to-kafka.toml` was not found in the repository');
    expect(problems[0]!.file).toBe('.github/tidb-import-guard.yml');
    expect(problems[0]!.line).toBe(8);
  });
  it("filter rules TiCDC rejects are invalid-policy errors with TiDB's reason", async () => {
    const bad = await lint(
      { 'cdc/to-kafka.toml': "[filter]\nrules = ['billing']\n", 'deploy/b.toml': IMPORT("['billing.*']") },
      CONFIG_FEED,
    );
    const messages = bad.findings.filter((f) => f.rule === 'invalid-policy').map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/invalid `\[filter\] rules` entry `billing`: .*wrong table pattern|missing table pattern/);
    const re2 = await lint(
      { 'cdc/to-kafka.toml': "[filter]\nrules = ['/a(?=b)/.*']\n", 'deploy/b.toml': IMPORT("['billing.*']") },
      CONFIG_FEED,
    );
    expect(
      re2.findings
        .filter((f) => f.rule === 'invalid-policy')
        .map((f) => f.message)
        .join(''),
    ).toMatch(/invalid or unsupported Perl syntax|invalid/);
    const matcher = await lint(
      {
        'cdc/to-kafka.toml': "[filter]\nrules = ['*.*']\n[[filter.event-filters]]\nmatcher = ['a.b#c']\nignore-event = ['insert']\n",
        'deploy/b.toml': IMPORT("['billing.*']"),
      },
      CONFIG_FEED,
    );
    expect(
      matcher.findings
        .filter((f) => f.rule === 'invalid-policy')
        .map((f) => f.message)
        .join(''),
    ).toContain('`matcher` entry `a.b#c` in event filter 1');
  });
});

describe('force-replicate and tables without a valid index', () => {
  // A Dumpling-style data directory: each table's schema file sits beside its data.
  const DUMP = {
    'dumps/billing.events-schema.sql': 'CREATE TABLE `events` (`id` bigint, `payload` json);',
    'dumps/billing.events.000000001.csv': 'id,payload\n1,{}\n',
    'dumps/billing.invoices-schema.sql': 'CREATE TABLE `invoices` (`id` bigint NOT NULL, PRIMARY KEY (`id`));',
    'dumps/billing.invoices.000000001.csv': 'id\n1\n',
    'deploy/b.toml': IMPORT("['billing.*']").replace('"s3://b/d"', '"dumps"'),
  };
  const gapTables = async (policy: string, extra: Record<string, string> = {}) => {
    const { findings } = await lint({ ...DUMP, ...extra }, policy);
    return findings.filter((f) => f.rule === 'changefeed-gap').flatMap((f) => f.tables ?? []);
  };
  it('leaves out a table with no valid index unless force-replicate is true', async () => {
    expect(await gapTables(CONFIG_FEED, { 'cdc/to-kafka.toml': "[filter]\nrules = ['billing.*']\n" })).toEqual(['billing.invoices']);
    const forced = await gapTables(CONFIG_FEED, { 'cdc/to-kafka.toml': "force-replicate = true\n[filter]\nrules = ['billing.*']\n" });
    expect(forced).toEqual(['billing.events', 'billing.invoices']);
  });
  it('honours the policy force_replicate for inline changefeeds', async () => {
    const inline = (force: boolean) =>
      POLICY(`      - id: to-dr\n        rules: ["billing.*"]\n        force_replicate: ${force}\n        downstream: { kind: kafka }`);
    expect(await gapTables(inline(false))).toEqual(['billing.invoices']);
    expect(await gapTables(inline(true))).toEqual(['billing.events', 'billing.invoices']);
  });
});
