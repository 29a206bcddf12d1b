import picomatch from 'picomatch';
import type { Diagnostic } from '../../core/types.js';
import type { PolicyGlob } from '../../model/policy/types.js';
import type { Rule } from './types.js';
import type { PolicySubject } from './stages.js';
import { report } from './report.js';

const WHAT: Readonly<Record<PolicyGlob['key'], string>> = {
  'scan.include': 'This `scan.include` glob',
  'match.paths': 'This `match.paths` glob',
  'waivers.paths': "This waiver's `paths` glob",
};

/** How many glob-against-file tries one run may spend (about a second). */
const UNMATCHED_GLOB_TRIES = 20_000_000;

export const rule: Rule<PolicySubject, 'unmatched'> = {
  id: 'unmatched-glob',
  meta: {
    description: 'A `match.paths`, `scan.include` or waiver `paths` glob in the policy that matches no file in a whole-repository run.',
    rationale:
      'A typo or a moved directory makes a glob select nothing, silently: a cluster then maps no import, a waiver covers nothing, a scan lints less than it says.',
    defaultSeverity: 'warning',
    category: 'governance',
    stage: 'policy',
    anchor: 'the glob in the policy',
    docs: 'docs/rules/unmatched-glob.md',
    summary: 'a `match.paths`, `scan.include` or waiver `paths` glob that matches no file (whole-repository runs)',
    messages: {
      unmatched: {
        message: '{{what}} `{{glob}}` matches no file in the repository',
        help: 'fix the pattern (a typo, a moved directory?) or remove it',
      },
    },
  },
  check({ policy, paths, fullScope }): Diagnostic[] {
    // Like unused waivers, a glob that matched nothing is only known when every file was scanned.
    if (!fullScope) return [];
    // Globs times files can be made large by a pull request that edits the policy: each distinct
    // glob is tried once, and past a budget of tries the rest are not judged (this warning never
    // decides whether an import is safe, so leaving it out cannot pass anything).
    let budget = UNMATCHED_GLOB_TRIES;
    const matchedSomething = new Map<string, boolean>();
    const out: Diagnostic[] = [];
    for (const glob of policy.globs ?? []) {
      let matched = matchedSomething.get(glob.glob);
      if (matched === undefined) {
        if (budget < paths.length) break;
        budget -= paths.length;
        const matches = picomatch(glob.glob, { dot: true });
        matched = paths.some((p) => matches(p));
        matchedSomething.set(glob.glob, matched);
      }
      if (!matched) {
        out.push(
          report(
            rule,
            'unmatched',
            { what: WHAT[glob.key], glob: glob.glob },
            { span: { start: 0, end: 0 }, at: glob.location, fingerprintKey: `${glob.key}|${glob.glob}` },
          ),
        );
      }
    }
    return out;
  },
};
