import type { Diagnostic } from '../../core/types.js';
import type { FileState } from './read-file.js';

/**
 * One finding in the making: a rule's diagnostic and the file it was found in (absent for
 * findings about the policy, which carry their place in `d.at`).
 */
export interface Pending {
  readonly file?: FileState;
  readonly d: Diagnostic;
}

/** A pending finding and the suppression that covers it, if any. */
export interface Decided {
  readonly p: Pending;
  readonly suppression: { readonly kind: 'inline' | 'waiver'; readonly reason: string } | undefined;
}
