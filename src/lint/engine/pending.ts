import type { Diagnostic } from '../../core/types.js';
import type { FileState } from './read-file.js';
import type { ImportJob } from '../../model/jobs/model.js';

/**
 * One finding in the making: a rule's diagnostic and the file it was found in (absent for
 * findings about the policy, which carry their place in `d.at`).
 */
export interface Pending {
  readonly file?: FileState;
  readonly d: Diagnostic;
  /**
   * The import job a job-stage finding is about (a directive on the job covers it, suppress-scope.ts);
   * its identity is part of the finding's fingerprint (place.ts).
   */
  readonly job?: ImportJob;
}

/** A pending finding and the suppression that covers it, if any. */
export interface Decided {
  readonly p: Pending;
  readonly suppression: { readonly kind: 'inline' | 'waiver' | 'baseline'; readonly reason: string } | undefined;
}
