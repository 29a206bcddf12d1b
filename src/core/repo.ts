/**
 * What the core may ask of the repository beyond the file it is reading: another file's text (a
 * changefeed config, a table schema) or a directory's listing (a Lightning data directory). The
 * shell implements it over the file system, confined to the repository root; tests pass a map.
 * Paths are repository-relative with `/`.
 */
export interface RepoView {
  readFile(path: string): string | undefined;
  /** Files (not directories) directly or recursively under `dir`, repository-relative, sorted; undefined when `dir` is not a directory. */
  listFiles(dir: string): readonly string[] | undefined;
}

export const EMPTY_REPO: RepoView = {
  readFile: () => undefined,
  listFiles: () => undefined,
};
