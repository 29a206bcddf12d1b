import picomatch from 'picomatch';
import { PATH_GLOB, SCAN_INCLUDE_GLOB } from '../../core/glob.js';
import type { Diagnostic } from '../../core/types.js';
import type { Policy, PolicyGlob } from '../../model/policy/types.js';
import type { Rule } from './types.js';
import type { GlobTally, PolicySubject } from './stages.js';
import { report } from './report.js';

const WHAT: Readonly<Record<PolicyGlob['key'], string>> = {
  'scan.include': 'This `scan.include` glob',
  'match.paths': 'This `match.paths` glob',
  'waivers.paths': "This waiver's `paths` glob",
};

/** How many glob-against-file tries one run may spend (about a second). */
const UNMATCHED_GLOB_TRIES = 20_000_000;

/** A glob's entry in the tally: its text, marked when it is judged in any letter case. */
const idOf = (glob: string, key: PolicyGlob['key']): string => (key === 'scan.include' ? `i\u0000${glob}` : glob);

/**
 * What this rule needs of the files a whole-repository run saw, taken as they pass (the engine
 * feeds it every path; the paths are not kept): one "matched" bit per distinct glob of the policy.
 * Each glob is tried against each path until one matches it, and never again after that. Globs
 * times files can be made large by a pull request that edits the policy: once the budget of tries
 * is spent, the globs that have not matched are not judged (this warning never decides whether an
 * import is safe, so leaving it out cannot pass anything), and the rule says so in one notice.
 */
export function globTally(policy: Policy, budget = UNMATCHED_GLOB_TRIES): GlobTally {
  // A `scan.include` glob is judged in any letter case, as the scan selects files with it; the
  // others as written. One entry per glob and case mode.
  const distinct = [
    ...new Map((policy.globs ?? []).map((g) => [idOf(g.glob, g.key), { id: idOf(g.glob, g.key), glob: g.glob, key: g.key }])).values(),
  ];
  const given = budget;
  // Compiled on the first path: a run that sees none spends nothing.
  let open: { readonly id: string; readonly matches: (path: string) => boolean }[] | undefined;
  const matched = new Set<string>();
  let spent = false;
  // A directory that could not be listed hides paths no glob was tried against: a glob that could
  // match under it (its literal base is above, at or below the directory) is then not judged (the
  // directory itself is reported, syntax-error, so the run is not clean).
  const unseen: string[] = [];
  const hidden = (glob: string): boolean => {
    if (!unseen.length) return false;
    const base = picomatch.scan(glob).base.replace(/^\.\//, '');
    return unseen.some((d) => base === '' || d === '.' || base === d || base.startsWith(`${d}/`) || d.startsWith(`${base}/`));
  };
  return {
    see(path) {
      if (spent) return;
      open ??= distinct.map((g) => ({ id: g.id, matches: picomatch(g.glob, g.key === 'scan.include' ? SCAN_INCLUDE_GLOB : PATH_GLOB) }));
      if (!open.length) return;
      if (budget < open.length) {
        spent = true;
        return;
      }
      budget -= open.length;
      let kept = 0;
      for (const g of open) {
        if (g.matches(path)) matched.add(g.id);
        else open[kept++] = g;
      }
      open.length = kept;
    },
    unseen(directory) {
      unseen.push(directory);
    },
    matched(glob, key = 'match.paths') {
      return matched.has(idOf(glob, key)) ? true : spent || hidden(glob) ? undefined : false;
    },
    exhausted() {
      return spent ? given : undefined;
    },
  };
}

export const rule: Rule<PolicySubject, 'unmatched' | 'notJudged'> = {
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
      notJudged: {
        message:
          '{{count}} of the policy globs, from `{{glob}}` on, were not checked for matching no file: trying every glob against every file of this repository would take more than {{budget}} tries',
        help: 'fewer or broader globs keep the check within its budget; until then, check by hand that each of these globs selects the files it was written for',
      },
    },
  },
  check({ policy, globsSeen, fullScope }): Diagnostic[] {
    // Like unused waivers, a glob that matched nothing is only known when every file was scanned.
    if (!fullScope) return [];
    const out: Diagnostic[] = [];
    // Globs left unjudged because the budget ran out: said once, never silently clean.
    const unjudged: PolicyGlob[] = [];
    for (const glob of policy.globs ?? []) {
      // Undefined: not judged (the tally's budget ran out before every file was tried, or a
      // directory that could not be listed hides files; that directory is its own finding).
      const matched = globsSeen.matched(glob.glob, glob.key);
      if (matched === undefined) {
        if (globsSeen.exhausted() !== undefined && !unjudged.some((g) => idOf(g.glob, g.key) === idOf(glob.glob, glob.key)))
          unjudged.push(glob);
        continue;
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
    const first = unjudged[0];
    if (first) {
      out.push(
        report(
          rule,
          'notJudged',
          { count: String(unjudged.length), glob: first.glob, budget: (globsSeen.exhausted() ?? 0).toLocaleString('en-US') },
          { span: { start: 0, end: 0 }, at: first.location, fingerprintKey: 'not-judged', severity: 'notice' },
        ),
      );
    }
    return out;
  },
};
