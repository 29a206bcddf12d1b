/** Severities lowered through `rules:` and `unmapped`, and the scan narrowed or its size limit raised (weakened.ts). */
import { SEVERITY_RANK, type SeveritySetting } from '../../../core/types.js';
import type { Policy } from '../types.js';
import { OWN_DEFAULTS, type Found, type Locator } from './types.js';

export function ownDefault(ruleId: string): SeveritySetting | undefined {
  return OWN_DEFAULTS[ruleId];
}

function rank(setting: SeveritySetting): number {
  return setting === 'off' ? 0 : SEVERITY_RANK[setting];
}

export function diffSeverities(
  base: Policy,
  head: Policy,
  locate: Locator,
  defaults: (id: string) => SeveritySetting | undefined,
): Found[] {
  const out: Found[] = [];
  const ids = [...new Set([...Object.keys(base.rules), ...Object.keys(head.rules)])].sort();
  for (const id of ids) {
    // An unknown default is taken as `error`, so turning an unknown rule down is still reported.
    const fallback = defaults(id) ?? 'error';
    const from = base.rules[id] ?? fallback;
    const to = head.rules[id] ?? fallback;
    if (rank(to) >= rank(from)) continue;
    const fromText = base.rules[id] !== undefined ? from : `${from} (the default)`;
    const toText = head.rules[id] !== undefined ? to : `${to} (the default; the override was removed)`;
    out.push({
      kind: 'severity-lowered',
      key: `severity-lowered:${id}`,
      location: head.ruleLocations[id] ?? locate.topLevel(['rules']),
      message: `The severity of rule \`${id}\` was lowered from ${fromText} to ${toText}${to === 'off' ? ': its findings are no longer reported' : ''}.`,
    });
  }
  if (rank(head.unmapped) < rank(base.unmapped)) {
    out.push({
      kind: 'unmapped-lowered',
      key: 'unmapped-lowered',
      location: locate.topLevel(['unmapped']),
      message: `\`unmapped\` was lowered from ${base.unmapped} to ${head.unmapped}: import files that map to no cluster ${head.unmapped === 'off' ? 'are no longer reported' : 'are reported less severely'} (unmapped-target).`,
    });
  }
  return out;
}

// ---- scan ---------------------------------------------------------------------------------------

export function diffScan(base: Policy, head: Policy, locate: Locator): Found[] {
  const out: Found[] = [];
  for (const glob of base.scan.include.filter((g) => !head.scan.include.includes(g))) {
    out.push({
      kind: 'scan-narrowed',
      key: `scan-include-removed:${glob}`,
      location: locate.topLevel(['scan', 'include']),
      message: `scan.include no longer lists \`${glob}\`: files it matched may no longer be scanned.`,
    });
  }
  for (const glob of head.scan.exclude.filter((g) => !base.scan.exclude.includes(g))) {
    out.push({
      kind: 'scan-narrowed',
      key: `scan-exclude-added:${glob}`,
      location: locate.topLevel(['scan', 'exclude']),
      message: `scan.exclude gained \`${glob}\`: files it matches are no longer scanned.`,
    });
  }
  // Size never hides an import (an over-limit SQL file is still scanned, any other one is an
  // error), so a lower limit is stricter; a higher one lets a pull request make the runner hold
  // larger files whole (docs/policy.md lists it as a weakening).
  if (head.scan.maxFileBytes > base.scan.maxFileBytes) {
    out.push({
      kind: 'scan-narrowed',
      key: 'scan-max-file-bytes-raised',
      location: locate.topLevel(['scan', 'max_file_bytes']),
      message: `scan.max_file_bytes was raised from ${formatBytes(base.scan.maxFileBytes)} to ${formatBytes(head.scan.maxFileBytes)}: files that large are now read whole, at the runner's cost in memory and time.`,
    });
  }
  return out;
}

function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}
