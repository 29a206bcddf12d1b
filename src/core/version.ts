import type { Span } from './types.js';

/** TiDB versions as the policy writes them ("8.5.1", "v7.5.0", "6.5"), compared numerically. */
export type Version = readonly [number, number, number];

const VERSION_RE = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/;

export function parseVersion(text: string): Version | undefined {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** True when `v` is at least the version written as `min` ("8.0.0"). */
export function atLeast(v: Version, min: string): boolean {
  const m = parseVersion(min);
  if (!m) throw new Error(`bad version literal ${min}`);
  return compareVersions(v, m) >= 0;
}

export function formatVersion(v: Version): string {
  return `v${v[0]}.${v[1]}.${v[2]}`;
}

/** A feature a job uses that needs a minimum TiDB (or Lightning) version (`unsupported-on-version`). */
export interface VersionedFeature {
  /** Names the feature in messages, e.g. "`DISABLE_PRECHECK`". */
  readonly what: string;
  /** First version that has it, e.g. "8.0.0". */
  readonly since: string;
  /** First version where it is generally available, when it was experimental before. */
  readonly gaSince?: string;
  /**
   * Why `since` is the gate, when it is not a documented first release (what TiDB's sources
   * establish instead): messages then state this rather than "needs v<since>".
   */
  readonly sinceNote?: string;
  /** Only judged from this version on (below it another feature already reports the job). */
  readonly onlyFrom?: string;
  readonly span: Span;
  /** Compared with the Lightning version instead of the TiDB version. */
  readonly lightning?: boolean;
  /** Exists only on unreleased development builds: unsupported on every released version. */
  readonly unreleased?: boolean;
  /**
   * First version that no longer accepts it (Lightning refuses to start): `invalid-lightning-config`
   * from there on, `deprecated-lightning-key` before when `deprecatedBefore` is set.
   */
  readonly removedIn?: string;
  readonly deprecatedBefore?: boolean;
  /** First version that deprecates it (`deprecated-lightning-key` from there on, nothing before). */
  readonly deprecatedSince?: string;
  /** What replaces it, and the TiDB source of the fact, for messages. */
  readonly instead?: string;
  readonly source?: string;
}
