/**
 * Counts the work a synchronous call does on strings, without timing it: while `measureWork` runs
 * its function, the string primitives parsers are built from (`charCodeAt`, `codePointAt`,
 * `indexOf`, `slice`, `split`, regular expressions, ...) are wrapped to add the number of
 * characters they touch to a counter. Deterministic, so a test can assert that work grows linearly
 * with the input (e.g. doubling the input at most about doubles the count) on any machine, loaded
 * or not.
 *
 * What it cannot see: `text[i]` indexing and work on arrays. It is a lower bound on the real work,
 * which is enough to catch a scan repeated per character or per line (the usual quadratic bug).
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
  { target: String.prototype, name: 'slice', cost: (_s, _a, r) => len(r) + 1 },
  { target: String.prototype, name: 'substring', cost: (_s, _a, r) => len(r) + 1 },
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

let active = false;

export interface Measured<T> {
  readonly result: T;
  /** Characters touched through the wrapped primitives. */
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
  const originals = PATCHES.map((p) => {
    const original = (p.target as Record<string | symbol, Method>)[p.name]!;
    const wrapped = function (this: unknown, ...args: never[]): unknown {
      // Only the outermost call counts: `test` is built on `exec`, `split` may call `exec`, ...
      const outermost = inside === 0;
      inside++;
      try {
        const result = Reflect.apply(original, this, args);
        if (outermost) {
          const cost = p.cost(this, args, result);
          work += cost;
          byPrimitive[String(p.name)] = (byPrimitive[String(p.name)] ?? 0) + cost;
        }
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
    PATCHES.forEach((p, i) => {
      Object.defineProperty(p.target, p.name, { value: originals[i], writable: true, configurable: true, enumerable: false });
    });
    active = false;
  }
}

/**
 * Work for the input built by `make(size)` at `size` and at `2 * size`, and their ratio: a linear
 * algorithm gives about 2, a quadratic one about 4.
 */
export function doublingRatio(make: (size: number) => string, size: number, run: (input: string) => unknown): { small: number; large: number; ratio: number } {
  const small = measureWork(() => run(make(size))).work;
  const large = measureWork(() => run(make(2 * size))).work;
  return { small, large, ratio: large / Math.max(1, small) };
}
