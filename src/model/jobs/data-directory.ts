/**
 * Where a Lightning config's `data-source-dir` is, when it is in the repository, and the files
 * under it (docs tidb-lightning-data-source.md).
 *
 * `file://` and `local://` prefixes are stripped; any other `scheme://` (s3, gcs, azure, ...) and
 * absolute paths are outside the repository. A relative path is looked up beside the config file
 * first, then from the repository root; a path climbing out of the repository is outside it.
 */
import { isRefused, listingOf, type RepoView } from '../../core/repo.js';

export type DataDirectory =
  | {
      readonly inRepository: true;
      readonly dir: string;
      readonly files: readonly string[];
      /** Sub-directories that could not be listed: the files are then not all known. */
      readonly unreadable?: readonly { readonly path: string; readonly reason: string }[];
    }
  | {
      readonly inRepository: false;
      readonly reason: string;
      /** Set when the directory is in the repository but was refused (a link out, unreadable). */
      readonly refused?: boolean;
    };

function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/**
 * Where a `data-source-dir` value may be in the repository, in lookup order (beside the config,
 * then from the root; `''` is the root), or why it is not in the repository. Shared with the
 * pull-request scope's dependent configs (src/shells/dependent-configs.ts), so both look in the
 * same places.
 */
export function dataDirectoryCandidates(value: string, configPath: string): { readonly dirs: string[] } | { readonly reason: string } {
  let path = value.trim().replace(/\\/g, '/');
  const q = path.indexOf('?');
  const prefixed = /^(file|local):\/\//i.exec(path);
  if (prefixed) path = path.slice(prefixed[0].length);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return { reason: 'it is a cloud storage URI' };
  if (q >= 0 && prefixed) path = path.slice(0, path.indexOf('?'));
  if (path === '') return { reason: 'it is empty' };
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path) || path.startsWith('~'))
    return { reason: 'it is an absolute path on the import host' };
  const configDir = configPath.includes('/') ? configPath.slice(0, configPath.lastIndexOf('/')) : '';
  const dirs = [normalizePath(configDir ? `${configDir}/${path}` : path), normalizePath(path)];
  return { dirs: dirs.filter((d): d is string => d !== undefined) };
}

/** Finds `data-source-dir` in the repository (see the module comment for the lookup order). */
export function locateDataDirectory(value: string, configPath: string, repo: RepoView): DataDirectory {
  const where = dataDirectoryCandidates(value, configPath);
  if ('reason' in where) return { inRepository: false, reason: where.reason };
  let refused: DataDirectory | undefined;
  for (const dir of where.dirs) {
    const listed = listingOf(repo.listFiles(dir === '' ? '.' : dir));
    if (listed === undefined) continue;
    if (isRefused(listed)) {
      refused ??= { inRepository: false, reason: `\`${dir === '' ? '.' : dir}\` ${listed.refused}`, refused: true };
      continue;
    }
    return { inRepository: true, dir, files: listed.files, ...(listed.unreadable.length ? { unreadable: listed.unreadable } : {}) };
  }
  return refused ?? { inRepository: false, reason: 'no such directory is in the repository' };
}
