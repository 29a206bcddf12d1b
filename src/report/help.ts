/**
 * The `help` of a finding (what to do: the exact statement, command, replacement or policy
 * change) and how a group of findings shows its fixes without repeating them.
 *
 * A help lists alternatives as `first; or second; or third` (rules write them so). Alternatives
 * that two or more findings of one group share (`or use logical mode: backend = "tidb"`) are shown
 * once for the group, after the findings' own fixes.
 */
import type { Finding } from '../core/types.js';

/** The finding's help, when it has one (read defensively: reports from older versions have none). */
export function helpOf(finding: Finding): string | undefined {
  const help = (finding as Finding & { readonly help?: unknown }).help;
  return typeof help === 'string' && help.trim() !== '' ? help.trim() : undefined;
}

/**
 * `a; or b; or c` → [`a`, `b`, `c`] (trailing full stops dropped). A `; or` inside a code span
 * (`` `BACKUP ... TO '<storage>';` ``) is part of the code, not a separator.
 */
export function alternatives(help: string): string[] {
  const spans: string[] = [];
  const masked = help.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => `\u0000${spans.push(span) - 1}\u0000`);
  return masked
    .split(/;\s+or\s+/)
    .map((part) =>
      part
        .replace(/\u0000(\d+)\u0000/g, (_, i: string) => spans[Number(i)] as string)
        .trim()
        .replace(/[.;]+$/, ''),
    )
    .filter((part) => part !== '');
}

function key(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

export interface GroupHelp {
  /** Each finding's own help, with the shared alternatives taken out (undefined: nothing left). */
  readonly own: ReadonlyMap<Finding, readonly string[]>;
  /** Alternatives shared by two or more findings of the group, in first-seen order. */
  readonly shared: readonly string[];
}

/**
 * Rules whose help restates the other findings of their job: `precheck-override`'s fix is
 * "complete the documented procedure" followed by the list of gaps, which the group already shows
 * one per line, each with its own fix. Shown with its gaps, such a finding's help is left out.
 */
const SUMMARIZING_RULES: ReadonlySet<string> = new Set(['precheck-override']);

/** A parenthetical that closes an alternative: `... in the policy (it runs unchecked: ...)`. */
const ASIDE = /\s*(\([^()]*\))$/;

/**
 * A closing aside that several findings of one group repeat word for word (each gap of an import
 * that runs unchecked says why: "(it runs unchecked: `DISABLE_PRECHECK` switches off the
 * precheck)") is kept on the first of them and dropped from the others, so a group never says
 * the same sentence twice.
 */
function dropRepeatedAsides(split: string[][]): void {
  const said = new Set<string>();
  for (const parts of split) {
    parts.forEach((part, i) => {
      const match = ASIDE.exec(part);
      if (!match) return;
      const aside = key(match[1] as string);
      if (said.has(aside)) parts[i] = part.slice(0, match.index);
      else said.add(aside);
    });
  }
}

export function groupHelp(findings: readonly Finding[]): GroupHelp {
  const split = findings.map((f) => {
    const help =
      SUMMARIZING_RULES.has(f.rule) && findings.some((other) => other.job !== undefined && other.job === f.job && other !== f)
        ? undefined
        : helpOf(f);
    return help === undefined ? [] : alternatives(help);
  });
  dropRepeatedAsides(split);
  const seen = new Map<string, { text: string; count: number }>();
  for (const parts of split) {
    // The first alternative is the finding's own fix; only the later ones may be shared.
    for (const part of new Set(parts.slice(1).map(key))) {
      const entry = seen.get(part);
      if (entry) entry.count++;
      else seen.set(part, { text: parts.slice(1).find((p) => key(p) === part) as string, count: 1 });
    }
  }
  const sharedKeys = new Set([...seen].filter(([, v]) => v.count > 1).map(([k]) => k));
  const own = new Map<Finding, readonly string[]>();
  findings.forEach((f, i) => {
    const parts = split[i] as string[];
    own.set(
      f,
      parts.filter((p, j) => j === 0 || !sharedKeys.has(key(p))),
    );
  });
  return { own, shared: [...sharedKeys].map((k) => (seen.get(k) as { text: string }).text) };
}
