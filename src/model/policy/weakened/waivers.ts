/** Waivers the head adds or widens: a head waiver that no base waiver of the same rule covers (weakened.ts). */
import { findWitness, subtract, type TableName } from '../../../core/filter/index.js';
import type { Waiver } from '../types.js';
import { setOf, tableText } from './tables.js';
import type { Found } from './types.js';

interface WaiverWidening {
  readonly paths: readonly string[];
  /** A table the head waiver covers and the base waiver does not; `all` when the head dropped `tables`. */
  readonly table?: TableName | 'all';
  readonly expiry?: string;
}

/** How `head` reaches beyond `base` (same rule assumed); undefined when `base` covers it. */
function waiverWidening(base: Waiver, head: Waiver): WaiverWidening | undefined {
  const paths = head.paths.filter((p) => !base.paths.includes(p));
  let table: WaiverWidening['table'];
  if (base.tables) {
    if (!head.tables) table = 'all';
    else {
      const headSet = setOf(
        head.tables.map((t) => t.rule),
        false,
      );
      const baseSet = setOf(
        base.tables.map((t) => t.rule),
        false,
      );
      if (headSet && baseSet) table = findWitness(subtract(headSet, baseSet))?.table;
    }
  }
  let expiry: string | undefined;
  if (base.expires !== undefined) {
    if (head.expires === undefined) expiry = `removed (was ${base.expires})`;
    else if (head.expires > base.expires) expiry = `extended from ${base.expires} to ${head.expires}`;
  }
  if (paths.length === 0 && table === undefined && expiry === undefined) return undefined;
  return { paths, ...(table !== undefined ? { table } : {}), ...(expiry !== undefined ? { expiry } : {}) };
}

function wideningSize(w: WaiverWidening): number {
  return w.paths.length + (w.table !== undefined ? 1 : 0) + (w.expiry !== undefined ? 1 : 0);
}

export function diffWaivers(base: readonly Waiver[], head: readonly Waiver[]): Found[] {
  const out: Found[] = [];
  for (const waiver of head) {
    const sameRule = base.filter((b) => b.rule === waiver.rule);
    const widenings = sameRule.map((b) => ({ base: b, widening: waiverWidening(b, waiver) }));
    // Covered when each of its paths is in some base waiver that allows its tables at least as
    // long (two base waivers merged into one is not a widening).
    const allowing = widenings.filter(
      (w) => w.widening === undefined || (w.widening.table === undefined && w.widening.expiry === undefined),
    );
    if (waiver.paths.every((p) => allowing.some((w) => w.base.paths.includes(p)))) continue;
    const key = `waiver-widened:${waiver.rule}:${waiver.paths.join(',')}`;
    const tablesList = waiver.tables ? waiver.tables.map((t) => `\`${t.rule}\``).join(', ') : 'all tables';
    const scope = `\`${waiver.rule}\` for ${waiver.paths.map((p) => `\`${p}\``).join(', ')} (${tablesList}; ${waiver.expires !== undefined ? `until ${waiver.expires}` : 'no expiry'})`;
    // The base waiver it was most likely edited from: one sharing a path or its reason.
    const related = widenings
      .filter((w) => w.base.paths.some((p) => waiver.paths.includes(p)) || w.base.reason === waiver.reason)
      .sort((a, b) => wideningSize(a.widening as WaiverWidening) - wideningSize(b.widening as WaiverWidening))[0];
    if (!related) {
      out.push({
        kind: 'waiver-widened',
        key,
        location: waiver.location,
        message: `A new waiver of ${scope}: these findings are no longer reported as failures.`,
      });
      continue;
    }
    const w = related.widening as WaiverWidening;
    const changes: string[] = [];
    if (w.paths.length > 0) changes.push(`paths gained ${w.paths.map((p) => `\`${p}\``).join(', ')}`);
    if (w.table === 'all')
      changes.push(
        `its \`tables\` limit (${(related.base.tables ?? []).map((t) => `\`${t.rule}\``).join(', ')}) was removed, so it covers every table`,
      );
    else if (w.table !== undefined)
      changes.push(
        `it now covers ${tableText(
          w.table,
          (waiver.tables ?? []).map((t) => t.rule),
          false,
        )}`,
      );
    if (w.expiry !== undefined) changes.push(`its expiry was ${w.expiry}`);
    const newTable =
      w.table !== undefined && w.table !== 'all'
        ? waiver.tables?.find((t) => !related.base.tables?.some((b) => b.rule === t.rule))
        : undefined;
    out.push({
      kind: 'waiver-widened',
      key,
      location: newTable?.location ?? waiver.location,
      message: `A waiver of ${scope} was widened: ${changes.join('; ')}.`,
    });
  }
  return out;
}
