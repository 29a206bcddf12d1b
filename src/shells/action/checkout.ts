/**
 * Is the workspace the code the pull request is about? Line numbers, suggestions and the verdict
 * come from the files on disk, so a run on the wrong commit checks the wrong code: under
 * `pull_request_target` the default checkout is the BASE, where the pull request's files do not
 * exist at all, and a check of "0 files" would pass. The workspace is accepted when its HEAD is
 * the pull request's head commit, or a merge commit one of whose parents is that commit (the
 * default checkout of `pull_request`, `refs/pull/N/merge`); otherwise the run fails (exit 2) and
 * says how to check out the head.
 *
 * HEAD is read from `.git` directly (a `gitdir:` file, a symbolic ref, a loose or packed ref), so
 * nothing is executed for the common case. Only a HEAD that is not the head commit needs the
 * commit's parents: `git cat-file commit` (with the repository's fsmonitor hook disabled), which
 * works in a shallow clone because it reads HEAD's own commit object only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export type HeadCheck = { readonly ok: true; readonly how: 'head' | 'merge' } | { readonly ok: false; readonly reason: string };

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const MAX_READ = 1024 * 1024;

function readSmall(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_READ) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The git directory of a work tree: `.git` itself, or where a `.git` file (`gitdir: ...`) points. */
function gitDirOf(workspace: string): string | undefined {
  const dotGit = join(workspace, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
  } catch {
    return undefined;
  }
  const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readSmall(dotGit) ?? '');
  if (!pointer) return undefined;
  const target = pointer[1] as string;
  return isAbsolute(target) ? target : resolve(workspace, target);
}

/** The commit a ref names, from a loose ref file or `packed-refs`. */
function resolveRef(gitDir: string, ref: string, commonDir: string): string | undefined {
  if (!/^refs\/[^\0\s]+$/.test(ref) || ref.split('/').includes('..')) return undefined;
  for (const dir of [gitDir, commonDir]) {
    const loose = readSmall(join(dir, ref))?.trim();
    if (loose && SHA.test(loose)) return loose;
  }
  for (const dir of [gitDir, commonDir]) {
    for (const line of (readSmall(join(dir, 'packed-refs')) ?? '').split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha && SHA.test(sha)) return sha;
    }
  }
  return undefined;
}

/** The commit the workspace's HEAD points at, or undefined when it is not a git work tree. */
export function workspaceHead(workspace: string): { gitDir: string; sha: string } | undefined {
  const gitDir = gitDirOf(workspace);
  if (!gitDir) return undefined;
  const head = readSmall(join(gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  if (SHA.test(head)) return { gitDir, sha: head };
  const symbolic = /^ref:\s*(\S+)$/.exec(head);
  if (!symbolic) return undefined;
  // A linked work tree keeps its refs in the common directory.
  const common = readSmall(join(gitDir, 'commondir'))?.trim();
  const commonDir = common ? (isAbsolute(common) ? common : resolve(gitDir, common)) : gitDir;
  const sha = resolveRef(gitDir, symbolic[1] as string, commonDir);
  return sha ? { gitDir, sha } : undefined;
}

/** The parents of `sha` per `git cat-file commit`; undefined when git cannot tell. */
function parentsOf(gitDir: string, sha: string): string[] | undefined {
  try {
    const text = execFileSync('git', ['-c', 'core.fsmonitor=false', '--git-dir', gitDir, 'cat-file', 'commit', sha], {
      encoding: 'utf8',
      timeout: 20_000,
      maxBuffer: 4 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { PATH: process.env['PATH'] ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    });
    const header = text.split('\n\n', 1)[0] ?? '';
    return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] as string);
  } catch {
    return undefined;
  }
}

/** How to check out the code the action must see, for the failure message. */
export const CHECKOUT_HINT =
  "check out the pull request's head before this step: `uses: actions/checkout` with `ref: ${{ github.event.pull_request.head.sha }}` " +
  '(under pull_request_target also `persist-credentials: false`; see docs/github/README.md)';

export function checkWorkspaceHead(workspace: string, headSha: string): HeadCheck {
  const head = workspaceHead(workspace);
  if (!head)
    return {
      ok: false,
      reason: `the workspace is not a git checkout, so it cannot be shown to be the pull request's head ${headSha.slice(0, 12)}`,
    };
  const want = headSha.toLowerCase();
  if (head.sha.toLowerCase() === want) return { ok: true, how: 'head' };
  const parents = parentsOf(head.gitDir, head.sha);
  if (parents && parents.length > 1 && parents.some((p) => p.toLowerCase() === want)) return { ok: true, how: 'merge' };
  return {
    ok: false,
    reason: `the workspace is at commit ${head.sha.slice(0, 12)}, which is neither the pull request's head ${want.slice(0, 12)} nor a merge commit of it (the default checkout of pull_request_target is the base branch, where the pull request's files are absent)`,
  };
}
