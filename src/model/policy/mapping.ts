/**
 * Which clusters a file's imports target (policy.md, "Mapping jobs to clusters"):
 * 1. a `tidb-import-guard: cluster=a,b` directive in the file wins (even when it also names
 *    clusters the policy does not define: those come back in `unknown`, to be reported at the
 *    directive, and the known ones are still used; no fallback to paths or hosts);
 * 2. else every cluster whose `match.paths` glob matches the repository path;
 * 3. else every cluster whose `match.hosts` glob matches a Lightning host (ports stripped);
 * 4. else none (`unmapped-target`).
 * Globs are picomatch's (`dot: true`); host globs ignore case, as DNS does.
 */
import picomatch from 'picomatch';
import { HOST_GLOB, PATH_GLOB } from '../../core/glob.js';
import type { Span } from '../../core/types.js';
import type { Cluster, Policy } from './types.js';

export interface MappingInput {
  /** Repository-relative path with `/`. */
  readonly path: string;
  /** The names of the file's cluster directive(s), each with its span in the file. */
  readonly directiveClusters?: readonly { readonly name: string; readonly span: Span }[];
  /** Lightning `[tidb] host` and `[tidb] pd-addr` values, raw (ports, brackets and comma lists are handled here). */
  readonly hosts?: readonly string[];
}

export interface ClusterMapping {
  readonly clusters: readonly Cluster[];
  readonly via: 'directive' | 'path' | 'host' | 'none';
  readonly unknown: readonly { readonly name: string; readonly span: Span }[];
}

interface ClusterMatchers {
  readonly path: (path: string) => boolean;
  readonly host: (host: string) => boolean;
}

const never = (): boolean => false;
// Policies are frozen, so compiled globs can be kept per cluster object.
const matcherCache = new WeakMap<Cluster, ClusterMatchers>();

function matchersOf(cluster: Cluster): ClusterMatchers {
  let matchers = matcherCache.get(cluster);
  if (!matchers) {
    matchers = {
      path: cluster.match.paths.length > 0 ? picomatch([...cluster.match.paths], PATH_GLOB) : never,
      host: cluster.match.hosts.length > 0 ? picomatch([...cluster.match.hosts], HOST_GLOB) : never,
    };
    matcherCache.set(cluster, matchers);
  }
  return matchers;
}

export function mapToClusters(policy: Policy, input: MappingInput): ClusterMapping {
  const directive = input.directiveClusters ?? [];
  if (directive.length > 0) {
    const clusters: Cluster[] = [];
    const unknown: { name: string; span: Span }[] = [];
    for (const named of directive) {
      const cluster = policy.clusters.find((c) => c.name === named.name);
      if (!cluster) unknown.push({ name: named.name, span: named.span });
      else if (!clusters.includes(cluster)) clusters.push(cluster);
    }
    return { clusters, via: 'directive', unknown };
  }

  const path = input.path.replace(/^(\.\/)+/, '');
  const byPath = policy.clusters.filter((c) => matchersOf(c).path(path));
  if (byPath.length > 0) return { clusters: byPath, via: 'path', unknown: [] };

  const hosts = (input.hosts ?? []).flatMap(hostsOf);
  if (hosts.length > 0) {
    const byHost = policy.clusters.filter((c) => hosts.some((h) => matchersOf(c).host(h)));
    if (byHost.length > 0) return { clusters: byHost, via: 'host', unknown: [] };
  }
  return { clusters: [], via: 'none', unknown: [] };
}

/**
 * The host names in a `[tidb] host` or `pd-addr` value: comma lists split, `scheme://` and paths
 * dropped, ports stripped (`[::1]:2379` → `::1`; a bare IPv6 address is kept whole), lowercased.
 */
export function hostsOf(address: string): string[] {
  const hosts: string[] = [];
  for (const part of address.split(',')) {
    let host = part.trim().replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
    const slash = host.indexOf('/');
    if (slash >= 0) host = host.slice(0, slash);
    const at = host.lastIndexOf('@');
    if (at >= 0) host = host.slice(at + 1);
    if (host.startsWith('[')) {
      const close = host.indexOf(']');
      host = close > 0 ? host.slice(1, close) : host.slice(1);
    } else if (host.indexOf(':') === host.lastIndexOf(':')) {
      const colon = host.indexOf(':');
      if (colon >= 0) host = host.slice(0, colon);
    }
    host = host.trim().toLowerCase();
    if (host !== '') hosts.push(host);
  }
  return hosts;
}

export interface DirectiveName {
  readonly name: string;
  /** Offsets of the name inside the comment text given to the parser. */
  readonly start: number;
  readonly end: number;
}

// Bounded: no nested quantifiers; the keyword is matched case-insensitively, spaces are allowed
// around `:` and `=`. `tidb-import-guard-ignore` does not match (a `:` must follow the name).
const CLUSTER_DIRECTIVE = /^\s*tidb-import-guard\s*:\s*cluster\s*=/i;

/**
 * The cluster names of a `tidb-import-guard: cluster=prod,dr` comment (text without its comment
 * marker), each with its offsets in `commentText`; undefined when the comment is not a cluster
 * directive. Names are separated by commas and/or white space (`prod, dr` and `prod dr` both
 * work); an empty list (`cluster=`) is returned as `[]` for the caller to report as malformed.
 */
export function parseClusterDirectiveNames(commentText: string): DirectiveName[] | undefined {
  const head = CLUSTER_DIRECTIVE.exec(commentText);
  if (!head) return undefined;
  const names: DirectiveName[] = [];
  const list = /[^\s,]+/g;
  list.lastIndex = head[0].length;
  for (let m = list.exec(commentText); m !== null; m = list.exec(commentText)) {
    names.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  return names;
}

export function parseClusterDirective(commentText: string): string[] | undefined {
  return parseClusterDirectiveNames(commentText)?.map((n) => n.name);
}
