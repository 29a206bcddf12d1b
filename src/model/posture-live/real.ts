/**
 * A snapshot's changefeeds and log backup as table sets, the way the policy's are compiled
 * (src/model/posture/compile.ts): the replica config's rules with its own case sensitivity, and the
 * tables whose inserts an event filter drops (matchers read case-sensitively, always: classic
 * TiCDC matches them so, pingcap/tiflow#11570, and a narrower matcher drops fewer inserts).
 * `finished` changefeeds protect nothing and are left out (docs/policy.md, "Protected").
 */
import { NO_TABLES, filterSet, intersect, parseTableFilter, union, type TableSet } from '../../core/filter/index.js';
import type { PostureSnapshot, SnapshotChangefeed } from './snapshot.js';

export interface RealChangefeed {
  readonly id: string;
  /** TiCDC's state word (the first blocking-looking one when several TiCDC clusters share the id). */
  readonly state: string;
  readonly states: readonly string[];
  readonly accepted: TableSet;
  readonly dropsInserts: TableSet;
  readonly forceReplicate: boolean;
  readonly caseSensitive: boolean;
  readonly rules: readonly string[];
  readonly notes: readonly string[];
}

const DROPS_INSERTS = new Set(['insert', 'all dml']);

/** States that never replicate again. */
export const GONE_STATES: ReadonlySet<string> = new Set(['finished', 'removed']);

export type RealCompile =
  | { readonly ok: true; readonly feeds: ReadonlyMap<string, RealChangefeed> }
  | { readonly ok: false; readonly problems: readonly string[] };

function compileOne(feed: SnapshotChangefeed): { feed?: RealChangefeed; problems: string[] } {
  const problems: string[] = [];
  const name = `changefeed \`${feed.id}\``;
  const rules = parseTableFilter([...feed.rules], { caseSensitive: feed.case_sensitive });
  if (!rules.ok) for (const e of rules.errors) problems.push(`${name}: invalid rule \`${feed.rules[e.ruleIndex] ?? ''}\`: ${e.message}`);
  const drops: TableSet[] = [];
  const notes: string[] = [];
  feed.event_filters.forEach((ef, i) => {
    if (!ef.ignore_event.some((e) => DROPS_INSERTS.has(e.trim().toLowerCase()))) return;
    const matcher = parseTableFilter([...ef.matcher], { caseSensitive: true });
    if (!matcher.ok) {
      for (const e of matcher.errors)
        problems.push(`${name}: invalid matcher \`${ef.matcher[e.ruleIndex] ?? ''}\` in event filter ${i + 1}: ${e.message}`);
      return;
    }
    drops.push(filterSet(matcher.filter));
    notes.push(`event filter ${i + 1} drops inserts into tables matching [${ef.matcher.map((m) => `'${m}'`).join(', ')}]`);
  });
  if (!rules.ok || problems.length) return { problems };
  return {
    feed: {
      id: feed.id,
      state: feed.state,
      states: [feed.state],
      accepted: filterSet(rules.filter),
      dropsInserts: drops.length ? union(...drops) : NO_TABLES,
      forceReplicate: feed.force_replicate,
      caseSensitive: feed.case_sensitive,
      rules: feed.rules,
      notes,
    },
    problems,
  };
}

/** The snapshot's live changefeeds by id; one id in several TiCDC clusters is their union. */
export function realChangefeeds(snapshot: PostureSnapshot): RealCompile {
  const problems: string[] = [];
  const byId = new Map<string, RealChangefeed>();
  for (const feed of snapshot.ticdc.changefeeds) {
    if (GONE_STATES.has(feed.state)) continue;
    const compiled = compileOne(feed);
    problems.push(...compiled.problems);
    const next = compiled.feed;
    if (!next) continue;
    const seen = byId.get(next.id);
    byId.set(
      next.id,
      seen
        ? {
            ...seen,
            states: [...seen.states, next.state],
            accepted: union(seen.accepted, next.accepted),
            dropsInserts: intersect(seen.dropsInserts, next.dropsInserts),
            forceReplicate: seen.forceReplicate || next.forceReplicate,
            caseSensitive: seen.caseSensitive && next.caseSensitive,
            rules: [...seen.rules, ...next.rules.filter((r) => !seen.rules.includes(r))],
            notes: [...seen.notes, ...next.notes],
          }
        : next,
    );
  }
  return problems.length ? { ok: false, problems } : { ok: true, feeds: byId };
}

/** Log backup runs on the cluster: a task in any state (any task blocks the precheck, and a paused one resumes). */
export function realLogBackup(snapshot: PostureSnapshot): { readonly task?: string } | undefined {
  const tasks = snapshot.log_backup.tasks;
  const first = preferredTask(tasks);
  return first ? { task: first.name } : undefined;
}

/** The task to name in messages and drafts: a running one when there is one, else the first by name. */
export function preferredTask<T extends { readonly name: string; readonly state: string }>(tasks: readonly T[]): T | undefined {
  return tasks.find((t) => t.state === 'running') ?? tasks[0];
}
