/**
 * Counts the work a synchronous call does on strings, without timing it: while `measureWork` runs
 * its function, the string primitives parsers are built from (`charCodeAt`, `codePointAt`,
 * `indexOf`, `slice`, `split`, regular expressions, ...) are wrapped to add the number of
 * characters they touch to a counter. Deterministic, so a test can assert that work grows linearly
 * with the input (e.g. doubling the input at most about doubles the count) on any machine, loaded
 * or not.
 *
 * Array scans (`find`, `indexOf`, `includes`, callbacks of `map`, `filter`, ...) are counted too.
 * What it cannot see: `text[i]` indexing, loops over arrays, `Map`/`Set` work. It is a lower bound
 * on the real work, which is enough to catch a scan repeated per character, line or key (the
 * usual quadratic bug).
 */

type Method = (this: unknown, ...args: never[]) => unknown;

interface Patch {
  readonly target: object;
  readonly name: string | symbol;
  readonly cost: (self: unknown, args: readonly unknown[], result: unknown) => number;
}

const len = (value: unknown): number => (typeof value === 'string' ? value.length : 0);
const self = (s: unknown): string => String(s);

function scanCost(s: unknown, args: readonly unknown[], result: unknown, fromEnd = false): number {
  const text = self(s);
  const from = typeof args[1] === 'number' ? Math.max(0, Math.min(args[1], text.length)) : fromEnd ? text.length : 0;
  const found = typeof result === 'number' ? result : -1;
  if (fromEnd) return (found < 0 ? from : from - found) + len(args[0]) + 1;
  return (found < 0 ? text.length - from : found - from) + len(args[0]) + 1;
}

function regexCost(re: unknown, args: readonly unknown[]): number {
  const subject = String(args[0]);
  const r = re as RegExp;
  const from = r.global || r.sticky ? Math.min(r.lastIndex, subject.length) : 0;
  return subject.length - from + 1;
}

const PATCHES: readonly Patch[] = [
  { target: String.prototype, name: 'charCodeAt', cost: () => 1 },
  { target: String.prototype, name: 'codePointAt', cost: () => 1 },
  { target: String.prototype, name: 'charAt', cost: () => 1 },
  { target: String.prototype, name: 'at', cost: () => 1 },
  { target: String.prototype, name: 'indexOf', cost: (s, a, r) => scanCost(s, a, r) },
  { target: String.prototype, name: 'lastIndexOf', cost: (s, a, r) => scanCost(s, a, r, true) },
  { target: String.prototype, name: 'includes', cost: (s) => self(s).length + 1 },
  { target: String.prototype, name: 'startsWith', cost: (_s, a) => len(a[0]) + 1 },
  { target: String.prototype, name: 'endsWith', cost: (_s, a) => len(a[0]) + 1 },
  // V8 makes a slice of 13 or more characters a view into the original string: constant work.
  { target: String.prototype, name: 'slice', cost: (_s, _a, r) => Math.min(len(r), 13) + 1 },
  { target: String.prototype, name: 'substring', cost: (_s, _a, r) => Math.min(len(r), 13) + 1 },
  { target: String.prototype, name: 'substr', cost: (_s, _a, r) => Math.min(len(r), 13) + 1 },
  { target: String.prototype, name: 'trim', cost: (s) => self(s).length + 1 },
  { target: String.prototype, name: 'toLowerCase', cost: (s) => self(s).length + 1 },
  { target: String.prototype, name: 'toUpperCase', cost: (s) => self(s).length + 1 },
  { target: String.prototype, name: 'split', cost: (s) => self(s).length + 1 },
  { target: String.prototype, name: 'replace', cost: (s) => self(s).length + 1 },
  { target: String.prototype, name: 'replaceAll', cost: (s) => self(s).length + 1 },
  { target: String.prototype, name: 'repeat', cost: (_s, _a, r) => len(r) + 1 },
  { target: RegExp.prototype, name: 'exec', cost: (re, a) => regexCost(re, a) },
  { target: RegExp.prototype, name: 'test', cost: (re, a) => regexCost(re, a) },
];

