/**
 * The baseline file (README.md "Command line", `--baseline` / `--update-baseline` / the policy's `baseline:` key):
 * the findings a team accepted when it adopted the tool, so that only new ones fail the check.
 *
 * ```json
 * {
 *   "version": 1,
 *   "tool": "tidb-import-guard",
 *   "entries": [
 *     { "fingerprint": "0f3c…", "rule": "log-backup-gap", "file": "deploy/prod/orders.toml", "message": "…" }
 *   ]
 * }
 * ```
 * One entry per finding, one entry per line, sorted by file, rule and fingerprint, so that a pull
 * request that adds entries shows them plainly in its diff. `message` is a short copy of the
 * finding's headline for reviewers (already redacted: never a secret); only `fingerprint`, `rule`
 * and `file` decide what an entry matches, and all three must agree. The fingerprint is built from
 * the finding's content, never its line, so an entry survives edits elsewhere and a new unsafe
 * import never matches an old entry.
 *
 * The file is repository content, so it is read as hostile input: a size cap, a nesting cap, a
 * strict shape with unknown keys refused, and every problem positioned (file, line, column). A
 * baseline that does not read is never taken as "nothing is baselined" silently: the check stops.
 */
import { byCodeUnit } from '../../core/compare.js';
import { buildLineIndex } from '../../core/lines.js';
import type { Finding, Location } from '../../core/types.js';

/** Largest baseline read (a repository with tens of thousands of accepted findings is ~10 MB). */
export const BASELINE_MAX_BYTES = 32 * 1024 * 1024;
/** Most entries one baseline may hold. */
export const BASELINE_MAX_ENTRIES = 200_000;
/** The reviewer's copy of a message is cut to this many characters. */
const MESSAGE_CHARS = 160;

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly rule: string;
  readonly file: string;
  readonly message?: string;
  /** Where the entry is written in the baseline file. */
  readonly location: Location;
}

export interface Baseline {
  /** The baseline file, repository-relative with `/`. */
  readonly file: string;
  readonly entries: readonly BaselineEntry[];
}

export interface BaselineProblem extends Location {
  readonly message: string;
}

export type BaselineRead =
  | { readonly ok: true; readonly baseline: Baseline }
  | { readonly ok: false; readonly problems: readonly BaselineProblem[] };

const FINGERPRINT = /^[0-9a-f]{24}$/;
const ENTRY_KEYS = new Set(['fingerprint', 'rule', 'file', 'message']);
const TOP_KEYS = new Set(['version', 'tool', 'entries']);
const MAX_DEPTH = 32;
const MAX_PROBLEMS = 20;

/** A JSON value with the offsets of where it is written. */
type Node =
  | {
      readonly kind: 'object';
      readonly start: number;
      readonly end: number;
      readonly members: readonly { readonly key: string; readonly keyStart: number; readonly value: Node }[];
    }
  | { readonly kind: 'array'; readonly start: number; readonly end: number; readonly items: readonly Node[] }
  | { readonly kind: 'string'; readonly start: number; readonly end: number; readonly value: string }
  | { readonly kind: 'number' | 'boolean' | 'null'; readonly start: number; readonly end: number };

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** A small JSON parser that keeps offsets (JSON.parse gives none) and never recurses deeply. */
function parseJson(text: string): Node {
  let i = 0;
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const describe = (at: number): string => (at >= text.length ? 'the end of the file' : `\`${JSON.stringify(text[at]).slice(1, -1)}\``);
  const str = (): { value: string; start: number; end: number } => {
    const start = i;
    i++; // the opening quote
    let out = '';
    let from = i;
    for (;;) {
      if (i >= text.length) throw new JsonError('a string is not closed', start);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(from, i);
        i++;
        return { value: out, start, end: i };
      }
      if (c < 32) throw new JsonError('a control character inside a string (write it escaped)', i);
      if (c === 92) {
        out += text.slice(from, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else throw new JsonError('an invalid escape in a string', i);
        from = i;
        continue;
      }
      i++;
    }
  };
  const value = (depth: number): Node => {
    if (depth > MAX_DEPTH) throw new JsonError(`values nested deeper than ${MAX_DEPTH} levels`, i);
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members: { key: string; keyStart: number; value: Node }[] = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', start, end: i, members };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new JsonError(`expected a quoted key, found ${describe(i)}`, i);
        const key = str();
        ws();
        if (text[i] !== ':') throw new JsonError(`expected \`:\` after the key, found ${describe(i)}`, i);
        i++;
        members.push({ key: key.value, keyStart: key.start, value: value(depth + 1) });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', start, end: i, members };
        }
        throw new JsonError(`expected \`,\` or \`}\`, found ${describe(i)}`, i);
      }
    }
    if (c === '[') {
      i++;
      const items: Node[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', start, end: i, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        if (items.length > BASELINE_MAX_ENTRIES) throw new JsonError(`more than ${BASELINE_MAX_ENTRIES} items in a list`, start);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', start, end: i, items };
        }
        throw new JsonError(`expected \`,\` or \`]\`, found ${describe(i)}`, i);
      }
    }
    if (c === '"') return { kind: 'string', ...str() };
    const word = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(text.slice(i, i + 64));
    if (word) {
      i += word[0].length;
      const kind = word[0] === 'null' ? 'null' : word[0] === 'true' || word[0] === 'false' ? 'boolean' : 'number';
      return { kind, start, end: i };
    }
    throw new JsonError(`expected a JSON value, found ${describe(i)}`, i);
  };
  const root = value(0);
  ws();
  if (i < text.length) throw new JsonError(`unexpected ${describe(i)} after the end of the document`, i);
  return root;
}

