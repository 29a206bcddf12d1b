/**
 * The witness search's determinized automata, built lazily and kept per automaton (docs/performance.md).
 *
 * `searchNames` (sets.ts) walks the product of the subset construction of many automata, and a
 * repository's searches keep meeting the same automata (a filter parsed once is shared by every
 * config that writes it; a cluster's protected set by every job mapped to it). Here a set of
 * automaton states is interned once per automaton (`DState`: equal sets are one object, with a
 * number), and what the search asks of it is computed once and remembered on it: its closure
 * between two character kinds, the set reached on a character, whether it accepts at the end, and
 * the boundaries of its outgoing character classes. The answers are those of `closure`, `step`
 * and `looseClosure` in nfa.ts, so a search visits exactly the names it visited without the cache.
 *
 * Memory: every state interned since the last reset is counted, and past `MAX_STATES` the caches
 * are dropped at the start of the next top-level search (never during one, so the numbers a
 * search compares stay meaningful).
 */
import { BOUNDARY, closure, looseClosure, step, type Nfa } from './nfa.js';

export interface DState {
  /** Unique among the states of one automaton's cache (and across caches). */
  readonly id: number;
  /** Sorted automaton states. */
  readonly states: readonly number[];
  /** `closure(states, prev, next)`, keyed by `prev * 16 + next`. */
  closed?: Map<number, DState>;
  /** `step(states, c)` (on a closed set), keyed by the code point. */
  steps?: Map<number, DState>;
  /** Whether `closure(states, prev, BOUNDARY)` holds the accepting state, keyed by `prev`. */
  accepting?: Map<number, boolean>;
  /** Sorted, distinct boundaries (`lo` and `hi + 1`) of the edges leaving the loose closure. */
  points?: readonly number[];
}

interface Cache {
  /** Distinguishes automata in keys made of several caches' states. */
  readonly id: number;
  readonly byKey: Map<string, DState>;
  readonly empty: DState;
}

/** Interned states allowed before the caches are dropped (at the next `resetIfLarge`). */
const MAX_STATES = 200_000;

let caches = new WeakMap<Nfa, Cache>();
let interned = 0;
let nextId = 0;
let nextCacheId = 0;

function cacheOf(nfa: Nfa): Cache {
  let cache = caches.get(nfa);
  if (cache === undefined) {
    cache = { id: nextCacheId++, byKey: new Map(), empty: { id: nextId++, states: [] } };
    caches.set(nfa, cache);
  }
  return cache;
}

/** Drops every cache when too many states were interned; call only where no search is running. */
export function resetIfLarge(): void {
  if (interned > MAX_STATES) {
    caches = new WeakMap();
    interned = 0;
  }
}

/** The cache's number for `nfa` (stable while the cache lives). */
export function automatonId(nfa: Nfa): number {
  return cacheOf(nfa).id;
}

function intern(cache: Cache, states: readonly number[]): DState {
  if (states.length === 0) return cache.empty;
  const key = states.join(',');
  let d = cache.byKey.get(key);
  if (d === undefined) {
    d = { id: nextId++, states };
    cache.byKey.set(key, d);
    interned++;
  }
  return d;
}

/** The interned state of a sorted list of automaton states. */
export function dstate(nfa: Nfa, states: readonly number[]): DState {
  return intern(cacheOf(nfa), states);
}

/** `closure(nfa, d.states, prev, next)`, interned. */
export function closedState(nfa: Nfa, d: DState, prev: number, next: number): DState {
  const key = prev * 16 + next;
  d.closed ??= new Map();
  let out = d.closed.get(key);
  if (out === undefined) {
    out = intern(cacheOf(nfa), closure(nfa, d.states, prev, next));
    d.closed.set(key, out);
  }
  return out;
}

/** `step(nfa, d.states, c)`, interned (`d` already closed). */
export function steppedState(nfa: Nfa, d: DState, c: number): DState {
  d.steps ??= new Map();
  let out = d.steps.get(c);
  if (out === undefined) {
    out = intern(cacheOf(nfa), step(nfa, d.states, c));
    d.steps.set(c, out);
  }
  return out;
}

/** Whether a name that reached `d` (its last character of kind `prev`) is accepted. */
export function acceptsAtEnd(nfa: Nfa, d: DState, prev: number): boolean {
  d.accepting ??= new Map();
  let out = d.accepting.get(prev);
  if (out === undefined) {
    out = closedState(nfa, d, prev, BOUNDARY).states.includes(nfa.accept);
    d.accepting.set(prev, out);
  }
  return out;
}

/** The boundaries of the character classes on the edges leaving `d`'s loose closure. */
export function edgePoints(nfa: Nfa, d: DState): readonly number[] {
  if (d.points === undefined) {
    const points = new Set<number>();
    for (const s of looseClosure(nfa, d.states)) {
      for (const e of nfa.edges[s]!) {
        for (let j = 0; j < e.set.length; j += 2) {
          points.add(e.set[j]!);
          points.add(e.set[j + 1]! + 1);
        }
      }
    }
    d.points = [...points].sort((a, b) => a - b);
  }
  return d.points;
}
