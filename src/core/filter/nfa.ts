/**
 * Nondeterministic automata over Unicode code points: one compiled form serves both matching a
 * name (Thompson simulation, linear in the name, so no pattern can make matching hang) and the
 * set algebra's witness search (sets.ts determinizes them on the fly).
 *
 * Zero-width assertions (`^`, `$`, `\A`, `\z`, `\b`, `\B`) are epsilon edges guarded by a test on
 * the kinds of the previous and next characters, which keeps them exact in both uses.
 */
import { hasChar, isWordChar, lowerCodePoint, type CharSet } from './charset.js';

export const Assert = {
  None: 0,
  TextStart: 1,
  TextEnd: 2,
  LineStart: 3,
  LineEnd: 4,
  WordBoundary: 5,
  NotWordBoundary: 6,
  /** `\b` in a case-insensitive filter: TiDB tests it on the lowercased name. */
  LoweredWordBoundary: 7,
  LoweredNotWordBoundary: 8,
} as const;
export type Assert = (typeof Assert)[keyof typeof Assert];

/** Regular-expression tree shared by the wildcard and `/regex/` front ends. */
export type Re =
  | { readonly k: 'empty' }
  | { readonly k: 'chars'; readonly set: CharSet }
  | { readonly k: 'cat'; readonly xs: readonly Re[] }
  | { readonly k: 'alt'; readonly xs: readonly Re[] }
  | { readonly k: 'rep'; readonly x: Re; readonly min: number; readonly max: number } // max -1 = unbounded
  | { readonly k: 'assert'; readonly a: Assert };

export interface Nfa {
  readonly start: number;
  readonly accept: number;
  /** Per state: consuming edges. */
  readonly edges: readonly (readonly { readonly set: CharSet; readonly to: number }[])[];
  /** Per state: epsilon edges, possibly guarded by an assertion. */
  readonly eps: readonly (readonly { readonly to: number; readonly assert: Assert }[])[];
}

/** Upper bound on automaton size; bigger expressions are rejected like RE2's "expression too large". */
export const MAX_NFA_STATES = 100_000;

/** Number of states `compileRe` would create (computed without building, to reject huge repeats). */
export function reSize(re: Re): number {
  switch (re.k) {
    case 'empty':
      return 0;
    case 'chars':
    case 'assert':
      return 1;
    case 'cat':
      return re.xs.reduce((n, x) => n + reSize(x), 0);
    case 'alt':
      return re.xs.reduce((n, x) => n + reSize(x) + 1, 1);
    case 'rep': {
      const copies = re.max === -1 ? re.min + 1 : re.max;
      return Math.min(Number.MAX_SAFE_INTEGER, reSize(re.x) * copies + copies + 2);
    }
  }
}

/**
 * Compiles a tree. `mapChars` rewrites every consuming class (used to turn a class tested on a
 * lowercased name into one tested on the name as written).
 */
export function compileRe(re: Re, mapChars: (set: CharSet) => CharSet = (s) => s): Nfa {
  const edges: { set: CharSet; to: number }[][] = [];
  const eps: { to: number; assert: Assert }[][] = [];
  const newState = (): number => {
    edges.push([]);
    eps.push([]);
    return edges.length - 1;
  };
  const link = (from: number, to: number, assert: Assert = Assert.None): void => {
    eps[from]!.push({ to, assert });
  };
  const cache = new Map<CharSet, CharSet>();
  const emit = (node: Re, entry: number): number => {
    switch (node.k) {
      case 'empty':
        return entry;
      case 'chars': {
        const exit = newState();
        let set = cache.get(node.set);
        if (set === undefined) {
          set = mapChars(node.set);
          cache.set(node.set, set);
        }
        if (set.length > 0) edges[entry]!.push({ set, to: exit });
        return exit;
      }
      case 'assert': {
        const exit = newState();
        link(entry, exit, node.a);
        return exit;
      }
      case 'cat':
        return node.xs.reduce((at, x) => emit(x, at), entry);
      case 'alt': {
        const exit = newState();
        for (const x of node.xs) {
          const branch = newState();
          link(entry, branch);
          link(emit(x, branch), exit);
        }
        return exit;
      }
      case 'rep': {
        let at = entry;
        for (let i = 0; i < node.min; i++) at = emit(node.x, at);
        if (node.max === -1) {
          const loop = newState();
          link(at, loop);
          link(emit(node.x, loop), loop);
          return loop;
        }
        for (let i = node.min; i < node.max; i++) {
          const next = newState();
          link(at, next);
          link(emit(node.x, at), next);
          at = next;
        }
        return at;
      }
    }
  };
  const start = newState();
  const accept = emit(re, start);
  return { start, accept, edges, eps };
}

