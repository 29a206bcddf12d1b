/**
 * The parsed YAML of one policy file, kept for positions: every value and key the loader reports
 * on is found again by its JSON path (the same path ajv reports) and turned into a location with
 * the file's one line index. Parsing itself is the `yaml` package's (docs/architecture.md, principle 10).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { buildLineIndex } from '../../core/lines.js';
import type { LineIndex } from '../../core/lines.js';
import type { Location, Span } from '../../core/types.js';

/** A region of one policy file (the model's `PolicyLocation`). */
type PolicyLocation = Location;

/** A problem with one policy file, positioned in it (the model's `PolicyProblem`). */
interface PolicyProblem extends Location {
  readonly message: string;
}

export type PathSegment = string | number;

export interface PolicyFileTree {
  readonly file: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly doc: Document.Parsed;
}

export function parsePolicyYaml(
  file: string,
  text: string,
): { readonly tree: PolicyFileTree; readonly problems: readonly PolicyProblem[] } {
  // A repeated key is an error: a second `log_backup:` must not silently replace the first. The
  // `yaml` package's own check (uniqueKeys) compares each key with every earlier one, quadratic in
  // a mapping's size; duplicateKeys below does the same check with one set per mapping, and
  // reports it as the package would. No `merge` (<<) keys: they would be reported as unknown keys.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false });
  const lines = buildLineIndex(text);
  const tree: PolicyFileTree = { file, text, lines, doc };
  const problems = doc.errors.map((e) =>
    problemAt(tree, { start: e.pos[0], end: e.pos[1] }, `YAML syntax error: ${yamlMessage(e.message)}`),
  );
  for (const at of duplicateKeys(doc))
    problems.push(problemAt(tree, { start: at, end: at + 1 }, 'YAML syntax error: Map keys must be unique'));
  return { tree, problems };
}

/**
 * One policy file read as the loader needs it: its YAML tree (kept for positions) and the plain
 * data the schema validates, or the problems that stop it there (a YAML syntax error, an empty
 * file, a file that is not a mapping, an alias bomb).
 */
export function readPolicyFile(
  file: string,
  text: string,
):
  | { readonly ok: true; readonly tree: PolicyFileTree; readonly data: unknown }
  | { readonly ok: false; readonly problems: readonly PolicyProblem[] } {
  const { tree, problems: syntax } = parsePolicyYaml(file, text);
  if (syntax.length > 0) return { ok: false, problems: syntax };
  const contents = tree.doc.contents;
  if (contents === null || (contents.range[0] === contents.range[1] && !isMap(contents))) {
    return {
      ok: false,
      problems: [problemAt(tree, { start: 0, end: 0 }, 'the policy file is empty; expected a mapping with `version: 1` and `clusters`')],
    };
  }
  if (!isMap(contents)) {
    return {
      ok: false,
      problems: [
        problemAt(
          tree,
          firstLineOf(tree, { start: contents.range[0], end: contents.range[1] }),
          'the policy must be a mapping of keys such as `version`, `clusters` and `rules`',
        ),
      ],
    };
  }
  try {
    // toJS throws on alias bombs (maxAliasCount); that is bad input, not a crash.
    return { ok: true, tree, data: tree.doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return {
      ok: false,
      problems: [
        problemAt(tree, { start: 0, end: 0 }, `cannot read the policy: ${error instanceof Error ? error.message : String(error)}`),
      ],
    };
  }
}

/**
 * Offsets of the keys that repeat an earlier key of the same mapping, as the `yaml` package's
 * `uniqueKeys` finds them (scalar keys equal by value, other keys never equal).
 */
function duplicateKeys(doc: Document.Parsed): number[] {
  const out: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const value = key.value;
        if (typeof value === 'number' && Number.isNaN(value)) continue;
        if (seen.has(value)) out.push(key.range?.[0] ?? 0);
        else seen.add(value);
      }
    },
  });
  return out;
}

/** The `yaml` package appends " at line L, column C" and a code excerpt; we position it ourselves. */
function yamlMessage(message: string): string {
  const firstLine = message.split('\n', 1)[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
}

export function locationOf(tree: PolicyFileTree, span: Span): PolicyLocation {
  const start = tree.lines.position(span.start);
  const end = tree.lines.position(Math.max(span.end, span.start));
  return { file: tree.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export function problemAt(tree: PolicyFileTree, span: Span, message: string): PolicyProblem {
  return { ...locationOf(tree, span), message };
}

export function spanOfNode(node: YamlNode | null | undefined): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return { start: range[0], end: range[1] };
}

/** What a JSON path points at: the value node, and the key node when the parent is a mapping. */
export interface NodeAt {
  readonly key?: YamlNode;
  readonly value?: YamlNode;
}

function keyText(node: unknown): string | undefined {
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  return undefined;
}

function deref(tree: PolicyFileTree, node: unknown): unknown {
  // Aliases resolve to their anchor so paths through `*ref` still find a node (bounded: an alias
  // never points at another alias in a parsed document).
  return isAlias(node) ? node.resolve(tree.doc) : node;
}

/**
 * Each mapping's entries by key text (the first entry of each text), built on first use: the
 * loader looks up a key for every problem it reports, and a policy may have thousands.
 */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairByKey(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const text = keyText(p.key);
      if (text !== undefined && !index.has(text)) index.set(text, p);
    }
    pairIndexes.set(map, index);
  }
  return index.get(key);
}

