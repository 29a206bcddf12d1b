/**
 * Which table each file of a Lightning data directory stands for, classified as Lightning's file
 * router does (pingcap/tidb pkg/lightning/mydump/router.go, loader.go; docs
 * tidb-lightning-data-source.md).
 *
 * Without `[[mydumper.files]]`, the default rules (first match wins, names URL-unescaped,
 * case-insensitive): `*-schema-trigger.sql`/`*-schema-post.sql` and `*.bak` are ignored,
 * `{db}-schema-create.sql` is a database, `{db}.{tbl}-schema.sql` a table schema,
 * `{db}.{tbl}-schema-view.sql` a view, `{db}.{tbl}[.{n}].{sql|csv|parquet}[.{compression}]` data.
 * With `[[mydumper.files]]`, only those rules apply (Lightning drops the defaults then).
 *
 * Custom rules are Go regular expressions. We check them with the RE2 parser of src/core/filter (so
 * what Go rejects is rejected with Go's message), refuse what the linter does not follow
 * (`goRegexToJs`: the caller then falls back to the filter as a pattern set), and match them, and
 * the default rules, with re2js, a port of RE2: linear in the file name, as Go's regexp is. Both the
 * pattern and the file names come from the pull request, and a backtracking engine is not linear:
 * `^(a+)+$|^(.*)\.csv$` against `aaa…a!.csv` took 2^n steps in JavaScript's engine (the RE2
 * automaton that guarded the match accepted the name, so it did not help), and the default rules
 * took time quadratic in a long path.
 */
import { RE2JS } from 're2js';
import { parseRegex } from '../../core/filter/regex.js';
import type { TableName } from '../../core/filter/index.js';
import type { MydumperFileRule } from '../../parse/lightning/config.js';

export type SourceFileType = 'schema-schema' | 'table-schema' | 'view-schema' | 'sql' | 'csv' | 'parquet' | 'ignore';

export interface ClassifiedFile {
  /** Repository-relative path. */
  readonly path: string;
  readonly type: SourceFileType;
  readonly schema: string;
  readonly table: string;
}

interface FileRoute {
  /** Go's `FindStringSubmatch` semantics: unanchored, leftmost-first, in linear time. */
  readonly re: RE2JS;
  readonly type: string;
  readonly schema: string;
  readonly table: string;
  readonly unescape: boolean;
}

/** A case-insensitive pattern, as Lightning's default rules are (`(?i)`). */
const ci = (source: string): RE2JS => RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);

const DEFAULT_ROUTES: readonly FileRoute[] = [
  { re: ci(String.raw`.*(-schema-trigger|-schema-post)\.sql(?:\.(\w*?))?$`), type: 'ignore', schema: '', table: '', unescape: false },
  { re: ci(String.raw`.*\.(sql|csv|parquet)(\.(\w+))?\.(bak|BAK)$`), type: 'ignore', schema: '', table: '', unescape: false },
  {
    re: ci(String.raw`^(?:[^/]*\/)*([^/.]+)-schema-create\.sql(?:\.(\w*?))?$`),
    type: 'schema-schema',
    schema: '$1',
    table: '',
    unescape: true,
  },
  {
    re: ci(String.raw`^(?:[^/]*\/)*([^/.]+)\.(.*?)-schema\.sql(?:\.(\w*?))?$`),
    type: 'table-schema',
    schema: '$1',
    table: '$2',
    unescape: true,
  },
  {
    re: ci(String.raw`^(?:[^/]*\/)*([^/.]+)\.(.*?)-schema-view\.sql(?:\.(\w*?))?$`),
    type: 'view-schema',
    schema: '$1',
    table: '$2',
    unescape: true,
  },
  {
    re: ci(String.raw`^(?:[^/]*\/)*([^/.]+)\.(.*)\.([0-9]+)\.(snappy|gzip|gz|zstd|zst)\.parquet$`),
    type: 'parquet',
    schema: '$1',
    table: '$2',
    unescape: true,
  },
  {
    re: ci(String.raw`^(?:[^/]*\/)*([^/.]+)\.(.*?)(?:\.([0-9]+))?\.(sql|csv|parquet)(?:\.(\w+))?$`),
    type: '$4',
    schema: '$1',
    table: '$2',
    unescape: true,
  },
];

const SOURCE_TYPES: readonly SourceFileType[] = ['schema-schema', 'table-schema', 'view-schema', 'sql', 'csv', 'parquet', 'ignore'];

