/**
 * Git's ignore rules (gitignore(5)), read without git: `.gitignore` files at every level of the
 * walk, and `.git/info/exclude`. Global excludes (`core.excludesFile`, `~/.config/git/ignore`) are
 * NOT read: they belong to one person's machine, and the result of a check must not depend on it.
 *
 * The matcher is ours, not a regular expression: each pattern segment is matched with the
 * two-pointer wildcard algorithm (one back-track point, O(pattern x name) at worst) and `**`
 * across segments by dynamic programming, so no pattern can make matching exponential. Literal
 * basename rules (`node_modules`, `secrets.toml`) and `*.ext` rules are looked up in maps, so a
 * huge `.gitignore` of plain names costs one lookup per path. A `.gitignore` larger than
 * GITIGNORE_MAX_BYTES or with more than GITIGNORE_MAX_RULES rules is not applied at all (the caller
 * says so): erring towards linting more, never less.
 */

export const GITIGNORE_MAX_BYTES = 1024 * 1024;
export const GITIGNORE_MAX_RULES = 20_000;
/** A pattern longer than this is never a real one; it is dropped (matching it could only ignore more). */
const PATTERN_MAX_CHARS = 4096;

interface Rule {
  /** Order in the whole rule list: the last matching rule wins. */
  readonly index: number;
  readonly negated: boolean;
  readonly directoryOnly: boolean;
  /** Anchored rules match the path relative to the .gitignore's directory; others any basename. */
  readonly anchored: boolean;
  /** Pattern segments (split on `/`); `**` is its own segment. */
  readonly segments: readonly string[];
}

/** The rules of one `.gitignore` (or `info/exclude`), relative to `base` (repository path, '' for the root). */
export interface IgnoreFile {
  readonly base: string;
  readonly rules: readonly Rule[];
  /** Unanchored one-segment literal rules, by name. */
  readonly byName: ReadonlyMap<string, Rule[]>;
  /** Unanchored `*.ext` rules (ext without wildcards), by the suffix after the star. */
  readonly bySuffix: ReadonlyMap<string, Rule[]>;
  /** Every other rule, in order. */
  readonly general: readonly Rule[];
}

const WILD = /[*?[\\]/;

/** Parses a `.gitignore`'s text; undefined when it is over the rule limit (then it is not applied). */
export function parseIgnoreFile(text: string, base: string): IgnoreFile | undefined {
  const rules: Rule[] = [];
  const byName = new Map<string, Rule[]>();
  const bySuffix = new Map<string, Rule[]>();
  const general: Rule[] = [];
  for (let raw of text.split('\n')) {
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw === '' || raw.startsWith('#') || raw.length > PATTERN_MAX_CHARS) continue;
    let line = trimTrailingSpaces(raw);
    let negated = false;
    if (line.startsWith('!')) {
      negated = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    let directoryOnly = false;
    if (line.endsWith('/') && !line.endsWith('\\/')) {
      directoryOnly = true;
      line = line.replace(/\/+$/, '');
    }
    if (line === '') continue;
    // A slash at the start or in the middle anchors the pattern to the .gitignore's directory.
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const segments = line.split('/').filter((s, i, all) => s !== '' || i === all.length - 1);
    // Runs of `**` segments are one.
    const collapsed = segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**'));
    if (collapsed.length === 0) continue;
    if (rules.length >= GITIGNORE_MAX_RULES) return undefined;
    const rule: Rule = { index: rules.length, negated, directoryOnly, anchored, segments: collapsed };
    rules.push(rule);
    const only = collapsed[0]!;
    if (!anchored && !WILD.test(only)) push(byName, only, rule);
    else if (!anchored && only.startsWith('*') && only.length > 1 && !WILD.test(only.slice(1))) push(bySuffix, only.slice(1), rule);
    else general.push(rule);
  }
  return { base, rules, byName, bySuffix, general };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Trailing spaces are dropped unless escaped with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end--;
  return line.slice(0, end);
}

/**
 * The verdict of one file's rules on a path relative to its base: 'ignored', 'kept' (a negation
 * matched last), or undefined (no rule matched; a shallower file decides).
 */
export function verdictOf(file: IgnoreFile, relPath: string, isDirectory: boolean): 'ignored' | 'kept' | undefined {
  const slash = relPath.lastIndexOf('/');
  const name = relPath.slice(slash + 1);
  let best: Rule | undefined;
  const consider = (rule: Rule): void => {
    if (best !== undefined && rule.index < best.index) return;
    if (rule.directoryOnly && !isDirectory) return;
    if (matches(rule, relPath, name)) best = rule;
  };
  for (const rule of file.byName.get(name) ?? []) consider(rule);
  // Suffix rules: every suffix of the name that has rules (names are short; at most one lookup per dot-free tail).
  if (file.bySuffix.size > 0) {
    for (let i = 0; i < name.length; i++) {
      const list = file.bySuffix.get(name.slice(i));
      if (list) for (const rule of list) consider(rule);
    }
  }
  for (let i = file.general.length - 1; i >= 0; i--) {
    const rule = file.general[i]!;
    if (best !== undefined && rule.index < best.index) break;
    consider(rule);
  }
  return best === undefined ? undefined : best.negated ? 'kept' : 'ignored';
}

function matches(rule: Rule, relPath: string, name: string): boolean {
  if (!rule.anchored) return rule.segments.length === 1 && matchSegment(rule.segments[0]!, name);
  return matchSegments(rule.segments, relPath.split('/'));
}

/** `**` segments match zero or more path segments; other segments one each. O(pattern x path) cells. */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  // reach[j]: pattern[0..i) can match path[0..j).
  let reach = new Array<boolean>(path.length + 1).fill(false);
  reach[0] = true;
  pattern.forEach((seg, i) => {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (seg === '**') {
      // A trailing `/**` matches everything inside, not the directory itself: one or more.
      const atLeast = i === pattern.length - 1 && i > 0 ? 1 : 0;
      let any = false;
      for (let j = 0; j <= path.length; j++) {
        if (j - atLeast >= 0) any = any || reach[j - atLeast]!;
        next[j] = any;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && matchSegment(seg, path[j]!)) next[j + 1] = true;
    }
    reach = next;
  });
  return reach[path.length]!;
}

