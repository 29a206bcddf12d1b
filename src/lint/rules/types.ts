import type { Diagnostic, Severity } from '../../core/types.js';
import type { JobSubject } from './job-subject.js';

export type RuleCategory = 'posture' | 'correctness' | 'security' | 'governance';

/**
 * Where in the pipeline a rule runs, i.e. what its `check` receives (src/rules/stages.ts). The
 * engine runs every rule of a stage from the one registry; a rule never needs a line elsewhere.
 * - `parse`: a file that could not be read or parsed;
 * - `document`: one parsed document (SQL or Lightning), whatever cluster it targets;
 * - `file`: one read file with its jobs mapped to the policy's clusters;
 * - `job`: one import job against one target cluster, with the shared analysis;
 * - `policy`: the policy, its posture and what the run saw (snapshots, base policy, paths);
 * - `exceptions`: the suppressions and waivers, after they were applied;
 * - `shell`: reported by the shell before the engine runs (the policy cannot be loaded).
 */
export type RuleStage = 'parse' | 'document' | 'file' | 'job' | 'policy' | 'exceptions' | 'shell';

/**
 * One message of a rule, as ESLint's `meta.messages`: `message` is the one-sentence headline
 * (what is wrong, naming the cluster, the task or changefeed and the tables), `help` what to do
 * (the exact statement, command, replacement line or policy change). `{{name}}` placeholders are
 * filled from the data the rule passes; the long explanation is the rule's doc page.
 */
export interface MessageTemplate {
  readonly message: string;
  readonly help?: string;
}

/** What a rule is, for `rules`, `explain`, SARIF, the docs and the engine's dispatch. */
export interface RuleMeta<MessageId extends string = string> {
  /** One line: what the rule finds. */
  readonly description: string;
  /** Why it matters, in one or two sentences. */
  readonly rationale: string;
  readonly defaultSeverity: Severity;
  readonly category: RuleCategory;
  readonly stage: RuleStage;
  /** Where findings are anchored, in words (docs). */
  readonly anchor: string;
  /** The rule's doc page, relative to the repository root. */
  readonly docs: string;
  /**
   * What the rule finds in a few words, lowercase, for the README's rule table (written from the
   * registry by `npm run gen:rules`, scripts/rule-catalog.ts).
   */
  readonly summary: string;
  readonly messages: Readonly<Record<MessageId, MessageTemplate>>;
  /**
   * The policy's `rules:` map does not change this rule's severity: `invalid-policy` cannot be
   * turned off, and `policy-weakened` takes its severity from the base policy only.
   */
  readonly severityFixed?: boolean;
}

/**
 * A rule: `check` is a pure function of the subject its stage hands it and returns diagnostics,
 * built with `report` (src/rules/report.ts) from the rule's own message templates.
 */
export interface Rule<Subject, MessageId extends string = string> {
  readonly id: string;
  readonly meta: RuleMeta<MessageId>;
  /** Absent only for `shell` rules, which the shell reports before any stage runs. */
  readonly check?: (subject: Subject) => readonly Diagnostic[];
  /**
   * A rule of an earlier stage whose verdict on some settings depends on the target cluster's
   * version judges those per job and cluster too, with the `job` rules: `invalid-lightning-config`
   * and `deprecated-lightning-key` on Lightning keys and backends that were removed or deprecated.
   */
  readonly checkJob?: (subject: JobSubject) => readonly Diagnostic[];
}
