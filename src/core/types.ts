/**
 * The plain data that flows through the linter: files → documents → jobs → findings → reports.
 * Every position inside a document is a half-open `[start, end)` range of UTF-16 offsets into the
 * decoded text of one file. Offsets become 1-based line/column exactly once, in `resolveFinding`
 * (src/core/lines.ts), so no stage ever does line arithmetic of its own.
 */
import type { TableSet } from './filter/index.js';

export type Severity = 'error' | 'warning' | 'notice';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

/** Half-open range of offsets into a file's decoded text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A one-line fix a reviewer can apply (a GitHub suggested change). `replacement` replaces `span`. */
export interface Fix {
  readonly title: string;
  readonly replacement: string;
  readonly span?: Span;
  /**
   * Further edits the fix needs to be complete (switching a job to logical mode also removes its
   * `check-requirements = false`, which would otherwise become an unnecessary override).
   */
  readonly alsoEdits?: readonly { readonly span: Span; readonly text: string }[];
}

/** One edit of a resolved fix: the text from (line, column) to (endLine, endColumn), end exclusive, becomes `text`. */
export interface FixEdit {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
}

/**
 * A fix as reports see it (cli.md, github.md): a one-edit fix at the finding's own span is
 * `replacement`; a fix of several edits is `edits` only, in file order, to be applied together
 * (a `replacement` alone would leave the fix half done).
 */
export type FindingFix =
  | { readonly title: string; readonly replacement: string; readonly edits?: undefined }
  | { readonly title: string; readonly replacement?: undefined; readonly edits: readonly FixEdit[] };

/** A problem found in one file, before positions are resolved. Produced by parsers and rules. */
export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly span: Span;
  /** The one-sentence headline: what is wrong, naming the cluster, task or changefeed and tables. */
  readonly message: string;
  /** What to do: the exact statement, command, replacement line or policy change (README.md "Command line" `help`). */
  readonly help?: string;
  /** Which of the rule's `meta.messages` worded it (tests; not part of the JSON report). */
  readonly messageId?: string;
  readonly cluster?: string;
  readonly tables?: readonly string[];
  /**
   * Every table the finding is about, as a set (`tables` may hold one example of a pattern): a
   * waiver narrowed by `tables` applies only when it covers all of them.
   */
  readonly tableSet?: TableSet;
  readonly fix?: Fix;
  /**
   * Tells apart findings of one rule on the same text (e.g. one per changefeed). The fingerprint is
   * built from rule, path, cluster, the text under `span` with white space folded, and this, never
   * from the line number, so it survives edits above the finding.
   */
  readonly fingerprintKey?: string;
  /** The text under `span` is a secret: it must not feed even the fingerprint. */
  readonly secretSpan?: boolean;
  /**
   * Where the finding is, when that is a place in the policy (a glob, a waiver, a changed key)
   * rather than `span` in the file being read.
   */
  readonly at?: Location;
  /** Identifies the import job (within its file) a posture finding is about. */
  readonly job?: string;
  /**
   * How this finding reads when every finding of the `rules` listed, about the same job and
   * cluster, is covered by a reviewed exception (suppression or waiver): e.g. an override whose
   * every gap was waived. The engine appends the exceptions' reasons.
   */
  readonly whenExcepted?: {
    readonly rules: readonly string[];
    readonly severity: Severity;
    readonly message: string;
    readonly messageId?: string;
  };
}

/** A resolved region of a file: repository-relative path, 1-based line/column, end exclusive. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A finding as every report sees it: positions resolved, suppression decided. */
export interface Finding extends Location {
  readonly rule: string;
  readonly severity: Severity;
  /** The one-sentence headline. */
  readonly message: string;
  /** What to do about it (commands, replacements); omitted when the rule has nothing concrete. */
  readonly help?: string;
  /** Which of the rule's `meta.messages` worded it (tests; no report format prints it). */
  readonly messageId?: string;
  readonly cluster?: string;
  readonly tables?: readonly string[];
  readonly suppressed: boolean;
  /** Why it is suppressed (the directive's or waiver's reason, or the baseline file), for SARIF and the summary. */
  readonly suppression?: { readonly kind: 'inline' | 'waiver' | 'baseline'; readonly reason: string };
  readonly fingerprint: string;
  readonly fix?: FindingFix;
  /**
   * The import job (within `file`) the finding is about, as an opaque key: the reports show the
   * findings of one job as one message (report/groups.ts). Not part of the JSON report.
   */
  readonly job?: string;
}

/** A file as the shell hands it to the core: repository-relative path with `/`, and its bytes. */
/**
 * A file to lint: its bytes, or (a SQL file too large to hold) a way to read it in pieces, as
 * often as needed, each time from the start.
 */
export type SourceFile =
  | { readonly path: string; readonly bytes: Uint8Array }
  | { readonly path: string; readonly size: number; chunks(): Iterable<Uint8Array> };

/** A comment found in a SQL or TOML file (for directives and suppressions). */
export interface Comment {
  /** The comment's text without its markers (`--`, `#`, `/*`, `*\/`), untrimmed. */
  readonly text: string;
  readonly span: Span;
  /**
   * Only white space precedes the comment on its line (a directive on a line of its own covers the
   * next statement or key; one at the end of a line, that line's). Unknown: taken as its own line.
   */
  readonly ownLine?: boolean;
}

/** A repository path as a URI path: each segment percent-encoded (`#`, `?`, spaces), `/` kept. */
export function uriPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
