/**
 * A boolean algebra of table sets with an exact witness search (see index.ts for the design).
 *
 * A `TableSet` is a formula over atoms; an atom is the set {(s, t) : s ∈ S, t ∈ T} for one
 * schema automaton S and one table automaton T (either may be "everything"). Names are non-empty.
 *
 * Over 400 lines on purpose: one algebra (union, intersection, difference, witness search) over
 * one representation; its operations call each other and are tested as a whole.
 */
import { MAX_CODE_POINT, hasChar, lowerKindChangers, lowerName, unionChars, type CharSet } from './charset.js';
import { lastMatchWins, type LastMatchAlgebra } from './last-match.js';
import { acceptsAtEnd, closedState, dstate, edgePoints, resetIfLarge, steppedState, type DState } from './dfa.js';
import { Assert, BOUNDARY, charKind, nfaMatches, type Nfa } from './nfa.js';
import { ALL_PART, SYSTEM_SCHEMAS, literalPart, type PartPattern, type TableFilter, type TableName } from './table-filter.js';

interface Atom {
  readonly id: number;
  /** undefined = every name */
  readonly schema: Nfa | undefined;
  readonly table: Nfa | undefined;
  readonly literalChars: CharSet;
}

type Formula =
  | { readonly k: 'const'; readonly value: boolean }
  | { readonly k: 'atom'; readonly atom: Atom }
  | { readonly k: 'and'; readonly xs: readonly Formula[] }
  | { readonly k: 'or'; readonly xs: readonly Formula[] }
  | { readonly k: 'not'; readonly x: Formula };

/** An immutable set of `schema.table` names. Build it with the functions below; treat it as opaque. */
export type TableSet = Formula;

export const ALL_TABLES: TableSet = { k: 'const', value: true };
export const NO_TABLES: TableSet = { k: 'const', value: false };

let nextAtomId = 0;

/**
 * An atom of two rule parts, reading their automata and characters only when a search asks: a
 * literal part builds its automaton on first use (table-filter.ts), and most atoms (the exact
 * table of an import) are never searched. A class, so that a million atoms share their accessors.
 */
