/**
 * Directives live in comments, parsed centrally for SQL and TOML alike:
 *   tidb-import-guard: cluster=prod,dr                       map the file to clusters
 *   tidb-import-guard-ignore RULE[, RULE]: reason [until=YYYY-MM-DD]   the next statement / key
 *   tidb-import-guard-ignore-file RULE[, RULE]: reason [until=…]       the whole file
 * A malformed directive is never ignored silently: it becomes `invalid-suppression`, which words
 * each problem kind (its `meta.messages`, same ids).
 * Directive words are matched case-insensitively; rule ids are exact.
 */
import { suggest } from '../../core/suggest.js';
import type { Comment, Span } from '../../core/types.js';

export interface Suppression {
  readonly rules: readonly string[];
  readonly reason: string;
  readonly until?: string;
  readonly fileWide: boolean;
  /** The directive comment. */
  readonly span: Span;
  /** What it covers: the directive and the statement or key it is about (or the whole file). */
  readonly covers: Span;
  /**
   * The statement or key it is about: the one it sits in, the one before it on its line (a
   * directive at the end of a line), else the next one. The import job that statement or key
   * belongs to is covered whole for the rules it names (engine/suppress-scope.ts).
   */
  readonly target?: Span;
}

export interface FileDirectives {
  readonly clusters?: { readonly names: readonly { readonly name: string; readonly span: Span }[]; readonly span: Span };
  readonly suppressions: readonly Suppression[];
  readonly problems: readonly DirectiveProblem[];
}

const PREFIX = 'tidb-import-guard';
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export type DirectiveProblemKind =
  /** `tidb-import-guard:` without `cluster=...`. */
  | 'malformedCluster'
  /** data: directive (the word after `--`/`#`, e.g. `tidb-import-guard-ignores`). */
  | 'unknownDirective'
  /** No colon, so no reason. */
  | 'noReason'
  | 'noRule'
  /** `unknownRules` lists them, with the rule each is likely a typo of. */
  | 'unknownRule'
  /** A colon and nothing after it. */
  | 'emptyReason'
  /** data: until (as written). */
  | 'badDate';

export interface DirectiveProblem {
  readonly span: Span;
  readonly kind: DirectiveProblemKind;
  readonly data: Readonly<Record<string, string>>;
  /** `unknownRule`: each unknown rule id, and the known id it is likely a typo of. */
  readonly unknownRules?: readonly { readonly rule: string; readonly near?: string }[];
}

function invalid(span: Span, kind: DirectiveProblemKind, data: Readonly<Record<string, string>> = {}): DirectiveProblem {
  return { span, kind, data };
}

/**
 * @param targets spans of the statements (SQL) or keys (TOML) in order; a directive covers the
 *   one it sits in, else (at the end of a line) the one before it on its line, else the next one.
 */
export function readDirectives(
  comments: readonly Comment[],
  targets: readonly Span[],
  textLength: number,
  knownRules: ReadonlySet<string>,
): FileDirectives {
  let clusters: FileDirectives['clusters'];
  const suppressions: Suppression[] = [];
  const problems: DirectiveProblem[] = [];
  let t = 0;
  for (const c of comments) {
    const body = c.text.trim();
    if (!body.toLowerCase().startsWith(PREFIX)) continue;
    const rest = body.slice(PREFIX.length);
    if (rest.startsWith(':')) {
      const m = /^:\s*cluster\s*=\s*(.+)$/i.exec(rest);
      if (!m) {
        problems.push(invalid(c.span, 'malformedCluster'));
        continue;
      }
      const names = m[1]!
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .map((name) => ({ name, span: c.span }));
      clusters = { names: [...(clusters?.names ?? []), ...names], span: c.span };
      continue;
    }
    const fileWide = /^-ignore-file\b/i.test(rest);
    if (!fileWide && !/^-ignore\b/i.test(rest)) {
      problems.push(invalid(c.span, 'unknownDirective', { directive: body.split(/[\s:]/)[0] ?? '' }));
      continue;
    }
    const after = rest.slice(fileWide ? '-ignore-file'.length : '-ignore'.length);
    const colon = after.indexOf(':');
    if (colon < 0) {
      problems.push(invalid(c.span, 'noReason'));
      continue;
    }
    const rules = after
      .slice(0, colon)
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    let reason = after.slice(colon + 1).trim();
    let until: string | undefined;
    const u = /(?:^|\s)until=(\S*)\s*$/.exec(reason);
    if (u) {
      until = u[1]!;
      reason = reason.slice(0, u.index).trim();
    }
    if (!rules.length) {
      problems.push(invalid(c.span, 'noRule'));
      continue;
    }
    const unknown = rules.filter((r) => !knownRules.has(r));
    if (unknown.length) {
      const unknownRules = unknown.map((rule) => {
        const near = suggest(rule, [...knownRules]);
        return near === undefined ? { rule } : { rule, near };
      });
      problems.push({ ...invalid(c.span, 'unknownRule'), unknownRules });
      continue;
    }
    if (!reason) {
      problems.push(invalid(c.span, 'emptyReason'));
      continue;
    }
    if (until !== undefined && !isRealDate(until)) {
      problems.push(invalid(c.span, 'badDate', { until }));
      continue;
    }
    let covers: Span;
    let target: Span | undefined;
    if (fileWide) covers = { start: 0, end: textLength };
    else {
      // Targets ending before the directive are behind it; the last of them may be its line's.
      while (t < targets.length && targets[t]!.end <= c.span.start) t++;
      const previous = t > 0 ? targets[t - 1] : undefined;
      const here = targets[t];
      const containing = here && here.start <= c.span.start ? here : undefined;
      const next = here && here.start >= c.span.start ? here : undefined;
      target = containing ?? (c.ownLine === false ? (previous ?? next) : next);
      covers = target ? { start: Math.min(c.span.start, target.start), end: Math.max(c.span.end, target.end) } : c.span;
    }
    suppressions.push({ rules, reason, ...(until ? { until } : {}), fileWide, span: c.span, covers, ...(target ? { target } : {}) });
  }
  return { ...(clusters ? { clusters } : {}), suppressions, problems };
}
