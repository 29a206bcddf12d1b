/** The policy stage: load and validate the policy file, map files to clusters. */
export { discoverPolicy, loadPolicy, POLICY_LOCATIONS } from './load.js';
export { hostsOf, mapToClusters, parseClusterDirective, parseClusterDirectiveNames } from './mapping.js';
export type { ClusterMapping, DirectiveName, MappingInput } from './mapping.js';
export { policySchema } from './schema.js';
export { isCalendarDate, parseSize, SKIP_ALL_CHANGEFEEDS, SKIP_LOG_BACKUP } from './build.js';
export type {
  ChangefeedPolicy,
  Cluster,
  Exemption,
  LoadResult,
  LocatedRule,
  Policy,
  PolicyLocation,
  PolicyProblem,
  Waiver,
} from './types.js';
