/**
 * Builds a throwaway repository on disk (a temp dir with a `.git` folder, so it is its own root)
 * and runs the real `checkRepository` over it: tests exercise the shell and the core together.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRepository, type CheckOptions, type CheckOutcome } from '../../src/shells/check-repository.js';

/**
 * The example policy, without its `posture:` binding: that binding shows one posture-drift error
 * in `npm start` (examples/posture/prod.json); the tests of every other rule use the policy's
 * declared posture alone (test/posture-live covers the snapshot). And `unmatched-glob: off`.
 */
export const EXAMPLE_POLICY = readFileSync(new URL('../../policies/example.yml', import.meta.url), 'utf8')
  .replace(/^ {4}# What PD's etcd really holds[\s\S]*?^ {4}posture_max_age: \S+\n/m, '')
  // A test repository holds a few files, not one for each of the policy's globs: unmatched-glob
  // is off here, and test/policy/globs.test.ts tests it with policies of its own.
  .replace(/^rules:\n/m, 'rules:\n  unmatched-glob: off\n');
export const FIXED_TODAY = '2026-11-24';
const KAFKA_CHANGEFEED = readFileSync(new URL('../../examples/cdc/prod-to-kafka.toml', import.meta.url), 'utf8');

/** The example policy without its waiver, for tests that scan a whole repository of their own. */
export const SIMPLE_POLICY = EXAMPLE_POLICY.slice(0, EXAMPLE_POLICY.indexOf('\nwaivers:')) + '\n';

export interface TempRepo {
  readonly root: string;
  write(path: string, content: string | Uint8Array): void;
  check(options?: Omit<CheckOptions, 'root' | 'cwd'>): Promise<CheckOutcome>;
  remove(): void;
}

/** `policy: null` writes no policy file. */
export function tempRepo(files: Record<string, string | Uint8Array> = {}, policy: string | null = EXAMPLE_POLICY): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'tig-repo-'));
  mkdirSync(join(root, '.git'));
  const write = (path: string, content: string | Uint8Array): void => {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  if (policy !== null) write('.github/tidb-import-guard.yml', policy);
  // The example policy reads prod-to-kafka's rules from the changefeed config of examples/.
  if (policy?.includes('config: cdc/prod-to-kafka.toml')) write('cdc/prod-to-kafka.toml', KAFKA_CHANGEFEED);
  for (const [path, content] of Object.entries(files)) write(path, content);
  return {
    root,
    write,
    check: (options = {}) => checkRepository({ root, cwd: root, today: FIXED_TODAY, ...options }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Lints the given files against the example policy and returns the findings. */
export async function lint(files: Record<string, string | Uint8Array>, policy: string = EXAMPLE_POLICY) {
  const repo = tempRepo(files, policy);
  try {
    const outcome = await repo.check();
    return { ...outcome, findings: outcome.result.report.findings };
  } finally {
    repo.remove();
  }
}