class PartAtom implements Atom {
  readonly id: number;
  readonly #schemaPart: PartPattern;
  readonly #tablePart: PartPattern;
  #literalChars: CharSet | undefined;
  // The automata, once asked for (null: every name). Read in every step of a search, so kept here
  // rather than asked of the part's own accessor each time.
  #schema: Nfa | null | undefined;
  #table: Nfa | null | undefined;
  constructor(schema: PartPattern, table: PartPattern) {
    this.id = nextAtomId++;
    this.#schemaPart = schema;
    this.#tablePart = table;
  }
  get schema(): Nfa | undefined {
    if (this.#schema === undefined) this.#schema = this.#schemaPart.all ? null : (this.#schemaPart.nfa ?? null);
    return this.#schema ?? undefined;
  }
  get table(): Nfa | undefined {
    if (this.#table === undefined) this.#table = this.#tablePart.all ? null : (this.#tablePart.nfa ?? null);
    return this.#table ?? undefined;
  }
  get literalChars(): CharSet {
    this.#literalChars ??= unionChars(this.#schemaPart.literalChars, this.#tablePart.literalChars);
    return this.#literalChars;
  }
  /** Whether the atom holds `name`: a literal part compares strings (table-filter.ts `matchPart`), others run their automaton. */
  holds(name: TableName): boolean {
    return partHolds(this.#schemaPart, name.schema) && partHolds(this.#tablePart, name.table);
  }
  /** Names the two parts: atoms of the same parts are the same set to a search. */
  get shape(): string {
    return `${partNumber(this.#schemaPart)}.${partNumber(this.#tablePart)}`;
  }
}

function partHolds(part: PartPattern, name: string): boolean {
  if (part.all) return true;
  if (part.literal !== undefined && part.caseSensitive !== undefined) return (part.caseSensitive ? name : lowerName(name)) === part.literal;
  return part.nfa === undefined || nfaMatches(part.nfa, name);
}

const partNumbers = new WeakMap<PartPattern, number>();
let nextPartNumber = 0;

function partNumber(part: PartPattern): number {
  let n = partNumbers.get(part);
  if (n === undefined) {
    n = nextPartNumber++;
    partNumbers.set(part, n);
  }
  return n;
}

function atomOf(schema: PartPattern, table: PartPattern): TableSet {
  if (schema.all && table.all) return ALL_TABLES;
  return { k: 'atom', atom: new PartAtom(schema, table) };
}

/** The set {(s, t) : s matches `schema`, t matches `table`} of two compiled rule parts. */
export function atomFromParts(schema: PartPattern, table: PartPattern): TableSet {
  return atomOf(schema, table);
}

export function intersect(...sets: TableSet[]): TableSet {
  const xs: Formula[] = [];
  for (const s of sets) {
    if (s.k === 'const') {
      if (!s.value) return NO_TABLES;
    } else if (s.k === 'and') xs.push(...s.xs);
    else xs.push(s);
  }
  if (xs.length === 0) return ALL_TABLES;
  return xs.length === 1 ? xs[0]! : { k: 'and', xs };
}

export function union(...sets: TableSet[]): TableSet {
  const xs: Formula[] = [];
  for (const s of sets) {
    if (s.k === 'const') {
      if (s.value) return ALL_TABLES;
    } else if (s.k === 'or') xs.push(...s.xs);
    else xs.push(s);
  }
  if (xs.length === 0) return NO_TABLES;
  return xs.length === 1 ? xs[0]! : { k: 'or', xs };
}

export function complement(set: TableSet): TableSet {
  if (set.k === 'const') return set.value ? NO_TABLES : ALL_TABLES;
  if (set.k === 'not') return set.x;
  return { k: 'not', x: set };
}

export function subtract(a: TableSet, b: TableSet): TableSet {
  return intersect(a, complement(b));
}

const filterSets = new WeakMap<TableFilter, TableSet>();

const SET_ALGEBRA: LastMatchAlgebra<TableSet> = { none: NO_TABLES, union: (a, b) => union(a, b), subtract };

/**
 * Tables the filter accepts: the last matching rule wins. Built with logarithmic depth
 * (last-match.ts), so the recursive walks below stay shallow for any number of rules.
 */
export function filterSet(filter: TableFilter): TableSet {
  const cached = filterSets.get(filter);
  if (cached !== undefined) return cached;
  const rules = filter.compiled.map((rule) => ({ positive: rule.positive, matched: atomOf(rule.schema, rule.table) }));
  const set = lastMatchWins(rules, SET_ALGEBRA);
  filterSets.set(filter, set);
  return set;
}

/** Exactly these tables (compared case-insensitively unless `caseSensitive`). */
export function exactSet(names: readonly TableName[], caseSensitive: boolean): TableSet {
  return union(...names.map((n) => atomOf(literalPart(n.schema, caseSensitive), literalPart(n.table, caseSensitive))));
}

/** Every table of these databases; `'*'` means every database. */
export function schemaSet(schemas: readonly string[], caseSensitive: boolean): TableSet {
  return union(...schemas.map((s) => (s === '*' ? ALL_TABLES : atomOf(literalPart(s, caseSensitive), ALL_PART))));
}

let systemTables: TableSet | undefined;

/** Every table outside the system schemas (mysql, sys, information_schema, ...; any case). */
export function userTables(): TableSet {
  systemTables ??= schemaSet(SYSTEM_SCHEMAS, false);
  return complement(systemTables);
}

// ---- membership -------------------------------------------------------------------------------

function evaluate(f: Formula, atomHolds: (atom: Atom) => boolean): boolean {
  switch (f.k) {
    case 'const':
      return f.value;
    case 'atom':
      return atomHolds(f.atom);
    case 'and':
      return f.xs.every((x) => evaluate(x, atomHolds));
    case 'or':
      return f.xs.some((x) => evaluate(x, atomHolds));
    case 'not':
      return !evaluate(f.x, atomHolds);
  }
}

/**
 * The atoms' answers for the name `setHas` was last asked about. One name is tested against many
 * sets that share atoms (every changefeed of a cluster shares the cluster's exemptions), so each
 * atom's automata run once per name, not once per set.
 */
let memoName: string | undefined;
let memoAtoms = new Map<Atom, boolean>();

function atomHolds(a: Atom, name: TableName): boolean {
  return (a.schema === undefined || nfaMatches(a.schema, name.schema)) && (a.table === undefined || nfaMatches(a.table, name.table));
}

/** Whether the set contains `name`. */
export function setHas(set: TableSet, name: TableName): boolean {
  if (name.schema === '' || name.table === '') return false;
  // A filter's formula refers to each rule's atom about log(rules) times (last-match.ts), and many
  // sets share atoms: each atom is matched once per name.
  const key = `${name.schema.length}:${name.schema}.${name.table}`;
  if (key !== memoName) {
    memoName = key;
    memoAtoms = new Map();
  }
  const memo = memoAtoms;
  return evaluate(set, (a) => {
    let holds = memo.get(a);
    if (holds === undefined) {
      holds = a instanceof PartAtom ? a.holds(name) : atomHolds(a, name);
      memo.set(a, holds);
    }
    return holds;
  });
}

// ---- witness search -----------------------------------------------------------------------------

export interface Witness {
  readonly table: TableName;
  /** false: a search bound was hit, so the set is only assumed to overlap (the name is a guess). */
  readonly exact: boolean;
}

export interface WitnessOptions {
  /** Names to return first when they are in the set (e.g. the exact tables a job writes). */
  readonly prefer?: readonly TableName[];
}

/** Bounds that keep every search small; hitting one yields `exact: false`. */
const LIMITS = { statesPerSide: 4000, transitions: 150_000 };

function collectAtoms(f: Formula, out: Map<number, Atom>): Map<number, Atom> {
  switch (f.k) {
    case 'atom':
      out.set(f.atom.id, f.atom);
      break;
    case 'and':
    case 'or':
      for (const x of f.xs) collectAtoms(x, out);
      break;
    case 'not':
      collectAtoms(f.x, out);
      break;
    case 'const':
      break;
  }
  return out;
}

/** One half of a `schema.table` name. */
export type Side = 'schema' | 'table';

/**
 * Replaces the atoms decided by one side's accepted atoms (`accepted`: ids whose `side` automaton
 * accepts the name); the rest are left for a search on the other side.
 */
function residual(f: Formula, accepted: ReadonlySet<number>, side: Side = 'schema'): Formula {
  switch (f.k) {
    case 'const':
      return f;
    case 'atom': {
      const a = f.atom;
      const [decided, other] = side === 'schema' ? [a.schema, a.table] : [a.table, a.schema];
      if (decided !== undefined && !accepted.has(a.id)) return NO_TABLES;
      return other === undefined ? ALL_TABLES : f;
    }
    case 'and':
      return intersect(...f.xs.map((x) => residual(x, accepted, side)));
    case 'or':
      return union(...f.xs.map((x) => residual(x, accepted, side)));
    case 'not':
      return complement(residual(f.x, accepted, side));
  }
}

interface Budget {
  transitions: number;
  exhausted: boolean;
  /** A search skipped a cell whose only characters are control characters. */
  skippedUgly?: boolean;
}

/** Readability order for representative characters: lower rank is preferred. */
function makeRanker(literalChars: CharSet): (c: number) => number {
  const classRank = (c: number): number => {
    if (c >= 0x61 && c <= 0x7a) return 0;
    if (c >= 0x30 && c <= 0x39) return 1;
    if (c >= 0x41 && c <= 0x5a) return 2;
    if (c === 0x5f) return 3;
    if (c === 0x24) return 4;
    if (c > 0x20 && c < 0x7f) return 5;
    if (c === 0x20) return 6;
    if (c > 0xa0) return 7;
    return 9; // control characters: only when nothing else will do
  };
  return (c) => (hasChar(literalChars, c) && classRank(c) < 7 ? 0 : 10) + classRank(c);
}

function isUglyChar(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0xa0);
}

const PREFERRED_CANDIDATES: readonly number[] = (() => {
  const out: number[] = [];
  for (let c = 0x61; c <= 0x7a; c++) out.push(c);
  for (let c = 0x30; c <= 0x39; c++) out.push(c);
  for (let c = 0x41; c <= 0x5a; c++) out.push(c);
  out.push(0x5f, 0x24);
  for (let c = 0x21; c < 0x7f; c++) if (!out.includes(c)) out.push(c);
  out.push(0x20);
  return out;
})();

let kindBoundaries: readonly number[] | undefined;

const contextual = new WeakMap<Nfa, boolean>();

/** Whether an automaton has assertions that look at neighbouring characters (`\b`, `(?m)^`). */
function needsCharKinds(nfa: Nfa): boolean {
  let result = contextual.get(nfa);
  if (result === undefined) {
    result = nfa.eps.some((edges) => edges.some((e) => e.assert >= Assert.LineStart));
    contextual.set(nfa, result);
  }
  return result;
}

const SURROGATE_BOUNDARIES: readonly number[] = [0xd800, 0xe000];

/** Points where a character's kind (word, newline, lowered word) changes, plus the surrogates. */
function fixedBoundaries(): readonly number[] {
  if (kindBoundaries === undefined) {
    const points = [0x0a, 0x0b, 0x30, 0x3a, 0x41, 0x5b, 0x5f, 0x60, 0x61, 0x7b, 0xd800, 0xe000];
    for (const c of lowerKindChangers()) points.push(c, c + 1);
    kindBoundaries = points;
  }
  return kindBoundaries;
}

/** Index of the first element >= `value` in a sorted array. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Cell {
  readonly rep: number;
  readonly rank: number;
}

/** Position of each character in PREFERRED_CANDIDATES (-1: not a candidate), for `preferredIn`. */
const PREFERRED_POSITION: Int16Array = (() => {
  const out = new Int16Array(0x80).fill(-1);
  PREFERRED_CANDIDATES.forEach((c, i) => {
    out[c] = i;
  });
  return out;
})();

/** The first of PREFERRED_CANDIDATES in `[lo, hi]` (as `PREFERRED_CANDIDATES.find`), or undefined. */
function preferredIn(lo: number, hi: number): number | undefined {
  let best: number | undefined;
  let bestPosition = Infinity;
  for (let c = lo; c <= hi && c < 0x80; c++) {
    const position = PREFERRED_POSITION[c]!;
    if (position >= 0 && position < bestPosition) {
      bestPosition = position;
      best = c;
    }
  }
  return best;
}

/** One representative per cell of the alphabet partition induced by the live edges. */
function cells(
  nfas: readonly Nfa[],
  sets: readonly DState[],
  rank: (c: number) => number,
  literals: readonly number[],
  withKinds: boolean,
): Cell[] {
  // The cells' boundaries: 0, the fixed points, and those of every live automaton, sorted and distinct.
  const fixed = withKinds ? fixedBoundaries() : SURROGATE_BOUNDARIES;
  let count = 1 + fixed.length;
  for (let i = 0; i < nfas.length; i++) if (sets[i]!.states.length > 0) count += edgePoints(nfas[i]!, sets[i]!).length;
  const all = new Int32Array(count);
  let at = 1;
  for (const p of fixed) all[at++] = p;
  for (let i = 0; i < nfas.length; i++) {
    if (sets[i]!.states.length === 0) continue;
    for (const p of edgePoints(nfas[i]!, sets[i]!)) all[at++] = p;
  }
  all.sort();
  const sorted: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const p = all[i]!;
    if (p > MAX_CODE_POINT) break;
    if (sorted.length === 0 || sorted[sorted.length - 1] !== p) sorted.push(p);
  }
  const out: Cell[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const lo = sorted[i]!;
    const hi = (sorted[i + 1] ?? MAX_CODE_POINT + 1) - 1;
    if (lo >= 0xd800 && hi <= 0xdfff) continue;
    let rep: number | undefined;
    let best = Infinity;
    for (let j = firstAtLeast(literals, lo); j < literals.length && literals[j]! <= hi; j++) {
      const c = literals[j]!;
      if (rank(c) < best) {
        best = rank(c);
        rep = c;
      }
    }
    const preferred = preferredIn(lo, hi);
    if (preferred !== undefined && rank(preferred) < best) rep = preferred;
    if (rep === undefined) {
      rep = hi >= 0xa1 ? Math.max(lo, 0xa1) : lo;
    }
    out.push({ rep, rank: rank(rep) });
  }
  return out.sort((a, b) => a.rank - b.rank || a.rep - b.rep);
}

/**
 * The cells of a search's nodes, remembered per tuple of automaton states: they depend on nothing
 * else while the ranking and the literal characters stay the same (one `search`, or one
 * `project`), and many nodes of its searches share their states.
 */
type CellMemo = Map<string, Cell[]>;

interface SearchNode {
  readonly sets: readonly DState[];
  /** The live (non-empty) states' positions and ids, which name the tuple: the others are empty. */
  readonly ids: string;
  readonly prev: number;
  readonly text: string;
}

function idsOf(sets: readonly DState[]): string {
  let out = '';
  for (let i = 0; i < sets.length; i++) if (sets[i]!.states.length > 0) out += `${i}:${sets[i]!.id},`;
  return out;
}

/**
 * Breadth-first search over the product of the determinized automata: visits names in order of
 * length (then readability) and calls `visit` with each non-empty name's accepted components;
 * stops when `visit` returns true. Returns the stopping name, or undefined when the space was
 * exhausted (or a bound was hit: `budget.exhausted`). The automata are determinized through the
 * interned states of dfa.ts; `memo` holds the cells of this ranking and these literals.
 */
function searchNames(
  nfas: readonly Nfa[],
  rank: (c: number) => number,
  literals: readonly number[],
  allowUgly: boolean,
  budget: Budget,
  visit: (name: string, accepted: readonly boolean[]) => boolean,
  memo: CellMemo = new Map(),
): string | undefined {
  const startSets = nfas.map((n) => dstate(n, [n.start]));
  const start: SearchNode = { sets: startSets, ids: idsOf(startSets), prev: BOUNDARY, text: '' };
  const seen = new Set<string>([`${start.prev}|${start.ids}`]);
  let frontier: SearchNode[] = [start];
  // Without neighbour-looking assertions every character has the same kind: fewer states and cells.
  const withKinds = nfas.some(needsCharKinds);
  // State ids are unique across automata, so they alone name the tuple.
  const memoPrefix = withKinds ? 'k|' : '|';
  const live: number[] = [];
  while (frontier.length > 0) {
    const nextFrontier: SearchNode[] = [];
    for (const node of frontier) {
      if (node.text !== '') {
        const accepted = nfas.map((nfa, i) => acceptsAtEnd(nfa, node.sets[i]!, node.prev));
        if (visit(node.text, accepted)) return node.text;
      }
      const cellKey = memoPrefix + node.ids;
      let nodeCells = memo.get(cellKey);
      if (nodeCells === undefined) {
        nodeCells = cells(nfas, node.sets, rank, literals, withKinds);
        memo.set(cellKey, nodeCells);
      }
      // Only the automata still alive move; an empty state stays empty.
      live.length = 0;
      for (let i = 0; i < nfas.length; i++) if (node.sets[i]!.states.length > 0) live.push(i);
      for (const cell of nodeCells) {
        if (--budget.transitions < 0) {
          budget.exhausted = true;
          return undefined;
        }
        const kind = withKinds ? charKind(cell.rep) : 0;
        let ids = '';
        let moved: DState[] | undefined;
        for (const i of live) {
          const nfa = nfas[i]!;
          const to = steppedState(nfa, closedState(nfa, node.sets[i]!, node.prev, kind), cell.rep);
          if (to.states.length > 0) ids += `${i}:${to.id},`;
          (moved ??= [])[i] = to;
        }
        const k = `${kind}|${ids}`;
        if (seen.has(k)) continue;
        if (!allowUgly && isUglyChar(cell.rep)) {
          // Ugly cells come last; only a state no readable character reaches is a loss.
          budget.skippedUgly = true;
          continue;
        }
        if (seen.size >= LIMITS.statesPerSide) {
          budget.exhausted = true;
          return undefined;
        }
        seen.add(k);
        const sets = node.sets.slice();
        for (const i of live) sets[i] = moved![i]!;
        nextFrontier.push({ sets, ids, prev: kind, text: node.text + String.fromCodePoint(cell.rep) });
      }
    }
    frontier = nextFrontier;
  }
  return undefined;
}

function literalList(set: CharSet): number[] {
  const out: number[] = [];
  for (let i = 0; i < set.length && out.length < 256; i += 2) {
    for (let c = set[i]!; c <= set[i + 1]! && out.length < 256; c++) out.push(c);
  }
  return out;
}

/**
 * The distinct automata on one side of `atoms` (atoms often share one: every rule naming the same
 * schema), with a function from a search's per-automaton acceptance to the accepted atom ids.
 */
function sideOf(atoms: readonly Atom[], side: Side): { nfas: Nfa[]; acceptedIds: (accepted: readonly boolean[]) => Set<number> } {
  const nfas: Nfa[] = [];
  const indexOf = new Map<Nfa, number>();
  const owners: { id: number; index: number }[] = [];
  for (const a of atoms) {
    const nfa = side === 'schema' ? a.schema : a.table;
    if (nfa === undefined) continue;
    let index = indexOf.get(nfa);
    if (index === undefined) {
      index = nfas.push(nfa) - 1;
      indexOf.set(nfa, index);
    }
    owners.push({ id: a.id, index });
  }
  // Many names share one acceptance pattern: each pattern's set is made once.
  const byPattern = new Map<string, Set<number>>();
  const acceptedIds = (accepted: readonly boolean[]): Set<number> => {
    let pattern = '';
    for (const b of accepted) pattern += b ? '1' : '0';
    let ids = byPattern.get(pattern);
    if (ids === undefined) {
      ids = new Set(owners.filter((o) => accepted[o.index]).map((o) => o.id));
      byPattern.set(pattern, ids);
    }
    return ids;
  };
  return { nfas, acceptedIds };
}

function search(set: TableSet, allowUgly: boolean, budget: Budget): { found?: TableName; guess?: string } {
  const atoms = [...collectAtoms(set, new Map()).values()];
  const literalChars = atoms.reduce<CharSet>((acc, a) => unionChars(acc, a.literalChars), []);
  const rank = makeRanker(literalChars);
  const literals = literalList(literalChars);
  const schemaSide = sideOf(atoms, 'schema');
  const tried = new Set<string>();
  let found: TableName | undefined;
  let guess: string | undefined;
  const memo: CellMemo = new Map();
  searchNames(
    schemaSide.nfas,
    rank,
    literals,
    allowUgly,
    budget,
    (schema, accepted) => {
      const acceptedIds = schemaSide.acceptedIds(accepted);
      const signature = [...acceptedIds].join(',');
      if (tried.has(signature)) return false;
      tried.add(signature);
      const rest = residual(set, acceptedIds);
      if (rest.k === 'const' && !rest.value) return false;
      guess ??= schema;
      const tableSide = sideOf([...collectAtoms(rest, new Map()).values()], 'table');
      const table = searchNames(
        tableSide.nfas,
        rank,
        literals,
        allowUgly,
        budget,
        (_, tableAccepted) => {
          const ids = tableSide.acceptedIds(tableAccepted);
          return evaluate(rest, (a) => ids.has(a.id));
        },
        memo,
      );
      if (table !== undefined) found = { schema, table };
      return table !== undefined || budget.exhausted;
    },
    memo,
  );
  return { ...(found ? { found } : {}), ...(guess !== undefined ? { guess } : {}) };
}

/**
 * One concrete table in the set, or undefined when the set is empty. Shortest schema first, then
 * shortest table, in readable characters (those written in the patterns, then `a`, `b`, ...).
 * `exact: false` means a bound was hit and the set is only assumed non-empty.
 */
export function findWitness(set: TableSet, options: WitnessOptions = {}): Witness | undefined {
  resetIfLarge();
  for (const name of options.prefer ?? []) {
    if (setHas(set, name)) return { table: name, exact: true };
  }
  if (set.k === 'const') return set.value ? { table: { schema: 'a', table: 'a' }, exact: true } : undefined;
  const shape = shapeOf(set);
  if (shape !== undefined && searched.has(shape)) return searched.get(shape);
  const witness = searchWitness(set);
  if (shape !== undefined) {
    if (searchedLength > MAX_SEARCHED_LENGTH) {
      searched.clear();
      searchedLength = 0;
    }
    searched.set(shape, witness);
    searchedLength += shape.length;
  }
  return witness;
}

/**
 * Searches already made, by the shape of their set (`shapeOf`): a repository's jobs ask about the
 * same filters against the same protected sets again and again, through sets built afresh each
 * time. Bounded by the length of the keys kept.
 */
const searched = new Map<string, Witness | undefined>();
let searchedLength = 0;
const MAX_SEARCHED_LENGTH = 4_000_000;

/**
 * The formula written with its atoms' parts (each compiled part has a number): two sets of one
 * shape are the same set, and a search over them visits the same names. Undefined when an atom is
 * not made of parts (a projection's), which is then searched every time.
 */
function shapeOf(f: Formula): string | undefined {
  switch (f.k) {
    case 'const':
      return f.value ? 'T' : 'F';
    case 'atom':
      return f.atom instanceof PartAtom ? f.atom.shape : undefined;
    case 'not': {
      const x = shapeOf(f.x);
      return x === undefined ? undefined : `!${x}`;
    }
    case 'and':
    case 'or': {
      let out = f.k === 'and' ? '&(' : '|(';
      for (const x of f.xs) {
        const shape = shapeOf(x);
        if (shape === undefined) return undefined;
        out += `${shape},`;
      }
      return `${out})`;
    }
  }
}

function searchWitness(set: TableSet): Witness | undefined {
  const budget: Budget = { transitions: LIMITS.transitions, exhausted: false };
  const readable = search(set, false, budget);
  if (readable.found) return { table: readable.found, exact: true };
  let guess = readable.guess;
  if (!budget.exhausted && !budget.skippedUgly) return undefined;
  if (!budget.exhausted) {
    // Nothing in printable names: look again allowing control characters (still exact).
    const any = search(set, true, budget);
    if (any.found) return { table: any.found, exact: true };
    guess ??= any.guess;
    if (!budget.exhausted) return undefined;
  }
  return { table: { schema: guess ?? 'a', table: 'a' }, exact: false };
}

export function isEmptySet(set: TableSet): boolean {
  return findWitness(set) === undefined;
}

/** Drops one side of every atom (a residual formula only constrains the other side). */
function keepOnly(f: Formula, side: Side): Formula {
  switch (f.k) {
    case 'const':
      return f;
    case 'atom': {
      const a = f.atom;
      const schema = side === 'schema' ? a.schema : undefined;
      const table = side === 'table' ? a.table : undefined;
      if (schema === undefined && table === undefined) return ALL_TABLES;
      return { k: 'atom', atom: { id: nextAtomId++, schema, table, literalChars: a.literalChars } };
    }
    case 'and':
      return intersect(...f.xs.map((x) => keepOnly(x, side)));
    case 'or':
      return union(...f.xs.map((x) => keepOnly(x, side)));
    case 'not':
      return complement(keepOnly(f.x, side));
  }
}

/**
 * Existential projection: every (s, t) such that some name on the dropped side completes it to a
 * member of `set`; e.g. `project(set, 'table')` is "any schema" × {t : ∃s (s, t) ∈ set}. Exact: it
 * enumerates the distinct ways a dropped-side name can satisfy the atoms. Undefined when a search
 * bound is hit (the caller over-approximates).
 */
export function project(set: TableSet, keep: Side): TableSet | undefined {
  if (set.k === 'const') return set;
  resetIfLarge();
  const dropped: Side = keep === 'table' ? 'schema' : 'table';
  const atoms = [...collectAtoms(set, new Map()).values()];
  const side = sideOf(atoms, dropped);
  const budget: Budget = { transitions: LIMITS.transitions, exhausted: false };
  const parts: TableSet[] = [];
  const seen = new Set<string>();
  searchNames(
    side.nfas,
    () => 0,
    [],
    true,
    budget,
    (_name, accepted) => {
      const ids = side.acceptedIds(accepted);
      const signature = [...ids].join(',');
      if (!seen.has(signature)) {
        seen.add(signature);
        parts.push(keepOnly(residual(set, ids, dropped), keep));
      }
      return false;
    },
  );
  return budget.exhausted ? undefined : union(...parts);
}
