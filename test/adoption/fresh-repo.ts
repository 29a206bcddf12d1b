/**
 * A fresh repository as a team adopting the tool would have it: a policy at the discovered
 * location, one safe import (logical Lightning) and, when asked, one unsafe one (physical
 * Lightning into a cluster with log backup).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FRESH_POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/**", "migrations/**"] }
    log_backup: { enabled: true, task: pitr-prod }
`;

export const SAFE_CONFIG = `[tikv-importer]
backend = "tidb"

[mydumper]
data-source-dir = "s3://exports/app"

[tidb]
host = "tidb.prod.internal"
`;

export const UNSAFE_CONFIG = SAFE_CONFIG.replace('backend = "tidb"', 'backend = "local"');

export function freshRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tig-fresh-'));
  const all = { '.github/tidb-import-guard.yml': FRESH_POLICY, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
  return root;
}