/** Reads a baseline file's text. `file` is its repository-relative path (for positions). */
export function parseBaseline(file: string, text: string): BaselineRead {
  const lines = buildLineIndex(text);
  const at = (start: number, end: number = start): Location => {
    const s = lines.position(start);
    const e = lines.position(Math.max(end, start));
    return { file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const problems: BaselineProblem[] = [];
  const problem = (start: number, end: number, message: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push({ ...at(start, end), message: `baseline ${file}: ${message}` });
  };
  let root: Node;
  try {
    root = parseJson(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
  } catch (error) {
    if (!(error instanceof JsonError)) throw error;
    problem(error.offset, error.offset, `not valid JSON: ${error.message}`);
    return { ok: false, problems };
  }
  const expected =
    '{ "version": 1, "tool": "tidb-import-guard", "entries": [...] } (write it with `tidb-import-guard check --update-baseline`)';
  if (root.kind !== 'object') {
    problem(root.start, root.end, `expected ${expected}`);
    return { ok: false, problems };
  }
  let entriesNode: Node | undefined;
  let version = false;
  for (const m of root.members) {
    if (!TOP_KEYS.has(m.key))
      problem(m.keyStart, m.value.start, `unknown key \`${m.key.slice(0, 40)}\`; expected \`version\`, \`tool\` and \`entries\``);
    else if (m.key === 'version') {
      if (m.value.kind !== 'number' || text.slice(m.value.start, m.value.end) !== '1')
        problem(m.value.start, m.value.end, '`version` must be 1');
      else version = true;
    } else if (m.key === 'tool') {
      if (m.value.kind !== 'string' || m.value.value !== 'tidb-import-guard')
        problem(m.value.start, m.value.end, '`tool` must be "tidb-import-guard"');
    } else entriesNode = m.value;
  }
  if (!version && !problems.length) problem(root.start, root.start + 1, 'missing `"version": 1`');
  if (!entriesNode) {
    if (!problems.length) problem(root.start, root.start + 1, 'missing `entries` (a list; `[]` when nothing is baselined)');
    return { ok: false, problems };
  }
  if (entriesNode.kind !== 'array') {
    problem(entriesNode.start, entriesNode.end, '`entries` must be a list of entries');
    return { ok: false, problems };
  }
  const entries: BaselineEntry[] = [];
  for (const item of entriesNode.items) {
    if (item.kind !== 'object') {
      problem(item.start, item.end, 'an entry must be an object with `fingerprint`, `rule`, `file` and `message`');
      continue;
    }
    const fields: Record<string, string> = {};
    let bad = false;
    for (const m of item.members) {
      if (!ENTRY_KEYS.has(m.key)) {
        problem(
          m.keyStart,
          m.value.start,
          `unknown key \`${m.key.slice(0, 40)}\` in an entry; expected \`fingerprint\`, \`rule\`, \`file\` and \`message\``,
        );
        bad = true;
      } else if (m.value.kind !== 'string') {
        problem(m.value.start, m.value.end, `\`${m.key}\` must be a string`);
        bad = true;
      } else fields[m.key] = m.value.value;
    }
    if (bad) continue;
    const { fingerprint, rule, file: entryFile, message } = fields;
    if (fingerprint === undefined || rule === undefined || entryFile === undefined) {
      problem(item.start, item.end, 'an entry needs `fingerprint`, `rule` and `file`');
      continue;
    }
    if (!FINGERPRINT.test(fingerprint)) {
      problem(item.start, item.end, 'a `fingerprint` is 24 lowercase hex digits, as the JSON report gives it');
      continue;
    }
    entries.push({ fingerprint, rule, file: entryFile, ...(message !== undefined ? { message } : {}), location: at(item.start, item.end) });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, baseline: { file, entries } };
}

/** The key an entry and a finding share when the entry records the finding. */
export function entryKey(e: { readonly fingerprint: string; readonly rule: string; readonly file: string }): string {
  return `${e.fingerprint}\u0000${e.rule}\u0000${e.file}`;
}

/** A short one-line copy of a message for reviewers (the findings are already redacted). */
function shortMessage(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > MESSAGE_CHARS ? `${line.slice(0, MESSAGE_CHARS - 1)}…` : line;
}

/** The baseline file's text for these findings: sorted, one entry a line, byte-stable. */
export function serializeBaseline(findings: readonly Pick<Finding, 'fingerprint' | 'rule' | 'file' | 'message'>[]): string {
  const seen = new Set<string>();
  const entries = findings
    .filter((f) => {
      const key = entryKey(f);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => byCodeUnit(a.file, b.file) || byCodeUnit(a.rule, b.rule) || byCodeUnit(a.fingerprint, b.fingerprint))
    .map((f) => `    ${JSON.stringify({ fingerprint: f.fingerprint, rule: f.rule, file: f.file, message: shortMessage(f.message) })}`);
  const list = entries.length ? `[\n${entries.join(',\n')}\n  ]` : '[]';
  return `{\n  "version": 1,\n  "tool": "tidb-import-guard",\n  "entries": ${list}\n}\n`;
}