/**
 * One segment against one name: `*` any run, `?` one character, `[...]` a class (`!` or `^`
 * negates, ranges, `\` escapes), `\x` the character x. The classic two-pointer algorithm with a
 * single back-track point: never exponential.
 */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length) {
      const c = pattern[p]!;
      if (c === '*') {
        while (p < pattern.length && pattern[p] === '*') p++;
        starP = p;
        starN = n;
        continue;
      }
      const step = matchOne(pattern, p, name[n]!);
      if (step > 0) {
        p += step;
        n++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP;
    n = ++starN;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** How many pattern characters the element at `p` spans when it matches `ch`; 0 when it does not. */
function matchOne(pattern: string, p: number, ch: string): number {
  const c = pattern[p]!;
  if (c === '?') return 1;
  if (c === '\\') return p + 1 < pattern.length && pattern[p + 1] === ch ? 2 : 0;
  if (c === '[') {
    const cls = readClass(pattern, p);
    if (cls === undefined) return ch === '[' ? 1 : 0; // an unclosed `[` is literal
    return cls.test(ch) ? cls.length : 0;
  }
  return c === ch ? 1 : 0;
}

function readClass(pattern: string, start: number): { length: number; test: (ch: string) => boolean } | undefined {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  const ranges: [string, string][] = [];
  let first = true;
  while (i < pattern.length && (pattern[i] !== ']' || first)) {
    first = false;
    let lo = pattern[i]!;
    if (lo === '\\' && i + 1 < pattern.length) lo = pattern[++i]!;
    i++;
    if (pattern[i] === '-' && i + 1 < pattern.length && pattern[i + 1] !== ']') {
      let hi = pattern[i + 1]!;
      i += 2;
      if (hi === '\\' && i < pattern.length) hi = pattern[i++]!;
      ranges.push([lo, hi]);
    } else ranges.push([lo, lo]);
  }
  if (i >= pattern.length) return undefined;
  const length = i + 1 - start;
  return { length, test: (ch) => ch !== '/' && ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== negate };
}

/**
 * The ignore files that apply at a directory, outermost first: `info/exclude` (base ''), then the
 * `.gitignore` of the root and of each directory down to this one. A deeper file's verdict wins;
 * within a file, the last matching rule.
 */
export function isIgnored(stack: readonly IgnoreFile[], repoPath: string, isDirectory: boolean): boolean {
  for (let i = stack.length - 1; i >= 0; i--) {
    const file = stack[i]!;
    const rel = file.base === '' ? repoPath : repoPath.startsWith(file.base + '/') ? repoPath.slice(file.base.length + 1) : undefined;
    if (rel === undefined) continue;
    const verdict = verdictOf(file, rel, isDirectory);
    if (verdict !== undefined) return verdict === 'ignored';
  }
  return false;
}
