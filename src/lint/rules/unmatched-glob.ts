import type { Diagnostic } from '../../core/types.js';
import type { PolicyGlob } from '../../model/policy/types.js';
import type { Rule } from './types.js';

/** A policy glob that matched none of the files a whole-repository run scanned. */
export interface UnmatchedGlobSubject {
  readonly glob: PolicyGlob;
}

const WHAT: Readonly<Record<PolicyGlob['key'], string>> = {
  'scan.include': 'This `scan.include` glob',
  'match.paths': 'This `match.paths` glob',
  'waivers.paths': "This waiver's `paths` glob",
};

export const rule: Rule<UnmatchedGlobSubject> = {
  id: 'unmatched-glob',
  meta: {
    description: 'A `match.paths`, `scan.include` or waiver `paths` glob in the policy that matches no file in a whole-repository run.',
    rationale: 'A typo or a moved directory makes a glob select nothing, silently: a cluster then maps no import, a waiver covers nothing, a scan lints less than it says.',
    defaultSeverity: 'warning',
    category: 'governance',
    anchor: 'the glob in the policy',
  },
  check: ({ glob }): Diagnostic[] => [
    {
      rule: 'unmatched-glob',
      severity: 'warning',
      span: { start: 0, end: 0 },
      message: `${WHAT[glob.key]} \`${glob.glob}\` matches no file in the repository scan. Fix the pattern (a typo, a moved directory?) or remove it.`,
      fingerprintKey: `${glob.key}|${glob.glob}`,
    },
  ],
};
