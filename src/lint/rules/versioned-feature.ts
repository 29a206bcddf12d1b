/**
 * A feature whose acceptance depends on the version (`ImportJob.versionedFeatures`), in the words
 * its rule's messages use for one target cluster. Three rules judge these features:
 * `unsupported-on-version` (too new, unreleased, experimental), and for Lightning keys and
 * backends that were removed or deprecated, `invalid-lightning-config` and
 * `deprecated-lightning-key` (their `checkJob`).
 */
import { formatVersion, type Version, type VersionedFeature } from '../../core/version.js';
import type { JobSubject } from './job-subject.js';

export interface FeatureOnCluster {
  /** The version the feature is judged against: the cluster's Lightning or TiDB version. */
  readonly have: Version;
  readonly data: Readonly<Record<string, string>>;
  /** Finding fields shared by every verdict (the fingerprint key is the feature's name, as always). */
  readonly fields: { readonly span: VersionedFeature['span']; readonly cluster: string; readonly fingerprintKey: string };
}

export function featureOnCluster(f: VersionedFeature, { cluster }: Pick<JobSubject, 'cluster'>): FeatureOnCluster {
  const have = f.lightning ? cluster.lightning : cluster.tidb;
  return {
    have,
    data: {
      what: f.what,
      product: f.lightning ? 'TiDB Lightning' : 'TiDB',
      have: formatVersion(have),
      cluster: cluster.name,
      since: f.since,
      ga: f.gaSince ?? '',
      removed: f.removedIn ?? '',
      deprecated: f.deprecatedSince ?? '',
      instead: f.instead ? `: ${f.instead}` : '',
    },
    fields: { span: f.span, cluster: cluster.name, fingerprintKey: f.what },
  };
}
