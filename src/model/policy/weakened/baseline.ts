/** Entries a pull request adds to the baseline weaken the policy like a new waiver (weakened.ts). */
import type { Policy, PolicyLocation } from '../types.js';
import { weakeningSeverity, type Weakening } from './types.js';

/** One baseline entry, as `diffBaselines` compares them (src/parse/baseline/format.ts). */
export interface BaselineEntryRef {
  readonly fingerprint: string;
  readonly rule: string;
  readonly file: string;
  readonly location: PolicyLocation;
}

/**
 * Entries the head baseline adds to the base one: findings that no longer fail the check, added by
 * the pull request under review. One weakening for all of them (a baseline may gain hundreds),
 * anchored at the first added entry, naming how many and a few examples.
 */
export function diffBaselines(
  basePolicy: Policy,
  base: readonly Omit<BaselineEntryRef, 'location'>[],
  head: { readonly file: string; readonly entries: readonly BaselineEntryRef[] },
): Weakening[] {
  const severity = weakeningSeverity(basePolicy);
  if (severity === 'off') return [];
  const key = (e: Omit<BaselineEntryRef, 'location'>): string => `${e.fingerprint}\u0000${e.rule}\u0000${e.file}`;
  const known = new Set(base.map(key));
  const seen = new Set<string>();
  const added = head.entries.filter((e) => {
    const k = key(e);
    if (known.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const first = added[0];
  if (!first) return [];
  const examples = added.slice(0, 3).map((e) => `\`${e.rule}\` in \`${e.file}\``);
  const more = added.length > examples.length ? `, and ${added.length - examples.length} more` : '';
  return [
    {
      kind: 'baseline-entries-added',
      key: `baseline-entries-added:${added
        .map((e) => e.fingerprint)
        .sort()
        .join(',')}`,
      location: first.location,
      message: `The baseline \`${head.file}\` gains ${added.length} entr${added.length === 1 ? 'y' : 'ies'} (${examples.join(', ')}${more}): the findings they record no longer fail the check. New findings are to be fixed, suppressed with a reason, or accepted by the policy's owners.`,
      severity,
    },
  ];
}
