/**
 * The repository paths a change must touch to change the policy. A policy file (the policy, what
 * it `extends`, a changefeed `config:`, a posture snapshot, the baseline) may be reached through a
 * symbolic link, its own or a folder's on its path (git stores links, so the base branch may have
 * them). A change list names files by their own paths: a pull request editing the link's target, or
 * the link, changes the policy without naming the path it is read under. So the policy's files are
 * the named paths, every link on them, and the real file each resolves to inside the repository.
 * Only names are resolved here, nothing is read; a path that leads outside, or nowhere, adds nothing.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The repository path `file` really is when a link is on its way (undefined when none is, or it
 * leads outside or nowhere). GitHub's contents API and `git cat-file` do not follow a linked
 * folder, so the base policy is also looked for under this path.
 */
export function realRepositoryPath(root: string, file: string): string | undefined {
  const real = policyPathsWithLinks(root, [file]).filter((p) => p !== file && !file.startsWith(`${p}/`));
  return real[0];
}

export function policyPathsWithLinks(root: string, files: readonly string[]): string[] {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return [...files];
  }
  const out = new Set(files);
  const inside = (real: string): string | undefined => {
    const rel = relative(realRoot, real);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  };
  for (const file of files) {
    const parts = file.split('/');
    let linked = false;
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      try {
        if (lstatSync(resolve(root, prefix)).isSymbolicLink()) {
          out.add(prefix);
          linked = true;
        }
      } catch {
        break;
      }
    }
    if (!linked) continue;
    try {
      const real = inside(realpathSync(resolve(root, file)));
      if (real !== undefined) out.add(real);
    } catch {
      // A link to nothing: the named path and the link are all there is.
    }
  }
  return [...out];
}
