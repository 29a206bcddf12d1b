/**
 * The job of one Lightning config: its backend (physical or logical), the precheck override, the
 * tables it writes (filter, then routes), the data source, and the hosts it connects to.
 */
import type { Span } from '../core/types.js';
import { EMPTY_REPO, type RepoView } from '../core/repo.js';
import { DEFAULT_LIGHTNING_FILTER, filterSet, parseTableFilter, userTables, intersect } from '../filter/index.js';
import type { LightningConfig } from '../lightning/config.js';
import type { ImportJob, VersionedFeature, WrittenTables } from './model.js';
import { normalizeSource } from './source.js';

function entrySpan(located: { span: Span; keySpan: Span }): Span {
  return { start: located.keySpan.start, end: located.span.end };
}

function firstLine(text: string): Span {
  const nl = text.search(/\r|\n/);
  return { start: 0, end: nl < 0 ? text.length : nl };
}

function filterText(rules: readonly string[]): string {
  return `[${rules.map((r) => `'${r}'`).join(', ')}]`;
}

export function lightningWritten(config: LightningConfig): WrittenTables {
  const given = config.filter?.rules.map((r) => r.value);
  const rules = given ?? DEFAULT_LIGHTNING_FILTER;
  const caseSensitive = config.caseSensitive?.value === true;
  const parsed = parseTableFilter(rules, { caseSensitive });
  if (!parsed.ok) {
    return { kind: 'pattern', set: userTables(), description: '(the `filter` is invalid, so the linter assumes any table)' };
  }
  const filtered = intersect(filterSet(parsed.filter), userTables());
  if (config.routes.length || config.mydumperFiles.length) {
    const how = config.routes.length ? '`[[routes]]`' : '`[[mydumper.files]]`';
    return {
      kind: 'pattern',
      set: userTables(),
      description: `(the config renames tables with ${how}, which this version of the linter does not follow, so it assumes any table)`,
    };
  }
  return {
    kind: 'pattern',
    set: filtered,
    description: given ? `matching the filter \`${filterText(rules)}\`` : "accepted by Lightning's default filter",
    filterRules: rules,
  };
}

export function lightningJob(path: string, config: LightningConfig, text: string, _repo: RepoView = EMPTY_REPO): ImportJob {
  const backend = config.backend?.value.trim().toLowerCase() ?? '';
  const physical = backend !== 'tidb';
  const anchor = config.backend ? entrySpan(config.backend) : (config.importerHeader ?? firstLine(text));
  const override = config.checkRequirements && config.checkRequirements.value === false ? config.checkRequirements : undefined;
  const features: VersionedFeature[] = [];
  if (config.conflict) features.push({ what: 'The `[conflict]` section', since: '7.3.0', span: config.conflict.header, lightning: true });
  if (config.pdAddrs.length > 1) {
    const first = config.pdAddrs[0]!;
    const last = config.pdAddrs[config.pdAddrs.length - 1]!;
    features.push({ what: 'Several PD addresses in `pd-addr`', since: '7.6.0', span: { start: first.span.start, end: last.span.end }, lightning: true });
  }
  const hosts = [config.host?.value, ...config.pdAddrs.map((p) => p.value)].filter((h): h is string => !!h && h.trim() !== '');
  return {
    file: path,
    kind: 'lightning',
    physical,
    backend,
    anchor,
    ...(physical && config.backend ? { logicalFix: { span: anchor, replacement: 'backend = "tidb"' } } : {}),
    ...(override ? { override: { span: entrySpan(override), text: 'check-requirements = false' } } : {}),
    written: lightningWritten(config),
    ...(config.dataSourceDir ? { source: normalizeSource(config.dataSourceDir.value) } : {}),
    hosts,
    versionedFeatures: features,
  };
}
