/**
 * Run-time validation with the same JSON Schema editors use (policies/policy.schema.json), and
 * translation of ajv's errors into positioned problems in plain words. The schema's own
 * `x-expected` annotations say what a value should be; `x-conflict` explains a `not`.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { closest, distance } from 'fastest-levenshtein';
import schemaJson from '../../../policies/policy.schema.json' with { type: 'json' };
import type { PathSegment, PolicyFileTree } from '../../parse/policy/yaml-tree.js';
import { anchorSpan, formatPath, keyNodeAt, problemAt, spanOfNode } from '../../parse/policy/yaml-tree.js';
import type { PolicyProblem } from './types.js';
import type { Span } from '../../core/types.js';
import { policyValidator } from './validator.js';

/** A JSON Schema node as this module reads it (only the keywords the messages use). */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly propertyNames?: SchemaNode;
  readonly items?: SchemaNode;
  readonly default?: unknown;
  readonly 'x-expected'?: string;
  readonly 'x-conflict'?: string;
  readonly [keyword: string]: unknown;
}

export const policySchema = schemaJson as unknown as SchemaNode;

/** Unknown keys listed one by one per file; more are counted in one problem. */
export const MAX_UNKNOWN_KEYS = 50;

/** Compiled at run time from source, generated at build time in the bundles (see there). */
const validator = policyValidator;

/** Validates one file's data; returns its problems (empty when the file matches the schema). */
export function schemaProblems(tree: PolicyFileTree, data: unknown): PolicyProblem[] {
  const validate = validator();
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames');
  // A misspelt required key yields "unknown key" (with its suggestion) and "missing key"; the
  // first says it all.
  const suggested = new Set<string>();
  const out: PolicyProblem[] = [];
  const seen = new Set<string>();
  const push = (p: PolicyProblem): void => {
    const id = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(p);
  };
  const unknown: { readonly span: Span; readonly message: string }[] = [];
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const path = pathOf(error.instancePath, data);
    const key = String(error.params['additionalProperty']);
    const allowed = Object.keys(resolve(error.parentSchema as SchemaNode).properties ?? {});
    const suggestion = suggest(key, allowed);
    if (suggestion) suggested.add(`${error.instancePath}/${suggestion}`);
    const keyNode = keyNodeAt(tree, path, key);
    const span = spanOfNode(keyNode) ?? anchorSpan(tree, path);
    const hint = suggestion
      ? `; did you mean \`${suggestion}\`?`
      : allowed.length > 0
        ? `; expected one of ${allowed.map((k) => `\`${k}\``).join(', ')}`
        : '';
    unknown.push({ span, message: `${where(path)}unknown key \`${key}\`${hint}` });
  }
  // A file of thousands of unknown keys is not a policy anyone wrote: the first ones are listed,
  // the rest counted in one problem at the first of them.
  const distinct = [...new Map(unknown.map((u) => [`${u.span.start}:${u.message}`, u])).values()].sort(
    (a, b) => a.span.start - b.span.start,
  );
  for (const u of distinct.slice(0, MAX_UNKNOWN_KEYS)) push(problemAt(tree, u.span, u.message));
  const firstUnlisted = distinct[MAX_UNKNOWN_KEYS];
  if (firstUnlisted) {
    const more = distinct.length - MAX_UNKNOWN_KEYS;
    push(
      problemAt(
        tree,
        firstUnlisted.span,
        `${more} more unknown keys from here on (only the first ${MAX_UNKNOWN_KEYS} are listed one by one)`,
      ),
    );
  }
  for (const error of errors) {
    if (error.keyword === 'additionalProperties') continue;
    const path = pathOf(error.instancePath, data);
    if (error.keyword === 'required') {
      const missing = String(error.params['missingProperty']);
      if (suggested.has(`${error.instancePath}/${missing}`)) continue;
      // A `required` inside `then` has no `properties` of its own: read them at the data's place.
      const property = resolve(resolve(error.parentSchema as SchemaNode).properties?.[missing] ?? schemaAt([...path, missing]));
      push(problemAt(tree, anchorSpan(tree, path), `${where(path)}missing required key \`${missing}\` (${expected(property)})`));
      continue;
    }
    if (error.propertyName !== undefined) {
      // An invalid key of a mapping (propertyNames): point at the key itself.
      const name = error.propertyName;
      const keyNode = keyNodeAt(tree, path, name);
      const span = spanOfNode(keyNode) ?? anchorSpan(tree, path);
      const schema = resolve(error.parentSchema as SchemaNode);
      const choices = (schema.enum ?? []).map(String);
      const suggestion = suggest(name, choices);
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : '';
      push(problemAt(tree, span, `${where(path)}\`${name}\` is not ${expected(schema)}${hint}`));
      continue;
    }
    // A conflict found through `dependentSchemas` is about the key that brings it in.
    const dependent = /\/dependentSchemas\/([^/]+)\/not$/.exec(error.schemaPath);
    const keyNode = dependent ? keyNodeAt(tree, path, decodePointer(dependent[1] ?? '')) : undefined;
    const span = spanOfNode(keyNode) ?? anchorSpan(tree, path);
    push(problemAt(tree, span, `${where(path)}${describeError(error)}`));
  }
  return out;
}

