/**
 * A policy changefeed may point at the real TiCDC changefeed config in the repository (`config:`):
 * its `[filter] rules`, `case-sensitive`, `force-replicate` and event filters then describe what is
 * replicated. A missing or unreadable config is an `invalid-policy` problem, never a silent default.
 */
import { NO_TABLES, type TableSet } from '../filter/index.js';
import type { ChangefeedPolicy, LocatedRule } from '../policy/types.js';
import { parseToml } from '../toml/document.js';

export interface ChangefeedSource {
  readonly rules: readonly LocatedRule[];
  readonly caseSensitive?: boolean;
  readonly forceReplicate?: boolean;
  /** Tables whose inserts event filters drop: they receive no imported rows downstream anyway. */
  readonly dropsInserts: TableSet;
  readonly notes: readonly string[];
}

export function readChangefeedSource(
  feed: ChangefeedPolicy,
  readRepoFile: (path: string) => string | undefined,
): { ok: true; source: ChangefeedSource } | { ok: false; message: string } {
  const path = feed.config as string;
  const text = readRepoFile(path);
  if (text === undefined) {
    return { ok: false, message: `changefeed ${feed.id}: config file \`${path}\` was not found in the repository` };
  }
  const parsed = parseToml(text);
  if (!parsed.ok) {
    return { ok: false, message: `changefeed ${feed.id}: config file \`${path}\` is not valid TOML: ${parsed.message}` };
  }
  const value = parsed.doc.value;
  const filter = (value['filter'] ?? {}) as Record<string, unknown>;
  const rawRules = filter['rules'];
  const rules: LocatedRule[] = Array.isArray(rawRules)
    ? rawRules.filter((r): r is string => typeof r === 'string').map((rule) => ({ rule, location: feed.location }))
    : [];
  const cs = value['case-sensitive'];
  const force = value['force-replicate'];
  return {
    ok: true,
    source: {
      rules,
      ...(typeof cs === 'boolean' ? { caseSensitive: cs } : {}),
      ...(typeof force === 'boolean' ? { forceReplicate: force } : {}),
      dropsInserts: NO_TABLES,
      notes: [],
    },
  };
}