export function nodeAt(tree: PolicyFileTree, path: readonly PathSegment[]): NodeAt | undefined {
  let current: NodeAt = { value: tree.doc.contents ?? undefined };
  for (const segment of path) {
    const container = deref(tree, current.value);
    if (isMap(container)) {
      const pair = pairByKey(container, String(segment));
      if (!pair) return undefined;
      current = { key: pair.key as YamlNode, value: (pair.value ?? undefined) as YamlNode | undefined };
    } else if (isSeq(container) && typeof segment === 'number') {
      const item = container.items[segment];
      if (item === undefined) return undefined;
      current = { value: item as YamlNode };
    } else return undefined;
  }
  return current;
}

/** The key node of a mapping entry, found by the entry's key text. */
export function keyNodeAt(tree: PolicyFileTree, mapPath: readonly PathSegment[], key: string): YamlNode | undefined {
  const map = deref(tree, nodeAt(tree, mapPath)?.value);
  if (!isMap(map)) return undefined;
  return (pairByKey(map, key)?.key ?? undefined) as YamlNode | undefined;
}

/**
 * Where to point at a value: a scalar itself; a collection by its key (a whole mapping would
 * underline many lines), or, for a list item without a key, by its first key or first line.
 */
export function anchorSpan(tree: PolicyFileTree, path: readonly PathSegment[]): Span {
  const found = nodeAt(tree, path);
  if (found) {
    const value = found.value;
    const valueSpan = spanOfNode(value);
    if (value && (isScalar(value) || isAlias(value)) && valueSpan && valueSpan.end > valueSpan.start) return valueSpan;
    const keySpan = spanOfNode(found.key);
    if (keySpan) return keySpan;
    if (isMap(value)) {
      const first = value.items[0];
      const firstKey = spanOfNode((isPair(first) ? first.key : undefined) as YamlNode | undefined);
      if (firstKey) return firstKey;
    }
    if (valueSpan) return firstLineOf(tree, valueSpan);
  }
  // A path that no longer exists (should not happen): fall back to the closest ancestor.
  if (path.length > 0) return anchorSpan(tree, path.slice(0, -1));
  return firstLineOf(tree, { start: 0, end: tree.text.length });
}

/** The span cut at the end of its first line. */
export function firstLineOf(tree: PolicyFileTree, span: Span): Span {
  const { line } = tree.lines.position(span.start);
  const lineEnd = tree.lines.lineStart(line) + tree.lines.lineText(line).length;
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, lineEnd)) };
}

/** Location of the node at `path` (its full value range), falling back to `anchorSpan`. */
export function valueLocation(tree: PolicyFileTree, path: readonly PathSegment[]): PolicyLocation {
  const span = spanOfNode(nodeAt(tree, path)?.value);
  return locationOf(tree, span && span.end > span.start ? span : anchorSpan(tree, path));
}

export function anchorLocation(tree: PolicyFileTree, path: readonly PathSegment[]): PolicyLocation {
  return locationOf(tree, anchorSpan(tree, path));
}

export function keyLocation(tree: PolicyFileTree, mapPath: readonly PathSegment[], key: string): PolicyLocation {
  const span = spanOfNode(keyNodeAt(tree, mapPath, key));
  return locationOf(tree, span ?? anchorSpan(tree, mapPath));
}

/**
 * A position index built once at parse: where each key of the mapping at `path` is written, and
 * each key of the mappings directly under it (`anchorLocation` of `[...path, key]` and of
 * `[...path, key, sub]`), keyed by the relative path with dots (`match`, `match.paths`). What
 * later stages point at is looked up here, so no one parses a policy file again for a position.
 */
export function keyLocations(tree: PolicyFileTree, path: readonly PathSegment[]): Record<string, PolicyLocation> {
  // A Map, not an object, while building: a key such as `__proto__` is data here.
  const out = new Map<string, PolicyLocation>();
  const keysOf = (node: unknown): string[] => {
    const map = deref(tree, node);
    if (!isMap(map)) return [];
    return map.items.flatMap((p) => {
      const text = isPair(p) ? keyText(p.key) : undefined;
      return text === undefined ? [] : [text];
    });
  };
  for (const key of keysOf(nodeAt(tree, path)?.value)) {
    if (out.has(key)) continue;
    out.set(key, anchorLocation(tree, [...path, key]));
    for (const sub of keysOf(nodeAt(tree, [...path, key])?.value)) {
      if (!out.has(`${key}.${sub}`)) out.set(`${key}.${sub}`, anchorLocation(tree, [...path, key, sub]));
    }
  }
  return Object.fromEntries(out);
}

/** `clusters.prod.changefeeds[0].id`, for messages. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
