/**
 * Changefeeds whose tables come from a `config:` file, compared by what the file says. For
 * `policy-weakened` each side's config files are read (the base's at the base revision) and their
 * `[filter] rules` (TiCDC's default `*.*` when absent) and `case-sensitive` stand in for the
 * policy's rules, so a pull request that narrows the rules inside the file is a narrowing like one
 * written in the policy. A side whose file cannot be read keeps the changefeed as the policy writes
 * it (then only the path is compared, weakened/changefeeds.ts). Pure: the parsed files are passed in.
 */
import type { ChangefeedConfigFiles } from '../../../parse/ticdc/changefeed.js';
import type { ChangefeedPolicy, Policy } from '../types.js';

export function withConfigRules(policy: Policy, configs: ChangefeedConfigFiles): Policy {
  if (!policy.clusters.some((c) => c.changefeeds.some((f) => f.config !== undefined))) return policy;
  const inline = (feed: ChangefeedPolicy): ChangefeedPolicy => {
    if (feed.config === undefined) return feed;
    const file = configs(feed.config);
    if (!file.ok) return feed;
    const written = file.config.rules ?? [];
    const rules = written.length
      ? written.map((r) => ({ rule: r.value, location: feed.location }))
      : [{ rule: '*.*', location: feed.location }];
    const caseSensitive = feed.caseSensitive ?? file.config.caseSensitive?.value;
    return { ...feed, rules, ...(caseSensitive !== undefined ? { caseSensitive } : {}) };
  };
  return { ...policy, clusters: policy.clusters.map((c) => ({ ...c, changefeeds: c.changefeeds.map(inline) })) };
}
