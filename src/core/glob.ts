/**
 * The picomatch options every glob of the policy is compiled with. `dot: true`: dot files are files
 * like any other. `flags: 's'`: a line break in a name is a character like any other. A file or
 * directory name may hold one (git stores it, and a pull request can add it), and picomatch's `*`,
 * `?` and `**` compile to regular expressions whose `.` does not match a line break without the
 * `s` flag: `**\/*.sql` then did not select `deploy/pr\nod/a.sql` (its file was never scanned) and
 * `deploy/prod/**` did not map `deploy/prod/a\nb.sql`. Host globs ignore case, as DNS does
 * (picomatch's `flags` replaces its `nocase`, so the `i` is written here).
 */
export const PATH_GLOB = { dot: true, flags: 's' } as const;
export const HOST_GLOB = { dot: true, flags: 'si' } as const;
/**
 * `scan.include` globs select files in any letter case: the mysql client runs `x.SQL` and Lightning
 * reads `x.TOML` as readily, and the checker reads both by their extension in any case. The walk
 * (src/files/walk.ts) and `unmatched-glob` judge them with these same options.
 */
export const SCAN_INCLUDE_GLOB = { dot: true, flags: 'si' } as const;
