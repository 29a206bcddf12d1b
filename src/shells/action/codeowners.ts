/**
 * GitHub's CODEOWNERS file, read as GitHub reads it (docs: "About code owners"), to answer one
 * question: who owns a path. Pure: the shell fetches the base branch's file and passes its text.
 *
 * - Where: `.github/CODEOWNERS`, then `CODEOWNERS`, then `docs/CODEOWNERS`; the first that exists
 *   is used (CODEOWNERS_LOCATIONS).
 * - A line is a pattern followed by owners: `@user`, `@org/team` or an e-mail address. The last
 *   line whose pattern matches decides; a matching line without owners leaves the path unowned
 *   (it is not the same as no match: earlier lines no longer apply).
 * - Patterns follow gitignore's rules, except the three GitHub documents as not working: `!`
 *   negation, `[ ]` ranges, and `\#` to escape a leading `#`. GitHub skips a line with invalid
 *   syntax (and shows the error on the file's page); so does this reader, and it says which.
 * - `docs/*` owns the files directly in `docs/`, not deeper ones; `docs/`, `/docs` and `docs`
 *   own everything under a `docs` directory (anchored when the pattern has a `/` before its end).
 * - Paths are case-sensitive, owners are not (GitHub logins and team slugs ignore case).
 *
 * Hand-written (docs/architecture.md prefers a library): no npm package reads CODEOWNERS with GitHub's
 * exceptions to gitignore, and a gitignore matcher gets `docs/*` and unowned lines wrong.
 */

export const CODEOWNERS_LOCATIONS: readonly string[] = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export type Owner =
  | { readonly kind: 'user'; readonly login: string }
  | { readonly kind: 'team'; readonly org: string; readonly slug: string }
  | { readonly kind: 'email'; readonly address: string };

export interface CodeOwnersRule {
  readonly line: number;
  readonly pattern: string;
  readonly owners: readonly Owner[];
  readonly matches: (path: string) => boolean;
}

export interface CodeOwnersProblem {
  readonly line: number;
  readonly message: string;
}

export interface CodeOwners {
  readonly rules: readonly CodeOwnersRule[];
  /** Lines skipped for invalid syntax, as GitHub skips them. */
  readonly problems: readonly CodeOwnersProblem[];
}

export interface Ownership {
  /** The deciding line, or undefined when no pattern matches the path. */
  readonly rule?: CodeOwnersRule;
  /** Empty when no line matches or the matching line names no owner. */
  readonly owners: readonly Owner[];
}

/** GitHub rejects CODEOWNERS files of 3 MB or more. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
/** Bounds the work on a hostile file: more lines than any real CODEOWNERS. */
const MAX_LINES = 50_000;
const MAX_PATTERN_LENGTH = 4096;

const USER = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;
const TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9][A-Za-z0-9_.-]{0,99})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseCodeOwners(text: string): CodeOwners {
  const rules: CodeOwnersRule[] = [];
  const problems: CodeOwnersProblem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length && index < MAX_LINES; index++) {
    const lineNumber = index + 1;
    const parsed = parseLine(lines[index] as string);
    if (parsed === undefined) continue;
    if (typeof parsed === 'string') {
      problems.push({ line: lineNumber, message: parsed });
      continue;
    }
    const matches = compilePattern(parsed.pattern);
    if (typeof matches === 'string') {
      problems.push({ line: lineNumber, message: matches });
      continue;
    }
    rules.push({ line: lineNumber, pattern: parsed.pattern, owners: parsed.owners, matches });
  }
  if (lines.length > MAX_LINES) problems.push({ line: MAX_LINES + 1, message: `only the first ${MAX_LINES} lines are read` });
  return { rules, problems };
}

/** The owners of a repository-relative path (`/`-separated, no leading `/`): the last matching line decides. */
export function ownersOf(codeOwners: CodeOwners, path: string): Ownership {
  const normalized = path.replace(/^\/+/, '');
  for (let i = codeOwners.rules.length - 1; i >= 0; i--) {
    const rule = codeOwners.rules[i] as CodeOwnersRule;
    if (rule.matches(normalized)) return { rule, owners: rule.owners };
  }
  return { owners: [] };
}

/** How an owner is written in CODEOWNERS (for messages). */
export function ownerText(owner: Owner): string {
  return owner.kind === 'user' ? `@${owner.login}` : owner.kind === 'team' ? `@${owner.org}/${owner.slug}` : owner.address;
}

/** A line's pattern and owners; undefined for blank and comment lines; a string says why it is skipped. */
function parseLine(line: string): { pattern: string; owners: Owner[] } | string | undefined {
  const trimmed = line.replace(/^[ \t]+/, '');
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const tokens = tokenize(trimmed);
  if (typeof tokens === 'string') return tokens;
  const [pattern, ...rest] = tokens;
  if (pattern === undefined) return undefined;
  const owners: Owner[] = [];
  for (const token of rest) {
    // The rest of the line after a `#` is a comment.
    if (token.startsWith('#')) break;
    const owner = parseOwner(token);
    if (owner === undefined) return `\`${token.slice(0, 100)}\` is not an owner (\`@user\`, \`@org/team\` or an e-mail address)`;
    owners.push(owner);
  }
  return { pattern, owners };
}

