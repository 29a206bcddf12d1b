/**
 * Reads a committed snapshot file: JSON, validated against policies/posture-snapshot.schema.json.
 * Problems come back as messages (the caller reports them as `invalid-policy` at the `posture:`
 * key, like an invalid policy); nothing is thrown for bad input.
 */
import type { PostureSnapshot } from './snapshot.js';
import { snapshotValidator } from './snapshot-validator.js';

export type SnapshotLoad =
  | { readonly ok: true; readonly snapshot: PostureSnapshot }
  | { readonly ok: false; readonly problems: readonly string[] };

const MAX_PROBLEMS = 5;

export function parseSnapshot(text: string): SnapshotLoad {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    return { ok: false, problems: [`is not JSON: ${(error as Error).message}`] };
  }
  const validate = snapshotValidator();
  if (validate(data)) return { ok: true, snapshot: data as PostureSnapshot };
  const problems = (validate.errors ?? []).slice(0, MAX_PROBLEMS).map((e) => {
    const where = e.instancePath ? `at ${e.instancePath}` : 'at the top level';
    const extra = e.keyword === 'additionalProperties' ? ` (\`${String(e.params['additionalProperty'])}\`)` : '';
    return `does not match the snapshot schema ${where}: ${e.message ?? 'invalid'}${extra}`;
  });
  return { ok: false, problems };
}
