/**
 * A policy changefeed may point at the real TiCDC changefeed config in the repository (`config:`):
 * its `[filter] rules`, `case-sensitive`, `force-replicate` and `[[filter.event-filters]]` then
 * describe what is replicated (docs/rules/changefeed-gap.md). The config arrives parsed
 * (src/parse/ticdc/changefeed.ts reads and parses each file once). A missing, unreadable or
 * unparsable config, or filter rules TiCDC would reject, are `invalid-policy` problems positioned
 * at the policy's changefeed entry, never a silent default.
 *
 * Event filters: a table whose inserts are dropped (`ignore-event` containing `insert` or
 * `all dml`, for tables the `matcher` accepts, matched case-sensitively as classic TiCDC does)
 * receives no imported rows downstream, so it is not replicated for our purpose. Partial drops (`ignore-insert-value-expr`, `ignore-sql`) drop only
 * some rows and do not count.
 */
import { NO_TABLES, filterSet, parseTableFilter, union, type TableSet } from '../../core/filter/index.js';
import type { ChangefeedPolicy, LocatedRule } from '../policy/types.js';
import type { ChangefeedConfigFiles } from '../../parse/ticdc/changefeed.js';

export interface ChangefeedSource {
  readonly rules: readonly LocatedRule[];
  readonly caseSensitive?: boolean;
  readonly forceReplicate?: boolean;
  /** Tables whose inserts event filters drop: they receive no imported rows downstream anyway. */
  readonly dropsInserts: TableSet;
  readonly notes: readonly string[];
}

/** `ignore-event` values that drop every insert. */
const DROPS_INSERTS = new Set(['insert', 'all dml']);

export function readChangefeedSource(
  feed: ChangefeedPolicy,
  /** The parsed changefeed configs, by path (or why one is missing, refused or not TOML). */
  configFiles: ChangefeedConfigFiles,
  /** The cluster version's `case-sensitive` default, used when neither the policy nor the file says. */
  defaultCaseSensitive = false,
): { ok: true; source: ChangefeedSource } | { ok: false; message: string; messages?: readonly string[] } {
  const path = feed.config as string;
  const what = `changefeed ${feed.id}: config file \`${path}\``;
  const file = configFiles(path);
  if (!file.ok) return { ok: false, message: `${what} ${file.reason}` };
  const config = file.config;
  const caseSensitive = feed.caseSensitive ?? config.caseSensitive?.value ?? defaultCaseSensitive;
  const rules: LocatedRule[] = (config.rules ?? []).map((r) => ({ rule: r.value, location: feed.location }));

  const problems: string[] = [];
  const rulesCheck = parseTableFilter(
    rules.map((r) => r.rule),
    { caseSensitive },
  );
  if (!rulesCheck.ok) {
    for (const e of rulesCheck.errors)
      problems.push(`${what}: invalid \`[filter] rules\` entry \`${rules[e.ruleIndex]?.rule ?? ''}\`: ${e.message}`);
  }

  const dropped: TableSet[] = [];
  const notes: string[] = [];
  config.eventFilters.forEach((ef, index) => {
    const matcher = ef.matcher.map((m) => m.value);
    // Classic TiCDC builds event-filter matchers case-sensitive whatever `case-sensitive` says
    // (pingcap/tiflow pkg/filter/sql_event_filter.go: `newSQLEventFilterRule` parses the matcher with
    // tfilter.Parse and never wraps it in CaseInsensitive;
    // tiflow issue #11570, fixed only in the new architecture from v9.0). A case-sensitive matcher
    // drops inserts for fewer tables, so this is also the conservative reading (docs/rules/changefeed-gap.md).
    const parsedMatcher = parseTableFilter(matcher, { caseSensitive: true });
    if (!parsedMatcher.ok) {
      for (const e of parsedMatcher.errors) {
        problems.push(`${what}: invalid \`matcher\` entry \`${matcher[e.ruleIndex] ?? ''}\` in event filter ${index + 1}: ${e.message}`);
      }
      return;
    }
    const events = ef.ignoreEvent.map((e) => e.value.trim().toLowerCase());
    if (!events.some((e) => DROPS_INSERTS.has(e))) return;
    dropped.push(filterSet(parsedMatcher.filter));
    notes.push(`event filter ${index + 1} drops inserts into tables matching [${matcher.map((m) => `'${m}'`).join(', ')}]`);
  });
  if (problems.length) return { ok: false, message: problems[0]!, messages: problems };

  return {
    ok: true,
    source: {
      rules,
      caseSensitive,
      ...(config.forceReplicate ? { forceReplicate: config.forceReplicate.value } : {}),
      dropsInserts: dropped.length ? union(...dropped) : NO_TABLES,
      notes,
    },
  };
}
