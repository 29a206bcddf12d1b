/**
 * No absolute path of the machine the tool runs on appears in any output (docs/github/README.md, "Content
 * from the repository is hostile"): the messages the tool writes itself use repository-relative
 * paths, and text it did not write (an internal error, a runtime's message) passes through here
 * before it is shown. Known places become short names (the repository root `.`, the home `~`);
 * any other absolute path becomes `<path>`. URLs (`https://host/a/b`) are left alone.
 */
export interface KnownPlace {
  /** An absolute path. */
  readonly path: string;
  /** What to show instead, e.g. `.` for the repository root. */
  readonly as: string;
}

// A POSIX absolute path not preceded by a word character, `:` or `/` (so not a URL's path), or a
// Windows drive path; it runs up to whitespace, a quote, `)` or `,`.
const ABSOLUTE_PATH = /(?<![\w:/.~-])\/(?:[^\s'"`(),:<>]+)|\b[A-Za-z]:\\[^\s'"`(),<>]*/g;

export function scrubAbsolutePaths(text: string, known: readonly KnownPlace[] = []): string {
  let out = text;
  // Longest first, so a root inside the home is named as the root.
  for (const place of [...known].filter((k) => k.path.length > 1).sort((a, b) => b.path.length - a.path.length)) {
    out = out.split(place.path).join(place.as);
  }
  return out.replace(ABSOLUTE_PATH, '<path>');
}
