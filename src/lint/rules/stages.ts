/**
 * What each stage hands its rules (src/rules/types.ts `RuleStage`). Plain data from earlier
 * stages only: a rule reads parsed documents, jobs, the compiled posture and the policy, never
 * raw files and never the engine's bookkeeping.
 */
import type { Location, Severity, Span } from '../../core/types.js';
import type { SqlJobs } from '../../model/jobs/sql.js';
import type { LightningFilter } from '../../model/jobs/lightning.js';
import type { ImportJob } from '../../model/jobs/model.js';
import type { LightningConfig } from '../../parse/lightning/config.js';
import type { Policy, PolicyGlob } from '../../model/policy/types.js';
import type { Weakening } from '../../model/policy/weakened.js';
import type { Posture } from '../../model/posture/compile.js';
import type { PostureSnapshot } from '../../model/posture-live/snapshot.js';
import type { SqlStatement } from '../../parse/sql/ast.js';
import type { TextSource } from '../../parse/sql/kept-text.js';
import type { TomlDocument } from '../../parse/toml/document.js';
import type { JobSubject } from './job-subject.js';
import type { DirectiveProblem } from '../engine/directives.js';

/** `parse`: a file that could not be read or parsed. */
export interface ParseSubject {
  /** 'SQL', 'TOML', 'YAML', or 'text' for undecodable files. */
  readonly language: string;
  readonly problems: readonly { readonly message: string; readonly span: Span; readonly severity?: Severity }[];
}

/** `document`: one parsed document, whatever cluster it targets. */
export type DocumentSubject =
  | {
      readonly kind: 'sql';
      /** The statements findings can be about (imports, backups, LOAD DATA); `text` holds their spans. */
      readonly statements: readonly SqlStatement[];
      readonly jobs: SqlJobs;
      readonly text: TextSource;
    }
  | {
      readonly kind: 'lightning';
      readonly doc: TomlDocument;
      readonly config: LightningConfig;
      readonly text: string;
      readonly filter: LightningFilter;
    };

/** `file`: one read file, its directives' problems and how its jobs map to the policy's clusters. */
export interface FileSubject {
  readonly path: string;
  readonly jobs: readonly ImportJob[];
  readonly directiveProblems: readonly DirectiveProblem[];
  /** Clusters a `cluster=` directive names that the policy does not define. */
  readonly unknownClusters: readonly { readonly name: string; readonly span: Span }[];
  /** Whether the jobs map to at least one cluster. */
  readonly mapped: boolean;
  readonly policy: Policy;
}

/**
 * Whether a policy glob matched some path of the run, for `unmatched-glob`: each glob's "matched"
 * bit set as the paths pass (src/lint/rules/unmatched-glob.ts `globTally`), the paths not kept.
 */
export interface GlobTally {
  /** Counts one path the run saw. */
  see(path: string): void;
  /** A directory the run could not list: what lies under it was never seen. */
  unseen(directory: string): void;
  /** Whether `glob` matched a path seen; undefined when it was not judged (the tally's budget ran out first, or a directory could not be listed). */
  matched(glob: string, key?: PolicyGlob['key']): boolean | undefined;
  /** The budget of tries when it ran out before every path was tried (globs that had not matched by then were not judged); else undefined. */
  exhausted(): number | undefined;
}

/** `policy`: the policy and what the run saw besides the files. */
export interface PolicySubject {
  readonly policy: Policy;
  readonly posture: Posture;
  /** Which policy globs matched a path the run saw (scanned, or reported by the shell), tallied as the files passed: `unmatched-glob`. */
  readonly globsSeen: GlobTally;
  /** The whole repository was scanned: only then can a glob be said to match nothing. */
  readonly fullScope: boolean;
  readonly snapshots: ReadonlyMap<string, PostureSnapshot>;
  readonly now: number;
  /** How the head policy relaxes the base policy (pull-request mode). */
  readonly weakenings: readonly Weakening[];
}

/** One suppression or waiver that did not do its job: it expired, or it suppressed nothing. */
export interface SpentException {
  readonly kind: 'inline' | 'waiver' | 'baseline';
  readonly state: 'expired' | 'unused';
  readonly rules: readonly string[];
  readonly until?: string;
  /** An inline directive's span in its file. */
  readonly span?: Span;
  /** A waiver's place in the policy, a baseline entry's in the baseline file. */
  readonly location?: Location;
  /** A baseline entry's file (where the finding it records used to be). */
  readonly file?: string;
  /** The directive names other rules that did suppress something (so: remove this one from it). */
  readonly partly?: boolean;
}

/** `exceptions`: the suppressions of one file, the policy's waivers, or the baseline's entries, once applied. */
export interface ExceptionsSubject {
  readonly exceptions: readonly SpentException[];
}

/** Each stage's subject, by stage. */
export interface StageSubjects {
  readonly parse: ParseSubject;
  readonly document: DocumentSubject;
  readonly file: FileSubject;
  readonly job: JobSubject;
  readonly policy: PolicySubject;
  readonly exceptions: ExceptionsSubject;
  readonly shell: never;
}
