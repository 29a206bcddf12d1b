/**
 * The one door through which the tool reads the repository. Everything the CLI and the action
 * read on the repository's behalf (files in scope, the policy and what it `extends`, changefeed
 * `config:` files, Lightning `@file` filter imports, table schema files, data directory listings)
 * goes through a `ConfinedReader`, because the repository is hostile input (docs/security.md):
 *
 * - **Confined**: a path is resolved to its real path (every symbolic link followed) and must stay
 *   under the real repository root (or under a directory the user named explicitly on the command
 *   line, such as a policy kept outside the repository). A link that leads out is refused, never
 *   read, so nothing outside the repository can show up in a finding.
 * - **Regular files only**: FIFOs, sockets and devices (`/dev/zero`, a tty) are refused. The file
 *   is opened with `O_NONBLOCK` (opening a FIFO for reading would otherwise wait for a writer
 *   forever) and `O_NOFOLLOW`, then `fstat`ed: the type check is made on the very file that was
 *   opened, not on a path looked up earlier.
 * - **Capped**: every read has a byte limit; at most limit + 1 bytes are ever read, so a file that
 *   grows while it is read cannot exhaust memory either.
 * - **Honest**: every refusal says why, as a phrase about the repository-relative path ("is a
 *   symbolic link that leads outside the repository"), with no absolute path of the machine and
 *   no text of an operating-system error message (which would quote one).
 *
 * The race between resolving a path and opening it: the repository does not change while the
 * tool runs (it is a checkout, and anyone who could change it concurrently could change what is
 * checked anyway), so the real-path check before `open` is the guard that matters; it also means
 * an outside file is never even opened (opening some devices has side effects). `O_NOFOLLOW`
 * refuses a final component turned into a link.
 *
 * The common case (`openDirect`: a file that is not a link, in a directory whose real path was
 * resolved once and lies under the root) opens that real directory's path and the file's name,
 * so no link of the repository is followed by the `open` itself, and the descriptor is not
 * checked again: the second look at `/proc/self/fd/N` (a `readlink` per file, about a tenth of
 * the whole check's time at 16x) would only catch a directory swapped for a link while the tool
 * runs, which the threat model above leaves to whoever can write the checkout concurrently (and
 * the per-directory cache of real paths already spans the run, so checking once per directory
 * would guard nothing more). A path that goes through `locate` (a link inside the repository, a
 * path outside the common shape) still has its descriptor's path checked under the root on
 * Linux before a byte is read, as a second line where links are being followed.
 *
 * Directory listings follow Lightning's own walk (pingcap/tidb br/pkg/storage/local.go, v8.5.0:
 * `filepath.Walk`, which never descends into a linked directory and reports every non-directory
 * entry, links included, by its name): a listing only ever holds names that are in the
 * repository. Listings are cached per real directory, so many Lightning configs sharing one data
 * directory cost one walk.
 *
 * The file-system calls go through `FsPort`, so tests can inject what root cannot provoke on a
 * real disk (a directory that cannot be read, an I/O error).
 *
 * Over 400 lines on purpose: every read the tool makes passes through this one file, so the
 * confinement (links, FIFOs, devices, sizes) is reviewed in one place.
 */
import * as nodeFs from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The file-system calls the reader makes: `node:fs` itself, or a test's wrapper around it. */
export interface FsPort {
  realpathSync(path: string): string;
  openSync(path: string, flags: number): number;
  fstatSync(fd: number): nodeFs.Stats;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  closeSync(fd: number): void;
  readdirSync(path: string, options: { withFileTypes: true }): nodeFs.Dirent[];
  readlinkSync(path: string): string;
  lstatSync(path: string): nodeFs.Stats;
}

export const NODE_FS: FsPort = nodeFs;

