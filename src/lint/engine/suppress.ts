/**
 * Applies inline suppressions and policy waivers to the pending findings, and says which of them
 * did not do their job (expired, or suppressed nothing) for the `exceptions` stage's rules.
 */
import picomatch from 'picomatch';
import { PATH_GLOB } from '../../core/glob.js';
import type { Diagnostic } from '../../core/types.js';
import { filterSet, findWitness, matchTable, parseTableFilter, subtract, type TableFilter } from '../../core/filter/index.js';
import type { Policy, Waiver } from '../../model/policy/types.js';
import type { SpentException } from '../rules/stages.js';
import type { Decided, Pending } from './pending.js';
import type { FileState } from './read-file.js';
import { SuppressionUse, suppressionCovers } from './suppress-scope.js';

/**
 * A waiver with `tables` applies only when it covers every table the finding is about: the whole
 * set for a pattern (not just the example the message names), every name otherwise.
 */
function tablesAllowed(tables: TableFilter | 'any' | 'invalid', d: Diagnostic): boolean {
  if (tables === 'any') return true;
  if (tables === 'invalid') return false;
  if (d.tableSet) return findWitness(subtract(d.tableSet, filterSet(tables))) === undefined;
  if (!d.tables?.length) return false;
  return d.tables.every((t) => {
    const dot = t.indexOf('.');
    return dot > 0 && matchTable(tables, t.slice(0, dot), t.slice(dot + 1));
  });
}

export interface Suppressed {
  /** In the order of the pending findings; the caller's to empty once it has settled them. */
  readonly decided: Decided[];
  /** Inline suppressions that expired or suppressed nothing, by file. */
  readonly spentInline: ReadonlyMap<FileState, readonly SpentException[]>;
  /** Policy waivers that expired, or (over the whole repository) matched nothing. */
  readonly spentWaivers: readonly SpentException[];
}

export function suppress(
  policy: Policy,
  today: string,
  fullScope: boolean,
  files: readonly FileState[],
  pending: readonly Pending[],
): Suppressed {
  const usedInline = new SuppressionUse();
  const expiredInline = new Set<object>();
  const usedWaivers = new Set<Waiver>();
  const expiredWaivers = new Set<Waiver>();
  // Each waiver's globs and table filter, compiled once for every finding they are tried on.
  const waiverMatchers = policy.waivers.map((w) => {
    const parsed = w.tables
      ? parseTableFilter(
          w.tables.map((t) => t.rule),
          { caseSensitive: false },
        )
      : undefined;
    const tables: TableFilter | 'any' | 'invalid' = parsed === undefined ? 'any' : parsed.ok ? parsed.filter : 'invalid';
    return { waiver: w, matches: picomatch(w.paths as string[], PATH_GLOB), tables };
  });

  const decided: Decided[] = [];
  for (const p of pending) {
    let suppression: Decided['suppression'];
    if (p.file && !p.d.at) {
      for (const s of p.file.directives.suppressions) {
        if (!s.rules.includes(p.d.rule) || !suppressionCovers(s, p.d.span, p.job)) continue;
        usedInline.record(s, p.d.rule);
        if (s.until !== undefined && s.until < today) expiredInline.add(s);
        else suppression = { kind: 'inline', reason: s.reason };
        break;
      }
      if (!suppression) {
        for (const { waiver, matches, tables } of waiverMatchers) {
          if (waiver.rule !== p.d.rule || !matches(p.file.path) || !tablesAllowed(tables, p.d)) continue;
          usedWaivers.add(waiver);
          if (waiver.expires !== undefined && waiver.expires < today) expiredWaivers.add(waiver);
          else suppression = { kind: 'waiver', reason: waiver.reason };
          break;
        }
      }
    }
    decided.push({ p, suppression });
  }

  const spentInline = new Map<FileState, SpentException[]>();
  for (const file of files) {
    const spent: SpentException[] = [];
    for (const s of file.directives.suppressions) {
      if (expiredInline.has(s)) spent.push({ kind: 'inline', state: 'expired', rules: s.rules, until: s.until as string, span: s.span });
      else {
        // Each rule it names that suppressed nothing is its own finding, naming the rule.
        const partly = usedInline.has(s);
        for (const rule of usedInline.unusedRules(s)) spent.push({ kind: 'inline', state: 'unused', rules: [rule], span: s.span, partly });
      }
    }
    if (spent.length) spentInline.set(file, spent);
  }
  const spentWaivers: SpentException[] = [];
  for (const waiver of policy.waivers) {
    const at = { rules: [waiver.rule], location: waiver.location, ...(waiver.expires !== undefined ? { until: waiver.expires } : {}) };
    if (expiredWaivers.has(waiver)) spentWaivers.push({ kind: 'waiver', state: 'expired', ...at });
    else if (!usedWaivers.has(waiver) && fullScope) {
      // Matched nothing in the whole repository: past its date it is expired, otherwise unused.
      const expired = waiver.expires !== undefined && waiver.expires < today;
      spentWaivers.push({ kind: 'waiver', state: expired ? 'expired' : 'unused', ...at });
    }
  }
  return { decided, spentInline, spentWaivers };
}