function describeError(error: ErrorObject): string {
  const schema = resolve(error.parentSchema as SchemaNode);
  const found = describeValue(error.data);
  switch (error.keyword) {
    case 'type':
    case 'pattern':
    case 'const':
      return `expected ${expected(schema)}, found ${found}`;
    case 'enum': {
      const suggestion = typeof error.data === 'string' ? suggest(error.data, (schema.enum ?? []).map(String)) : undefined;
      return `expected ${expected(schema)}, found ${found}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
    }
    case 'minItems':
      return `the list is empty; expected ${expected(schema)}`;
    case 'minProperties':
      return `must not be empty; expected ${expected(schema)}`;
    case 'maxProperties':
      return `too many keys; expected ${expected(schema)}`;
    case 'minLength':
      return `must not be empty; expected ${expected(schema)}`;
    case 'minimum':
      return `expected ${expected(schema)} of at least ${String(error.params['limit'])}, found ${found}`;
    case 'not':
      return schema['x-conflict'] ?? `${error.message ?? 'is not allowed here'}`;
    default:
      return error.message ?? 'does not match the policy schema';
  }
}

function where(path: readonly PathSegment[]): string {
  return path.length === 0 ? '' : `${formatPath(path)}: `;
}

/** What a schema node accepts, in words. */
export function expected(schema: SchemaNode | undefined): string {
  if (!schema) return 'a value';
  const resolved = resolve(schema);
  if (resolved['x-expected']) return resolved['x-expected'];
  if (resolved.enum) return `one of ${resolved.enum.map(String).join(', ')}`;
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  switch (type) {
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string';
    case 'integer':
      return 'a whole number';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return 'a value';
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${String(value)}\``;
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

/** Follows local `$ref`s (`#/$defs/x`), keeping the referring node's own annotations on top. */
export function resolve(schema: SchemaNode | undefined): SchemaNode {
  let node: SchemaNode = schema ?? {};
  for (let hops = 0; hops < 8 && typeof node.$ref === 'string'; hops++) {
    const target = lookupRef(node.$ref);
    const { $ref: _ignored, ...own } = node;
    node = { ...target, ...own, 'x-expected': own['x-expected'] ?? target['x-expected'] };
  }
  return node;
}

function lookupRef(ref: string): SchemaNode {
  if (!ref.startsWith('#/')) return {};
  let node: unknown = policySchema;
  for (const part of ref.slice(2).split('/')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[decodePointer(part)] : undefined;
  }
  return (node ?? {}) as SchemaNode;
}

function decodePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** JSON pointer → path segments, with list indices as numbers (they address YAML sequences). */
function pathOf(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const part = decodePointer(raw);
    if (Array.isArray(node)) {
      const index = Number(part);
      path.push(index);
      node = node[index];
    } else {
      path.push(part);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  return path;
}

/** The closest allowed word when it is plausibly a typo (at most a third of the word differs). */
export function suggest(word: string, choices: readonly string[]): string | undefined {
  if (choices.length === 0 || word === '') return undefined;
  const lower = word.toLowerCase();
  const exactCase = choices.find((c) => c.toLowerCase() === lower || c === lower.replace(/-/g, '_') || c === lower.replace(/_/g, '-'));
  if (exactCase) return exactCase;
  if (lower.length >= 3) {
    const extended = choices.filter((c) => c.toLowerCase().startsWith(lower));
    if (extended.length === 1) return extended[0];
  }
  const best = closest(lower, [...choices]);
  return distance(lower, best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** Schema node at a data path (for defaults, and what a place expects). */
export function schemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(policySchema);
  for (const part of path) {
    if (!node) return undefined;
    const next: SchemaNode | undefined =
      typeof part === 'number'
        ? node.items
        : (node.properties?.[part] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined));
    node = next ? resolve(next) : undefined;
  }
  return node;
}