/** Policy files (the policy, what it extends, the base policy) and changefeed configs. */
export const POLICY_FILE_MAX_BYTES = 1024 * 1024;
/** Files a checked file refers to: Lightning `@file` filter imports, table schema files. */
export const REFERENCED_FILE_MAX_BYTES = 1024 * 1024;
/** Entries one data-directory listing may hold; beyond it the listing is incomplete, not cut silently. */
export const MAX_LISTED_ENTRIES = 200_000;

export type RefusalKind = 'missing' | 'outside' | 'not-a-file' | 'not-a-directory' | 'too-big' | 'unreadable';

export interface ReadFailure {
  readonly ok: false;
  readonly kind: RefusalKind;
  /** The path as named, repository-relative with `/` (never absolute when it lies in the repository). */
  readonly path: string;
  /** What is wrong, as a phrase completing "`path` …": "is not a regular file (a FIFO)". */
  readonly reason: string;
  /** The file's size, for `too-big`. */
  readonly size?: number;
}

export type ReadResult = { readonly ok: true; readonly path: string; readonly bytes: Buffer } | ReadFailure;
export type TextResult = { readonly ok: true; readonly path: string; readonly text: string } | ReadFailure;

/** An open regular file, for reading in bounded chunks (large SQL files are scanned this way). */
export interface OpenFile {
  readonly ok: true;
  readonly path: string;
  readonly size: number;
  /** Reads up to `buffer.length` bytes at the current position; 0 at the end. */
  read(buffer: Uint8Array): number;
  close(): void;
}

export interface ProblemEntry {
  /** Repository-relative path of the directory (or entry) that could not be listed. */
  readonly path: string;
  readonly reason: string;
}

export interface Listing {
  readonly ok: true;
  /** Repository-relative paths of the non-directory entries under the directory, sorted. */
  readonly files: readonly string[];
  /** Sub-directories that could not be listed: the listing is incomplete when this is not empty. */
  readonly unreadable: readonly ProblemEntry[];
}

export type ListResult = Listing | ReadFailure;

export type EntryKind = 'file' | 'directory' | 'other' | 'missing' | 'outside';

export interface ConfinedReader {
  /** The repository root, absolute, as given. */
  readonly root: string;
  /** The file-system port the reader uses (the scan walk shares it). */
  readonly fs: FsPort;
  /** Whether a real path lies under the repository (or a root the user named). */
  allowed(realPath: string): boolean;
  /** How a path is named in messages: repository-relative with `/`. */
  display(path: string): string;
  /** The whole file, at most `maxBytes` long. `path` is repository-relative (or absolute). */
  read(path: string, maxBytes: number): ReadResult;
  /** `read`, decoded as UTF-8 (malformed bytes replaced; callers that must know use `read`). */
  readText(path: string, maxBytes: number): TextResult;
  /** Opens a regular file in the repository for chunked reads; the caller closes it. */
  open(path: string): OpenFile | ReadFailure;
  /** What is at `path` after following links, without opening it ('outside' when a link leads out). */
  kind(path: string): EntryKind;
  /** Whether anything (a file, a link, even a dangling one) is at `path`. */
  exists(path: string): boolean;
  /** The non-directory entries under a directory, recursively, never through a linked directory. */
  list(dir: string): ListResult;
}

export interface ReaderOptions {
  readonly fs?: FsPort;
  /**
   * Directories outside the repository the user named explicitly (the directory of a `--policy`
   * file kept elsewhere): reads may resolve under them too. Content from the repository can never
   * add one.
   */
  readonly extraRoots?: readonly string[];
}

const O_READ = nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0) | (nodeFs.constants.O_NOFOLLOW ?? 0);
const PROC_FD = process.platform === 'linux' ? '/proc/self/fd/' : undefined;

/** An operating-system error as a phrase without the message (which quotes absolute paths). */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EIO':
      return 'an input/output error';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENOMEM':
      return 'out of memory';
    default:
      return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? `error ${code}` : 'an unexpected error';
  }
}

