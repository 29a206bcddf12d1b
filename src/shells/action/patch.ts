/**
 * Which lines of a pull request file can carry a review comment. GitHub accepts a review comment
 * only on a line inside a diff hunk, on the RIGHT side (the head version): an added line or a
 * context line. One bad line makes GitHub reject the whole review with 422, so every comment is
 * checked against this set before it is posted.
 *
 * The patch is the `patch` field of `pulls.listFiles`: unified-diff hunks without file headers.
 * GitHub omits it for large or binary files; then no line of the file is commentable.
 */
export interface CommentableLines {
  /** RIGHT-side line numbers inside a hunk (added or context lines). */
  readonly commentable: ReadonlySet<number>;
  /** RIGHT-side line numbers the pull request added or changed. */
  readonly added: ReadonlySet<number>;
  /**
   * The head's text of each commentable line, as the patch shows it: a comment is placed only
   * where the workspace has the same text (the checkout may be a merge commit, where lines moved).
   */
  readonly text?: ReadonlyMap<number, string>;
}

const NO_LINES: CommentableLines = { commentable: new Set(), added: new Set(), text: new Map() };

// Anchored, no nested quantifiers: linear on any input.
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function parsePatch(patch: string | undefined | null): CommentableLines {
  if (patch === undefined || patch === null || patch === '') return NO_LINES;
  const commentable = new Set<number>();
  const added = new Set<number>();
  const text = new Map<number, string>();
  // Right-side line number of the next line that is not a deletion; 0 means "not inside a hunk".
  let rightLine = 0;
  // Lines the hunk header promised on the right side; stops a malformed patch from running on.
  let rightRemaining = 0;
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const header = HUNK_HEADER.exec(line);
    if (header) {
      rightLine = Number(header[1]);
      rightRemaining = header[2] === undefined ? 1 : Number(header[2]);
      continue;
    }
    if (rightLine === 0) continue;
    const marker = line.charAt(0);
    if (marker === '\\') continue; // "\ No newline at end of file"
    if (marker === '-') continue; // LEFT side only
    if (rightRemaining <= 0) continue;
    if (marker === '+' || marker === ' ' || line === '') {
      commentable.add(rightLine);
      text.set(rightLine, line.slice(1));
      if (marker === '+') added.add(rightLine);
      rightLine++;
      rightRemaining--;
    }
  }
  return { commentable, added, text };
}
