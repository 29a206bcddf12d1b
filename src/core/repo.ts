/**
 * What the core may ask of the repository beyond the file it is reading: another file's text (a
 * changefeed config, a table schema) or a directory's listing (a Lightning data directory). The
 * shell implements it over the file system, confined to the repository root
 * (src/files/confined.ts); tests pass a map. Paths are repository-relative with `/`.
 */
export interface RepoView {
  /** The text, undefined when there is no such file, or why the shell would not read it. */
  readFile(path: string): string | undefined | Refused;
  /**
   * Files (not directories) directly or recursively under `dir`, repository-relative, sorted;
   * undefined when `dir` is not a directory. A `DirectoryListing` can also say the listing is
   * incomplete (a sub-directory could not be read) or why the directory was refused.
   */
  listFiles(dir: string): readonly string[] | DirectoryListing | Refused | undefined;
}

/**
 * A file or directory the shell refused or failed to read, and why, as a phrase completing
 * "`path` …" (e.g. "is a symbolic link that leads outside the repository"). It never holds an
 * absolute path of the machine.
 */
export interface Refused {
  readonly refused: string;
}

export interface DirectoryListing {
  readonly files: readonly string[];
  /** Sub-directories that could not be read, each with why: the listing is incomplete. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

export function isRefused(value: unknown): value is Refused {
  return typeof value === 'object' && value !== null && typeof (value as { refused?: unknown }).refused === 'string';
}

/** A reader's answer as text, or undefined for a missing or refused file. */
export function textOf(value: string | undefined | Refused): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `listFiles`'s answer in one shape: undefined (not a directory), refused, or a listing. */
export function listingOf(value: readonly string[] | DirectoryListing | Refused | undefined): DirectoryListing | Refused | undefined {
  if (value === undefined || isRefused(value)) return value;
  if (Array.isArray(value)) return { files: value, unreadable: [] };
  return value as DirectoryListing;
}

export const EMPTY_REPO: RepoView = {
  readFile: () => undefined,
  listFiles: () => undefined,
};