const arrayScan = (self: unknown, _args: readonly unknown[], result: unknown): number => {
  const length = Array.isArray(self) ? self.length : 0;
  return (typeof result === 'number' && result >= 0 ? result + 1 : length) + 1;
};

/** Array methods: a scan costs what it visits; a callback's calls are counted one by one. */
const ARRAY_PATCHES: readonly Patch[] = [
  ...['find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'map', 'forEach', 'reduce', 'flatMap', 'sort'].map(
    (name): Patch => ({ target: Array.prototype, name, cost: (self) => (name === 'sort' && Array.isArray(self) ? self.length : 1) }),
  ),
  { target: Array.prototype, name: 'indexOf', cost: arrayScan },
  { target: Array.prototype, name: 'lastIndexOf', cost: (self) => (Array.isArray(self) ? self.length : 0) + 1 },
  { target: Array.prototype, name: 'includes', cost: (self) => (Array.isArray(self) ? self.length : 0) + 1 },
];

let active = false;

export interface Measured<T> {
  readonly result: T;
  /** Characters (and array elements) touched through the wrapped primitives. */
  readonly work: number;
  /** The same, per primitive (for a failure message). */
  readonly byPrimitive: Readonly<Record<string, number>>;
}

/** Runs `fn` (synchronous) and counts the characters its string primitives touched. */
export function measureWork<T>(fn: () => T): Measured<T> {
  if (active) throw new Error('measureWork does not nest');
  let work = 0;
  let inside = 0;
  const byPrimitive: Record<string, number> = {};
  const add = (name: string, cost: number): void => {
    work += cost;
    byPrimitive[name] = (byPrimitive[name] ?? 0) + cost;
  };
  /** A callback passed to a wrapped primitive runs user code: count each call, and what it does. */
  const countingCallback = (name: string, callback: unknown): unknown => {
    if (typeof callback !== 'function') return callback;
    return function (this: unknown, ...args: unknown[]): unknown {
      add(`${name} callback`, 1);
      const saved = inside;
      inside = 0;
      try {
        return Reflect.apply(callback, this, args);
      } finally {
        inside = saved;
      }
    };
  };
  const patches = [...PATCHES, ...ARRAY_PATCHES];
  const originals = patches.map((p) => {
    const original = (p.target as Record<string | symbol, Method>)[p.name]!;
    const name = `${p.target === Array.prototype ? 'Array' : p.target === RegExp.prototype ? 'RegExp' : 'String'}.${String(p.name)}`;
    const wrapped = function (this: unknown, ...args: never[]): unknown {
      // Only the outermost call counts: `test` is built on `exec`, `split` may call `exec`, ...
      const outermost = inside === 0;
      inside++;
      try {
        const passed = outermost ? (args.map((a) => countingCallback(name, a)) as never[]) : args;
        const result = Reflect.apply(original, this, passed);
        if (outermost) add(name, p.cost(this, args, result));
        return result;
      } finally {
        inside--;
      }
    };
    Object.defineProperty(p.target, p.name, { value: wrapped, writable: true, configurable: true, enumerable: false });
    return original;
  });
  active = true;
  try {
    const result = fn();
    return { result, work, byPrimitive };
  } finally {
    // A plain loop: the array methods are still wrapped here.
    for (let i = 0; i < patches.length; i++) {
      const p = patches[i]!;
      Object.defineProperty(p.target, p.name, { value: originals[i], writable: true, configurable: true, enumerable: false });
    }
    active = false;
  }
}

/**
 * Work for the input built by `make(size)` at `size` and at `2 * size`, and their ratio: a linear
 * algorithm gives about 2, a quadratic one about 4.
 */
export function doublingRatio(
  make: (size: number) => string,
  size: number,
  run: (input: string) => unknown,
): { small: number; large: number; ratio: number } {
  const small = measureWork(() => run(make(size))).work;
  const large = measureWork(() => run(make(2 * size))).work;
  return { small, large, ratio: large / Math.max(1, small) };
}