/** Go's `url.PathUnescape`; a malformed escape leaves the value as it is (Lightning logs and keeps it). */
function pathUnescape(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`; unknown or unmatched groups are empty. */
/** The submatches of one match: `[0]` the whole, then each group (undefined when it took no part). */
interface Submatch {
  readonly numbered: readonly (string | undefined)[];
  readonly named: Readonly<Record<string, string | undefined>>;
}

function submatch(re: RE2JS, input: string): Submatch | undefined {
  const m = re.matcher(input);
  if (!m.find()) return undefined;
  const numbered: (string | undefined)[] = [];
  for (let i = 0; i <= re.groupCount(); i++) numbered.push(m.group(i) ?? undefined);
  const named: Record<string, string | undefined> = Object.create(null);
  for (const name of Object.keys(re.namedGroups())) named[name] = m.group(name) ?? undefined;
  return { numbered, named };
}

function expand(template: string, match: Submatch): string {
  return template.replace(/\$(\$|[\p{L}\p{Nd}_]+|\{[\p{L}\p{Nd}_]+\})/gu, (_all, ref: string) => {
    if (ref === '$') return '$';
    const name = ref.startsWith('{') ? ref.slice(1, -1) : ref;
    if (/^\d+$/.test(name)) return match.numbered[Number(name)] ?? '';
    return match.named[name] ?? '';
  });
}

function templateProblem(template: string, groups: number, names: readonly string[], field: string): string | undefined {
  for (const m of template.matchAll(/\$(\$|[\p{L}\p{Nd}_]+|\{[\p{L}\p{Nd}_]+\})/gu)) {
    const ref = m[1]!;
    if (ref === '$') continue;
    const name = ref.startsWith('{') ? ref.slice(1, -1) : ref;
    if (/^\d+$/.test(name)) {
      if (Number(name) > groups) return `field '${field}': sub pattern capture '$${ref}' out of range`;
    } else if (!names.includes(name)) return `field '${field}': invalid named capture '$${ref}'`;
  }
  return undefined;
}

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** A Go regex as a JavaScript one, or why not. */
export function goRegexToJs(source: string): { ok: true; re: RegExp } | { ok: false; message: string } {
  const checked = parseRegex(source, { foldCase: false });
  if (!checked.ok) return { ok: false, message: `error parsing regexp: ${checked.error.message}` };
  let flags = 'u';
  let body = source;
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(body);
  if (lead) {
    for (const f of lead[1]!) {
      if (f === 'i' || f === 's' || f === 'm') flags += flags.includes(f) ? '' : f;
      else return { ok: false, message: `the Go flag (?${f}) is not supported by the linter` };
    }
    body = body.slice(lead[0].length);
  }
  if (/\(\?[a-zA-Z-]*[U]/.test(body)) return { ok: false, message: 'the Go flag U (ungreedy) is not supported by the linter' };
  body = body
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$(?![\\s\\S])')
    .replace(/\\([pP])([A-Za-z])/g, '\\$1{$2}')
    .replace(/\[:(\^?)([a-z]+):\]/g, (all, neg: string, name: string) => {
      const cls = POSIX_CLASSES[name];
      if (!cls) return all;
      return neg ? `&&NEG${cls}&&` : cls;
    });
  if (body.includes('&&NEG')) return { ok: false, message: 'negated POSIX classes are not supported by the linter' };
  try {
    return { ok: true, re: new RegExp(body, flags) };
  } catch (e) {
    return { ok: false, message: `the regular expression is not supported by the linter (${(e as Error).message})` };
  }
}

function quoteMeta(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

export interface FileRuleProblem {
  readonly index: number;
  readonly message: string;
}

/** `[[mydumper.files]]` rules as routes, or the problems Lightning (or the linter) has with them. */
export function compileFileRules(
  rules: readonly MydumperFileRule[],
): { ok: true; routes: FileRoute[] } | { ok: false; problems: FileRuleProblem[] } {
  const problems: FileRuleProblem[] = [];
  const routes: FileRoute[] = [];
  rules.forEach((rule, index) => {
    const fail = (message: string): void => void problems.push({ index, message });
    const path = rule.path?.value;
    const pattern = rule.pattern?.value;
    if (!path && !pattern) return fail('`path` and `pattern` must not be both empty in [[mydumper.files]]');
    if (path && pattern) return fail("can't set both `path` and `pattern` field in [[mydumper.files]]");
    const source = path ? `^${quoteMeta(path)}$` : pattern!;
    const quote = (t: string | undefined): string => (path ? (t ?? '').replace(/\$/g, '$$$$') : (t ?? ''));
    const js = goRegexToJs(source);
    if (!js.ok) return fail(js.message);
    let re: RE2JS;
    try {
      re = RE2JS.compile(source);
    } catch {
      return fail('the regular expression is not supported by the linter');
    }
    const type = quote(rule.type?.value);
    if (!type) return fail("field 'type' match pattern can't be empty");
    const groups = re.groupCount();
    const names = Object.keys(re.namedGroups());
    const schema = quote(rule.schema?.value);
    const table = quote(rule.table?.value);
    for (const [field, t] of [
      ['type', type],
      ['schema', schema],
      ['table', table],
    ] as const) {
      if (field !== 'type' && type.trim().toLowerCase() === 'ignore') break;
      if (field !== 'type' && !t) return fail(`field '${field}' match pattern can't be empty`);
      const problem = templateProblem(t, groups, names, field);
      if (problem) return fail(problem);
    }
    routes.push({
      re,
      type,
      schema,
      table,
      unescape: false,
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, routes };
}

/** Classifies each file (path relative to the data directory decides, as in Lightning). */
export function classifyFiles(
  dir: string,
  files: readonly string[],
  customRoutes: readonly FileRoute[] | undefined,
): { files: ClassifiedFile[]; problems: string[] } {
  const routes = customRoutes?.length ? customRoutes : DEFAULT_ROUTES;
  const out: ClassifiedFile[] = [];
  const problems: string[] = [];
  for (const path of files) {
    const rel = dir === '' ? path : path.slice(dir.length + 1);
    for (const route of routes) {
      const m = submatch(route.re, rel);
      if (!m) continue;
      const typeText = expand(route.type, m).trim().toLowerCase();
      const type = SOURCE_TYPES.find((t) => t === typeText);
      if (!type) {
        problems.push(`\`${rel}\`: unknown source type '${typeText}'`);
        break;
      }
      if (type === 'ignore') break;
      const value = (t: string): string => (route.unescape ? pathUnescape(expand(t, m)) : expand(t, m));
      out.push({ path, type, schema: value(route.schema), table: type === 'schema-schema' ? '' : value(route.table) });
      break;
    }
  }
  return { files: out, problems };
}

export function isDataFile(file: ClassifiedFile): boolean {
  return file.type === 'sql' || file.type === 'csv' || file.type === 'parquet';
}

export function tableOf(file: ClassifiedFile): TableName {
  return { schema: file.schema, table: file.table };
}
