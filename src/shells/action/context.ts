/**
 * What every phase of one run shares: the I/O port, the environment, the scrubbing of runner
 * paths, and the notes the summary repeats (each warning is also a note). Exit statuses are
 * cli.md's, shared by the action: 0 clean, 1 findings at or above `fail-on`, 2 the tool could not
 * do its job.
 */
import type { Environment, Scrub } from './environment.js';
import type { ActionIo } from './io.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_COULD_NOT_CHECK = 2;

export interface RunContext {
  readonly io: ActionIo;
  readonly env: Environment;
  readonly scrub: Scrub;
  /** Said in the summaries: every warning, and what the run chose to skip. */
  readonly notes: string[];
  readonly warn: (message: string) => void;
}

export function runContext(io: ActionIo, env: Environment, scrub: Scrub): RunContext {
  const notes: string[] = [];
  return {
    io,
    env,
    scrub,
    notes,
    warn(message) {
      io.warning(message);
      notes.push(message);
    },
  };
}

/** The step fails with `message` (runner paths hidden): exit status 2. */
export function fail(io: ActionIo, scrub: Scrub, message: string): number {
  io.error(scrub(message));
  return EXIT_COULD_NOT_CHECK;
}