/** Whitespace-separated tokens; `\ ` keeps a space inside a pattern. */
function tokenize(line: string): string[] | string {
  const tokens: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\' && i + 1 < line.length) {
      current += c + (line[i + 1] as string);
      i++;
    } else if (c === ' ' || c === '\t') {
      if (current !== '') tokens.push(current);
      current = '';
    } else current += c;
  }
  if (current !== '') tokens.push(current);
  return tokens;
}

function parseOwner(token: string): Owner | undefined {
  const team = TEAM.exec(token);
  if (team) return { kind: 'team', org: (team[1] as string).toLowerCase(), slug: (team[2] as string).toLowerCase() };
  const user = USER.exec(token);
  if (user) return { kind: 'user', login: (user[1] as string).toLowerCase() };
  if (EMAIL.test(token)) return { kind: 'email', address: token.toLowerCase() };
  return undefined;
}

/**
 * A gitignore pattern as a predicate over file paths, or why the line is skipped. A pattern that
 * matches a directory owns every file under it, except one whose last segment is `*`
 * (`docs/*`: the files directly in `docs/`, as GitHub documents).
 *
 * Matching is by segments with a memo, and `*` within a segment by the two-pointer method, so a
 * hostile pattern (`*a*a*a*…`) costs time proportional to pattern × path, never exponential.
 */
function compilePattern(raw: string): ((path: string) => boolean) | string {
  if (raw.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (raw.startsWith('!')) return '`!` (negation) does not work in CODEOWNERS';
  if (raw.startsWith('\\#')) return 'escaping a leading `#` with `\\` does not work in CODEOWNERS';
  if (/(^|[^\\])[[\]]/.test(raw)) return '`[ ]` (character ranges) do not work in CODEOWNERS';
  let pattern = raw;
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.replace(/\/+$/, '');
  const anchored = pattern.startsWith('/') || pattern.includes('/');
  pattern = pattern.replace(/^\/+/, '');
  if (pattern === '') {
    // `/` alone: the root directory, so every file.
    return raw.startsWith('/') ? () => true : 'the pattern is empty';
  }
  const written = pattern.split('/');
  if (written.some((s) => s === '')) return 'the pattern has an empty path segment (`//`)';
  // An unanchored pattern matches at any depth: as if it started with `**/`.
  const segments: Segment[] = [...(anchored ? [] : ['**' as const]), ...written.map(toSegment)];
  const ownsDescendants = written[written.length - 1] !== '*';
  return (path: string): boolean => {
    const parts = path.split('/');
    // The pattern may end at the file itself (unless it names directories only) or, when it owns
    // what is inside, at any directory above the file.
    return matchSegments(segments, parts, (end) =>
      end === parts.length ? !directoryOnly : end >= 1 && (ownsDescendants || directoryOnly),
    );
  };
}

/** `**`, or one segment's characters with `*` (any run) and `?` (one character); escapes resolved. */
type Segment = '**' | { readonly chars: readonly (string | '*' | '?')[] };

function toSegment(text: string): Segment {
  if (text === '**') return '**';
  const chars: (string | '*' | '?')[] = [];
  for (let j = 0; j < text.length; j++) {
    const c = text[j] as string;
    if (c === '\\' && j + 1 < text.length) {
      // An escaped character is literal; kept apart from the wildcards by its length of 2.
      chars.push(`\\${text[++j] as string}`);
    } else if (c === '*') {
      // `a**b` inside a segment is an ordinary `*` (gitignore).
      if (chars[chars.length - 1] !== '*') chars.push('*');
    } else chars.push(c);
  }
  return { chars };
}

/** Whether `segments` match `parts[0..end)` for an `end` that `accept` takes: one pass, states memoized. */
function matchSegments(segments: readonly Segment[], parts: readonly string[], accept: (end: number) => boolean): boolean {
  const memo = new Map<number, boolean>();
  const go = (s: number, p: number): boolean => {
    if (s === segments.length) return accept(p);
    const key = s * (parts.length + 1) + p;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const segment = segments[s] as Segment;
    let result: boolean;
    if (segment === '**') {
      // `**` at the end is everything inside (one or more segments); elsewhere zero or more.
      result = s === segments.length - 1 ? p < parts.length && go(s + 1, parts.length) : go(s + 1, p) || (p < parts.length && go(s, p + 1));
    } else result = p < parts.length && matchSegment(segment.chars, parts[p] as string) && go(s + 1, p + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** Glob match of one segment: the classic two-pointer method with one backtrack point. */
function matchSegment(chars: readonly string[], text: string): boolean {
  let c = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const want = chars[c];
    if (want === '*') {
      star = c++;
      resume = t;
    } else if (want !== undefined && (want === '?' || (want.length === 2 ? want[1] : want) === text[t])) {
      c++;
      t++;
    } else if (star >= 0) {
      c = star + 1;
      t = ++resume;
    } else return false;
  }
  while (chars[c] === '*') c++;
  return c === chars.length;
}