function typeName(st: nodeFs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

/** Repository-relative in the walk's shape: `/`-separated names, none empty, `.` or `..` (POSIX only). */
const NOT_PLAIN = /(?:^|\/)\.{0,2}(?:\/|$)/;
function isPlain(path: string): boolean {
  return sep === '/' && !NOT_PLAIN.test(path);
}

function isUnder(real: string, base: string): boolean {
  if (real === base) return true;
  return real.startsWith(base.endsWith(sep) ? base : base + sep);
}

export function createConfinedReader(root: string, options: ReaderOptions = {}): ConfinedReader {
  const fs = options.fs ?? NODE_FS;
  const absRoot = resolve(root);
  const realOf = (p: string): string | undefined => {
    try {
      return fs.realpathSync(p);
    } catch {
      return undefined;
    }
  };
  // A root that does not resolve confines to nothing outside itself, lexically.
  const roots = [realOf(absRoot) ?? absRoot, ...(options.extraRoots ?? []).map((r) => realOf(resolve(r)) ?? resolve(r))];
  const rootPrefixes = roots.map((r) => (r.endsWith(sep) ? r : r + sep));
  const allowed = (real: string): boolean => {
    for (let i = 0; i < roots.length; i++) if (real === roots[i] || real.startsWith(rootPrefixes[i]!)) return true;
    return false;
  };

  // A path in the walk's own shape (repository-relative, `a/b.sql`) is joined to the root and
  // shown as it is: the reader is called once per file, and path.resolve and path.relative cost
  // more than the rest of its own work. Any other shape is resolved.
  const absPrefix = absRoot.endsWith(sep) ? absRoot : absRoot + sep;
  const absolute = (path: string): string => (isPlain(path) ? absPrefix + path : isAbsolute(path) ? path : resolve(absRoot, path));
  const display = (path: string): string => {
    if (isPlain(path)) return path;
    const rel = relative(absRoot, absolute(path));
    return (rel === '' ? '.' : rel).split(sep).join('/');
  };
  const fail = (path: string, kind: RefusalKind, reason: string, size?: number): ReadFailure => ({
    ok: false,
    kind,
    path: display(path),
    reason,
    ...(size !== undefined ? { size } : {}),
  });

  /** The real path of `path` under an allowed root, or why not. */
  const lexicalRoots = [absRoot, ...(options.extraRoots ?? []).map((r) => resolve(r))];
  const locate = (path: string): { real: string } | ReadFailure => {
    if (!lexicalRoots.some((r) => isUnder(absolute(path), r))) return fail(path, 'outside', 'is outside the repository');
    let real: string;
    try {
      real = fs.realpathSync(absolute(path));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        let dangling = false;
        try {
          dangling = fs.lstatSync(absolute(path)).isSymbolicLink();
        } catch {
          // nothing there at all
        }
        return fail(path, 'missing', dangling ? 'is a symbolic link to nothing' : 'does not exist');
      }
      return fail(path, 'unreadable', `cannot be read (${describeFsError(error)})`);
    }
    if (!allowed(real)) return fail(path, 'outside', 'is a symbolic link that leads outside the repository');
    return { real };
  };

  // Real paths of directories, so that reading many files of one directory resolves it once
  // (fs.realpathSync looks at every component of every path it is given): the real path with a
  // separator after it when it lies under an allowed root, null otherwise.
  const realDirs = new Map<string, string | null>();
  const realDirOf = (dir: string): string | null => {
    let known = realDirs.get(dir);
    if (known === undefined) {
      const real = realOf(dir);
      known = real !== undefined && allowed(real) ? (real.endsWith(sep) ? real : real + sep) : null;
      realDirs.set(dir, known);
    }
    return known;
  };
  /**
   * The common case in few system calls: a file that is not a link, in a directory whose real
   * path lies under an allowed root, is its directory's real path and its name; opened with
   * O_NOFOLLOW, that is the file itself. Anything else (a link, a missing file, an error) is
   * undefined, and the caller takes the full path through `locate`, with its own messages. A
   * linked directory on the way is resolved by `realDirOf` and judged by where it leads, so a
   * link out is never opened here; the descriptor opened here needs no `/proc/self/fd` check.
   */
  const openDirect = (abs: string): number | undefined => {
    const cut = abs.lastIndexOf(sep);
    const name = abs.slice(cut + 1);
    if (cut <= 0 || name === '' || name === '.' || name === '..') return undefined;
    // Under an allowed real directory, its entry (a name, never `.` or `..`) is under it too.
    const dir = realDirOf(abs.slice(0, cut));
    if (dir === null) return undefined;
    try {
      return fs.openSync(dir + name, O_READ);
    } catch {
      return undefined;
    }
  };

  /** Opens a regular file under an allowed root; the descriptor is the caller's to close. */
  const openRegular = (path: string, plain: boolean): { fd: number; size: number } | ReadFailure => {
    const abs = plain ? absPrefix + path : absolute(path);
    let fd: number | undefined = plain || lexicalRoots.some((r) => isUnder(abs, r)) ? openDirect(abs) : undefined;
    // Opened directly, the descriptor is the entry of a real directory under the root (see
    // `openDirect`); only a path that went through `locate` (links followed) is checked again.
    const direct = fd !== undefined;
    if (fd === undefined) {
      const where = locate(path);
      if (!('real' in where)) return where;
      try {
        fd = fs.openSync(where.real, O_READ);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'ENOENT') return fail(path, 'missing', 'does not exist');
        return fail(path, 'unreadable', `cannot be read (${describeFsError(error)})`);
      }
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) {
        fs.closeSync(fd);
        return fail(path, 'not-a-file', `is not a regular file (${typeName(st)})`);
      }
      if (PROC_FD && !direct) {
        let opened: string | undefined;
        try {
          opened = fs.readlinkSync(PROC_FD + fd);
        } catch {
          opened = undefined; // no /proc: the real-path check above stands alone
        }
        if (opened?.startsWith('/') && !allowed(opened)) {
          fs.closeSync(fd);
          return fail(path, 'outside', 'is a symbolic link that leads outside the repository');
        }
      }
      return { fd, size: st.size };
    } catch (error) {
      fs.closeSync(fd);
      return fail(path, 'unreadable', `cannot be read (${describeFsError(error)})`);
    }
  };

  const read = (path: string, maxBytes: number): ReadResult => {
    const plain = isPlain(path);
    const opened = openRegular(path, plain);
    if ('ok' in opened) return opened;
    const { fd, size } = opened;
    try {
      if (size > maxBytes) return fail(path, 'too-big', `is larger than ${formatBytes(maxBytes)} (${formatBytes(size)})`, size);
      // The size from fstat is a hint, and the buffer one byte longer than it: a read that comes
      // back short exactly at that size is the end of a regular file, so a file read as it was
      // listed costs one read. A buffer filled to its last byte (the file grew) reads on, doubling,
      // and never past maxBytes + 1; a short read before the size (the file shrank, or a file
      // system that reads in pieces) or past it (fstat said less than there is, as /proc- or
      // FUSE-like files say 0) reads on until a read returns 0, so nothing is cut silently.
      const limit = maxBytes + 1;
      let buffer = Buffer.allocUnsafe(Math.min(limit, size + 1));
      let filled = 0;
      for (;;) {
        const n = fs.readSync(fd, buffer, filled, buffer.length - filled, filled);
        if (n === 0) break;
        filled += n;
        if (filled < buffer.length) {
          if (filled === size) break;
          continue;
        }
        if (buffer.length >= limit) break;
        const grown = Buffer.allocUnsafe(Math.min(limit, Math.max(buffer.length * 2, 4096)));
        buffer.copy(grown, 0, 0, filled);
        buffer = grown;
      }
      if (filled > maxBytes) return fail(path, 'too-big', `is larger than ${formatBytes(maxBytes)}`, filled);
      return { ok: true, path: plain ? path : display(path), bytes: buffer.subarray(0, filled) };
    } catch (error) {
      return fail(path, 'unreadable', `cannot be read (${describeFsError(error)})`);
    } finally {
      fs.closeSync(fd);
    }
  };

  const open = (path: string): OpenFile | ReadFailure => {
    const opened = openRegular(path, isPlain(path));
    if ('ok' in opened) return opened;
    const { fd, size } = opened;
    let position = 0;
    let closed = false;
    return {
      ok: true,
      path: display(path),
      size,
      read(buffer) {
        if (closed) return 0;
        const n = fs.readSync(fd, buffer, 0, buffer.length, position);
        position += n;
        return n;
      },
      close() {
        if (!closed) fs.closeSync(fd);
        closed = true;
      },
    };
  };

  const kind = (path: string): EntryKind => {
    const where = locate(path);
    if (!('real' in where)) return where.kind === 'outside' ? 'outside' : 'missing';
    try {
      const st = fs.lstatSync(where.real);
      return st.isDirectory() ? 'directory' : st.isFile() ? 'file' : 'other';
    } catch {
      return 'missing';
    }
  };

  const exists = (path: string): boolean => {
    try {
      fs.lstatSync(absolute(path));
      return true;
    } catch {
      return false;
    }
  };

  // One walk per real directory: names relative to it, shared by every listing that reaches it.
  const walks = new Map<string, { names: string[]; unreadable: { rel: string; reason: string }[] }>();
  const listings = new Map<string, ListResult>();

  const walkReal = (real: string): { names: string[]; unreadable: { rel: string; reason: string }[] } => {
    const cached = walks.get(real);
    if (cached) return cached;
    const names: string[] = [];
    const unreadable: { rel: string; reason: string }[] = [];
    // An explicit stack: a deep tree cannot overflow the call stack.
    const stack: string[] = [''];
    let seen = 0;
    while (stack.length) {
      const rel = stack.pop()!;
      let entries: nodeFs.Dirent[];
      try {
        entries = fs.readdirSync(rel === '' ? real : real + sep + rel.split('/').join(sep), { withFileTypes: true });
      } catch (error) {
        unreadable.push({ rel, reason: `cannot be listed (${describeFsError(error)})` });
        continue;
      }
      for (const e of entries) {
        const child = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) stack.push(child);
        else names.push(child);
        if (++seen > MAX_LISTED_ENTRIES) {
          unreadable.push({ rel, reason: `holds more than ${MAX_LISTED_ENTRIES} entries; the rest was not listed` });
          stack.length = 0;
          break;
        }
      }
    }
    names.sort();
    const walk = { names, unreadable };
    walks.set(real, walk);
    return walk;
  };

  const list = (dir: string): ListResult => {
    const named = display(dir);
    const cached = listings.get(named);
    if (cached) return cached;
    const result = listUncached(dir, named);
    listings.set(named, result);
    return result;
  };

  const listUncached = (dir: string, named: string): ListResult => {
    const where = locate(dir);
    if (!('real' in where)) return where;
    try {
      if (!fs.lstatSync(where.real).isDirectory()) return fail(dir, 'not-a-directory', 'is not a directory');
    } catch (error) {
      return fail(dir, 'unreadable', `cannot be read (${describeFsError(error)})`);
    }
    const walk = walkReal(where.real);
    const prefix = named === '.' ? '' : `${named}/`;
    return {
      ok: true,
      files: prefix ? walk.names.map((n) => prefix + n) : walk.names,
      unreadable: walk.unreadable.map((u) => ({ path: u.rel === '' ? named : prefix + u.rel, reason: u.reason })),
    };
  };

  return {
    root: absRoot,
    fs,
    allowed,
    display,
    read,
    readText(path, maxBytes) {
      const r = read(path, maxBytes);
      return r.ok ? { ok: true, path: r.path, text: r.bytes.toString('utf8') } : r;
    },
    open,
    kind,
    exists,
    list,
  };
}