// ---- character kinds, for assertions ---------------------------------------------------------

/** Kind of the position before the first or after the last character. */
export const BOUNDARY = 8;
const WORD = 1;
const NEWLINE = 2;
const LOWERED_WORD = 4;

/** What assertions need to know about a character (its word-ness as written and lowercased). */
export function charKind(c: number): number {
  return (isWordChar(c) ? WORD : 0) | (c === 10 ? NEWLINE : 0) | (isWordChar(lowerCodePoint(c)) ? LOWERED_WORD : 0);
}

function assertionHolds(assert: Assert, prev: number, next: number): boolean {
  const isWord = (kind: number, bit: number): boolean => kind !== BOUNDARY && (kind & bit) !== 0;
  switch (assert) {
    case Assert.None:
      return true;
    case Assert.TextStart:
      return prev === BOUNDARY;
    case Assert.TextEnd:
      return next === BOUNDARY;
    case Assert.LineStart:
      return prev === BOUNDARY || (prev & NEWLINE) !== 0;
    case Assert.LineEnd:
      return next === BOUNDARY || (next & NEWLINE) !== 0;
    case Assert.WordBoundary:
      return isWord(prev, WORD) !== isWord(next, WORD);
    case Assert.NotWordBoundary:
      return isWord(prev, WORD) === isWord(next, WORD);
    case Assert.LoweredWordBoundary:
      return isWord(prev, LOWERED_WORD) !== isWord(next, LOWERED_WORD);
    case Assert.LoweredNotWordBoundary:
      return isWord(prev, LOWERED_WORD) === isWord(next, LOWERED_WORD);
  }
}

/** States reachable through epsilon edges whose assertions hold between `prev` and `next`. */
export function closure(nfa: Nfa, states: readonly number[], prev: number, next: number): number[] {
  const seen = new Set<number>(states);
  const stack = [...states];
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (const e of nfa.eps[s]!) {
      if (!seen.has(e.to) && assertionHolds(e.assert, prev, next)) {
        seen.add(e.to);
        stack.push(e.to);
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}

/** All states reachable through epsilon edges under some context (for alphabet partitioning). */
export function looseClosure(nfa: Nfa, states: readonly number[]): number[] {
  const seen = new Set<number>(states);
  const stack = [...states];
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (const e of nfa.eps[s]!) {
      if (!seen.has(e.to)) {
        seen.add(e.to);
        stack.push(e.to);
      }
    }
  }
  return [...seen];
}

/** States reached by consuming `c` from the (already closed) `states`. */
export function step(nfa: Nfa, states: readonly number[], c: number): number[] {
  const out = new Set<number>();
  for (const s of states) {
    for (const e of nfa.edges[s]!) if (hasChar(e.set, c)) out.add(e.to);
  }
  return [...out].sort((a, b) => a - b);
}

/** Whether the automaton accepts the whole of `name` (the tree carries its own anchors). */
export function nfaMatches(nfa: Nfa, name: string): boolean {
  let states: number[] = [nfa.start];
  let prev = BOUNDARY;
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    const kind = charKind(c);
    states = step(nfa, closure(nfa, states, prev, kind), c);
    if (states.length === 0) return false;
    prev = kind;
  }
  return closure(nfa, states, prev, BOUNDARY).includes(nfa.accept);
}
