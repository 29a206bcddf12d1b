/**
 * What the scan needs from a repository's `.git`, read as files (git itself is never run for a
 * whole-repository check, and no repository hook or configuration is ever executed):
 * - the tracked paths, from the index (format versions 2, 3 and 4, sparse directory entries):
 *   git never ignores a tracked file, so neither does the scan;
 * - `info/exclude`, which is a repository's own ignore file.
 * `.git` may be a file (`gitdir: ...`, worktrees and submodules); `commondir` then leads to
 * `info/exclude`. Every read is bounded; anything that does not parse gives `undefined`, and the
 * caller then skips nothing it cannot prove untracked.
 */
import * as nodeFs from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** An index larger than this is not read (about 2 million entries). */
export const GIT_INDEX_MAX_BYTES = 256 * 1024 * 1024;
const SMALL_FILE_MAX_BYTES = 64 * 1024;

export interface GitDirectory {
  /** The git directory (`.git`, or where a `.git` file points). */
  readonly gitDir: string;
  /** The common directory (differs from gitDir in a linked worktree). */
  readonly commonDir: string;
}

function readBounded(path: string, max: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = nodeFs.openSync(path, nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0));
    const st = nodeFs.fstatSync(fd);
    if (!st.isFile() || st.size > max) return undefined;
    const buffer = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = nodeFs.readSync(fd, buffer, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buffer.subarray(0, got);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) nodeFs.closeSync(fd);
  }
}

/** The git directory of the repository at `root`, or undefined outside git. */
export function findGitDirectory(root: string): GitDirectory | undefined {
  const dotGit = join(root, '.git');
  let st: nodeFs.Stats;
  try {
    st = nodeFs.lstatSync(dotGit);
  } catch {
    return undefined;
  }
  let gitDir: string;
  if (st.isDirectory()) gitDir = dotGit;
  else if (st.isFile()) {
    const text = readBounded(dotGit, SMALL_FILE_MAX_BYTES)?.toString('utf8');
    const m = text === undefined ? null : /^gitdir:\s*(.+?)\s*$/m.exec(text);
    if (!m) return undefined;
    gitDir = isAbsolute(m[1]!) ? m[1]! : resolve(root, m[1]!);
  } else return undefined;
  const common = readBounded(join(gitDir, 'commondir'), SMALL_FILE_MAX_BYTES)?.toString('utf8').trim();
  const commonDir = common ? (isAbsolute(common) ? common : resolve(gitDir, common)) : gitDir;
  return { gitDir, commonDir };
}

/** `info/exclude`'s text ('' when there is none), or undefined when it is over `max` bytes or not a file. */
export function readInfoExclude(dir: GitDirectory, max: number): string | undefined {
  const path = join(dir.commonDir, 'info', 'exclude');
  try {
    nodeFs.lstatSync(path);
  } catch {
    return '';
  }
  return readBounded(path, max)?.toString('utf8');
}

export interface TrackedPaths {
  /** Whether a repository path is tracked (a file in the index, or under a sparse directory entry). */
  has(path: string): boolean;
  /** Whether some tracked path lies under this directory (repository path, no trailing `/`). */
  hasUnder(dir: string): boolean;
}

/**
 * The tracked paths of the index, or undefined when there is no index ('none': every file is
 * untracked, as in a fresh repository) ... see `readTracked`'s result kinds.
 */
export type TrackedResult =
  | { readonly kind: 'ok'; readonly tracked: TrackedPaths }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly reason: string };

export function readTracked(dir: GitDirectory): TrackedResult {
  const path = join(dir.gitDir, 'index');
  try {
    nodeFs.lstatSync(path);
  } catch {
    return { kind: 'none' };
  }
  const buffer = readBounded(path, GIT_INDEX_MAX_BYTES);
  if (buffer === undefined) return { kind: 'unreadable', reason: 'the git index is not a regular file or is over 256 MiB' };
  const parsed = parseIndex(buffer);
  return typeof parsed === 'string' ? { kind: 'unreadable', reason: parsed } : { kind: 'ok', tracked: parsed };
}

/** Parses a git index (gitformat-index(5)); a string says why it could not. */
export function parseIndex(buffer: Buffer): TrackedPaths | string {
  if (buffer.length < 12 || buffer.toString('latin1', 0, 4) !== 'DIRC') return 'the git index has no DIRC header';
  const version = buffer.readUInt32BE(4);
  if (version < 2 || version > 4) return `the git index has version ${version}, which this tool does not read`;
  const count = buffer.readUInt32BE(8);
  const files = new Set<string>();
  const sparseDirs: string[] = [];
  let offset = 12;
  let previous: Buffer = Buffer.alloc(0);
  for (let e = 0; e < count; e++) {
    const start = offset;
    if (offset + 62 > buffer.length) return 'the git index is truncated';
    const mode = buffer.readUInt32BE(offset + 24);
    const flags = buffer.readUInt16BE(offset + 60);
    offset += 62;
    if (flags & 0x4000) {
      if (version < 3) return 'the git index is malformed';
      offset += 2;
    }
    let name: Buffer;
    if (version === 4) {
      // The path is the previous one minus N trailing bytes, plus a NUL-terminated suffix.
      let c = buffer[offset++];
      if (c === undefined) return 'the git index is truncated';
      let strip = c & 127;
      while (c & 128) {
        c = buffer[offset++];
        if (c === undefined || strip > 0xffffff) return 'the git index is malformed';
        strip = ((strip + 1) << 7) | (c & 127);
      }
      if (strip > previous.length) return 'the git index is malformed';
      const end = buffer.indexOf(0, offset);
      if (end < 0) return 'the git index is truncated';
      name = Buffer.concat([previous.subarray(0, previous.length - strip), buffer.subarray(offset, end)]);
      offset = end + 1;
    } else {
      const end = buffer.indexOf(0, offset);
      if (end < 0) return 'the git index is truncated';
      name = buffer.subarray(offset, end);
      // Padded with 1 to 8 NULs to a multiple of 8 bytes.
      offset = start + Math.ceil((end - start + 1) / 8) * 8;
    }
    previous = name;
    const path = name.toString('utf8');
    if ((mode & 0o170000) === 0o040000) sparseDirs.push(path.replace(/\/+$/, ''));
    else files.add(path);
  }
  // A split index keeps most entries in a shared file: what is read here would be incomplete.
  while (offset + 8 <= buffer.length - 20) {
    const signature = buffer.toString('latin1', offset, offset + 4);
    if (signature === 'link') return 'the git index is split (core.splitIndex), which this tool does not read';
    offset += 8 + buffer.readUInt32BE(offset + 4);
  }
  // Every directory holding a tracked path, for `hasUnder` (the walk descends into an ignored
  // directory only when something tracked is inside).
  const dirs = new Set<string>();
  const addParents = (p: string, self: boolean): void => {
    let cut = self ? p.length : p.lastIndexOf('/');
    while (cut > 0) {
      const d = p.slice(0, cut);
      if (dirs.has(d)) break;
      dirs.add(d);
      cut = d.lastIndexOf('/');
    }
  };
  for (const f of files) addParents(f, false);
  for (const d of sparseDirs) addParents(d, true);
  const underSparse = (p: string): boolean => sparseDirs.some((d) => p.startsWith(d + '/'));
  return {
    has: (p) => files.has(p) || (sparseDirs.length > 0 && underSparse(p)),
    hasUnder: (d) => dirs.has(d) || (sparseDirs.length > 0 && (underSparse(d) || sparseDirs.includes(d))),
  };
}
