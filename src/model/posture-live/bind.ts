/**
 * The policy's `posture:` keys: each bound cluster's snapshot read from the repository and
 * validated, or a problem at the `posture:` value (reported as `invalid-policy`, exit 2, like the
 * policy itself: posture.md).
 */
import type { Policy, PolicyProblem } from '../policy/types.js';
import { parseSnapshot } from './load.js';
import { realChangefeeds } from './real.js';
import type { PostureSnapshot } from './snapshot.js';

export type Snapshots = ReadonlyMap<string, PostureSnapshot>;

export function loadSnapshots(
  policy: Policy,
  read: (path: string) => string | undefined,
): { readonly snapshots: Snapshots; readonly problems: readonly PolicyProblem[] } {
  const snapshots = new Map<string, PostureSnapshot>();
  const problems: PolicyProblem[] = [];
  for (const cluster of policy.clusters) {
    const binding = cluster.posture;
    if (!binding) continue;
    const at = (message: string): void =>
      void problems.push({ ...binding.location, message: `clusters.${cluster.name}.posture: ${message}` });
    let text: string | undefined;
    try {
      text = read(binding.path);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      at(
        `snapshot \`${binding.path}\` does not exist or cannot be read; write it with \`tidb-import-guard posture fetch --cluster ${cluster.name} --policy ${policy.file} --pd URL\``,
      );
      continue;
    }
    const parsed = parseSnapshot(text);
    if (!parsed.ok) {
      for (const p of parsed.problems) at(`snapshot \`${binding.path}\` ${p}`);
      continue;
    }
    if (parsed.snapshot.cluster !== cluster.name) {
      at(`snapshot \`${binding.path}\` describes cluster \`${parsed.snapshot.cluster}\`, not \`${cluster.name}\``);
      continue;
    }
    const real = realChangefeeds(parsed.snapshot);
    if (!real.ok) {
      for (const p of real.problems) at(`snapshot \`${binding.path}\`: ${p}`);
      continue;
    }
    snapshots.set(cluster.name, parsed.snapshot);
  }
  return { snapshots, problems };
}
