/**
 * What mapping tried for a file no cluster claims (`unmapped-target` lists it, issue 15): each
 * cluster with the `match.paths` globs and `match.hosts` patterns it has and why they did not
 * match, so that a typo in a glob or a host is seen at once. Bounded: at most MAX_CLUSTERS
 * clusters and MAX_PATTERNS patterns each are named, then a count.
 */
import type { Policy } from './types.js';
import { hostsOf } from './mapping.js';
import { suggest } from '../../core/suggest.js';

const MAX_CLUSTERS = 5;
const MAX_PATTERNS = 3;

function list(values: readonly string[]): string {
  const shown = values.slice(0, MAX_PATTERNS).map((v) => `\`${v}\``);
  const more = values.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/**
 * One sentence: `Tried: cluster \`prod\`: match.paths \`deploy/prod/**\` do not match
 * \`tools/x.sql\`; match.hosts \`tidb.prod.internal\` do not match host \`10.0.0.9\`. ...`
 * `hosts` are the Lightning job's raw `[tidb] host`/`pd-addr` values (undefined for SQL).
 */
export function describeTried(policy: Policy, _path: string, hosts: readonly string[] | undefined): string {
  const found = hosts === undefined ? undefined : [...new Set(hosts.flatMap(hostsOf))];
  const parts: string[] = [];
  for (const cluster of policy.clusters.slice(0, MAX_CLUSTERS)) {
    const why: string[] = [];
    const { paths, hosts: patterns } = cluster.match;
    why.push(paths.length ? `match.paths ${list(paths)} ${paths.length === 1 ? 'does' : 'do'} not match the path` : 'no match.paths');
    if (found !== undefined) {
      if (!patterns.length) why.push('no match.hosts');
      else if (!found.length) why.push(`match.hosts ${list(patterns)} (the config names no host)`);
      else why.push(`match.hosts ${list(patterns)} ${patterns.length === 1 ? 'does' : 'do'} not match`);
    }
    parts.push(`\`${cluster.name}\` (${why.join('; ')})`);
  }
  const more = policy.clusters.length - MAX_CLUSTERS;
  let hostNote =
    found === undefined ? '' : found.length ? ` The config's hosts: ${list(found)}.` : ' The config names no `[tidb] host` or `pd-addr`.';
  // A host one typo away from a cluster's literal host is most likely that cluster.
  const literals = policy.clusters.flatMap((c) =>
    c.match.hosts.filter((h) => !/[*?[\]{}!]/.test(h)).map((h) => ({ host: h.toLowerCase(), cluster: c.name })),
  );
  for (const host of (found ?? []).slice(0, MAX_PATTERNS)) {
    const near = suggest(
      host,
      literals.map((l) => l.host),
    );
    if (near !== undefined && near !== host) {
      const owner = literals.find((l) => l.host === near)!.cluster;
      hostNote += ` Did you mean \`${near}\` (cluster \`${owner}\`) for \`${host}\`?`;
      break;
    }
  }
  return `Tried ${parts.join(', ')}${more > 0 ? ` and ${more} more cluster${more === 1 ? '' : 's'}` : ''}.${hostNote}`;
}
