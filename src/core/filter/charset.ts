/**
 * Sets of Unicode code points as sorted, disjoint, inclusive ranges, plus the case mappings the
 * table filter needs. Everything the filter engine knows about characters lives here.
 *
 * Case handling follows Go, which TiDB is written in: a case-insensitive filter lowercases the name
 * one code point at a time (`strings.ToLower`) and compiles regexes with `(?i)`, which folds every
 * character to its whole simple-fold orbit (`k`, `K` and the Kelvin sign U+212A are one orbit).
 */

/** Flat list `[lo0, hi0, lo1, hi1, ...]`, sorted, disjoint, non-adjacent, inclusive bounds. */
export type CharSet = readonly number[];

export const MAX_CODE_POINT = 0x10ffff;
export const EMPTY_CHARS: CharSet = [];
export const ANY_CHAR: CharSet = [0, MAX_CODE_POINT];

export function charRange(lo: number, hi: number): CharSet {
  return lo <= hi ? [lo, hi] : [];
}

export function singleChar(c: number): CharSet {
  return [c, c];
}

/** Normalizes an unsorted list of ranges (flat pairs) into a CharSet. */
export function normalizeRanges(flat: readonly number[]): CharSet {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const lo = flat[i]!;
    const hi = flat[i + 1]!;
    if (lo <= hi) pairs.push([lo, hi]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) {
      if (hi > out[last]!) out[last] = hi;
    } else {
      out.push(lo, hi);
    }
  }
  return out;
}

export function unionChars(a: CharSet, b: CharSet): CharSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normalizeRanges([...a, ...b]);
}

export function complementChars(a: CharSet): CharSet {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i]! > next) out.push(next, a[i]! - 1);
    next = a[i + 1]! + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

export function intersectChars(a: CharSet, b: CharSet): CharSet {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

export function hasChar(set: CharSet, c: number): boolean {
  let lo = 0;
  let hi = set.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < set[2 * mid]!) hi = mid - 1;
    else if (c > set[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isEmptyChars(set: CharSet): boolean {
  return set.length === 0;
}

/** Builds a CharSet from a string's code points. */
export function charsOf(text: string): CharSet {
  const flat: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    flat.push(c, c);
  }
  return normalizeRanges(flat);
}

// ---- case mappings -------------------------------------------------------------------------

interface CaseTables {
  /** Code points whose single-code-point lowercase differs from themselves, with that lowercase. */
  readonly lowered: ReadonlyMap<number, number>;
  /** Every cased code point, mapped to the members of its fold orbit (including itself). */
  readonly orbit: ReadonlyMap<number, readonly number[]>;
  /** Cased code points, sorted. */
  readonly cased: readonly number[];
}

let caseTables: CaseTables | undefined;

function singleCodePoint(text: string): number | undefined {
  const c = text.codePointAt(0);
  if (c === undefined) return undefined;
  return text.length === (c > 0xffff ? 2 : 1) ? c : undefined;
}

function casemappedCodePoints(): number[] {
  const out: number[] = [];
  const re = /\p{Changes_When_Casemapped}/gu;
  const CHUNK = 0x4000;
  for (let lo = 0x41; lo < 0x20000; lo += CHUNK) {
    const points: number[] = [];
    for (let c = lo; c < Math.min(lo + CHUNK, 0x20000); c++) if (c < 0xd800 || c > 0xdfff) points.push(c);
    const text = String.fromCodePoint(...points);
    for (const m of text.matchAll(re)) out.push(m[0].codePointAt(0) as number);
  }
  return out;
}

function buildCaseTables(): CaseTables {
  const lowered = new Map<number, number>();
  const groups = new Map<number, number[]>();
  const cased: number[] = [];
  // Cased letters live below U+20000; the scan is done once, lazily. The engine's own Unicode
  // tables find the candidates (Changes_When_Casemapped) so only those few thousand are examined.
  for (const c of casemappedCodePoints()) {
    const ch = String.fromCodePoint(c);
    const lowerText = ch.toLowerCase();
    const upperText = ch.toUpperCase();
    if (lowerText === ch && upperText === ch) continue;
    // Go's unicode.ToLower maps U+0130 (İ) to 'i'; JavaScript gives 'i' + combining dot.
    const lower = singleCodePoint(lowerText) ?? (c === 0x130 ? 0x69 : c);
    const upper = singleCodePoint(upperText) ?? c;
    if (lower !== c) lowered.set(c, lower);
    cased.push(c);
    // Orbit key: the lowercase of the uppercase unites k/K/U+212A and s/S/U+017F.
    const upperLower = String.fromCodePoint(upper).toLowerCase();
    const key = c === 0x130 || c === 0x131 ? c : (singleCodePoint(upperLower) ?? lower);
    const group = groups.get(key) ?? [];
    group.push(c);
    groups.set(key, group);
  }
  const orbit = new Map<number, readonly number[]>();
  for (const [key, members] of groups) {
    const all = members.includes(key) ? members : [...members, key];
    for (const m of all) orbit.set(m, all);
  }
  return { lowered, orbit, cased };
}

function tables(): CaseTables {
  caseTables ??= buildCaseTables();
  return caseTables;
}

/** Go's per-rune `unicode.ToLower`, as used by `strings.ToLower`. */
export function lowerCodePoint(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  return tables().lowered.get(c) ?? c;
}

export function lowerName(name: string): string {
  // ASCII lowercases alone (A-Z to a-z), as JavaScript's own lowercasing does it.
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) ascii = name.charCodeAt(i) < 0x80;
  if (ascii) return name.toLowerCase();
  let out = '';
  for (const ch of name) out += String.fromCodePoint(lowerCodePoint(ch.codePointAt(0)!));
  return out;
}

function casedIn(set: CharSet): number[] {
  return tables().cased.filter((c) => hasChar(set, c));
}

/** Memoizes a CharSet transformation (classes repeat a lot: every literal character is one). */
function memoized(fn: (set: CharSet) => CharSet): (set: CharSet) => CharSet {
  const cache = new Map<string, CharSet>();
  return (set) => {
    const key = set.join(',');
    let result = cache.get(key);
    if (result === undefined) {
      result = fn(set);
      if (cache.size > 20_000) cache.clear();
      cache.set(key, result);
    }
    return result;
  };
}

/** Adds every case variant of every member: what a class means under Go's `(?i)`. */
export const foldChars = memoized(
  (set: CharSet): CharSet => (isEverything(set) ? set : isAsciiOnly(set) ? foldAscii(set) : foldByTables(set)),
);

/** `foldChars` by the Unicode case tables (exported for the tests of the ASCII shortcut). */
export function foldByTables(set: CharSet): CharSet {
  const extra: number[] = [];
  const { orbit } = tables();
  for (const c of casedIn(set)) {
    for (const m of orbit.get(c) ?? []) extra.push(m, m);
  }
  return extra.length === 0 ? set : normalizeRanges([...set, ...extra]);
}

// ---- ASCII shortcuts ------------------------------------------------------------------------
// Most filters are ASCII (`app.*`, `tmp_*`, `[a-z]`) and their automata need only what the case
// mappings do to ASCII letters; building the Unicode tables (a scan of the engine's case
// properties, about 20-30 ms) is left to the classes that need it. The two facts below are what
// the tables say about ASCII (test/filter/charset-ascii.test.ts holds them equal for every ASCII set).

/** Non-ASCII members of an ASCII letter's fold orbit: the Kelvin sign with `k`, the long s with `s`. */
const ASCII_ORBIT_EXTRAS: ReadonlyMap<number, number> = new Map([
  [0x6b, 0x212a],
  [0x73, 0x17f],
]);

/** Non-ASCII characters that lowercase to an ASCII letter: the Kelvin sign (`k`) and, as in Go, U+0130 (`i`). */
const ASCII_LOWER_FROM: ReadonlyMap<number, number> = new Map([
  [0x6b, 0x212a],
  [0x69, 0x130],
]);

function isEverything(set: CharSet): boolean {
  return set.length === 2 && set[0] === 0 && set[1] === MAX_CODE_POINT;
}

function isAsciiOnly(set: CharSet): boolean {
  return set.length === 0 || set[set.length - 1]! < 0x80;
}

function foldAscii(set: CharSet): CharSet {
  const extra: number[] = [];
  for (let i = 0; i < set.length; i += 2) {
    for (let c = set[i]!; c <= set[i + 1]!; c++) {
      const lower = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      if (lower < 0x61 || lower > 0x7a) continue;
      extra.push(lower, lower, lower - 32, lower - 32);
      const other = ASCII_ORBIT_EXTRAS.get(lower);
      if (other !== undefined) extra.push(other, other);
    }
  }
  return extra.length === 0 ? set : normalizeRanges([...set, ...extra]);
}

function preimageAscii(set: CharSet): CharSet {
  const flat: number[] = [];
  for (let i = 0; i < set.length; i += 2) {
    for (let c = set[i]!; c <= set[i + 1]!; c++) {
      // Capitals lowercase to letters: they are in the preimage when their lowercase is.
      if (c < 0x41 || c > 0x5a) flat.push(c, c);
      if (c >= 0x61 && c <= 0x7a) flat.push(c - 32, c - 32);
      const other = ASCII_LOWER_FROM.get(c);
      if (other !== undefined) flat.push(other, other);
    }
  }
  return normalizeRanges(flat);
}

/**
 * The original characters whose lowercase is in `set`: turns a class that is tested against a
 * lowercased name into one tested against the name as written.
 */
export const lowerPreimage = memoized(
  (set: CharSet): CharSet =>
    // Every character lowercases to a character: the preimage of all of them is all of them.
    isEverything(set)
      ? set
      : isAsciiOnly(set)
        ? preimageAscii(set)
        : set.length === 2 && set[0] === set[1]
          ? charPreimage(set[0]!)
          : preimageOf(set),
);

/** `lowerPreimage` by one pass over the whole lowercase mapping (exported for the tests of `charPreimage`). */
export function preimageOf(set: CharSet): CharSet {
  const add: number[] = [];
  const remove: number[] = [];
  for (const [c, lower] of tables().lowered) {
    if (hasChar(set, lower)) add.push(c, c);
    else remove.push(c, c);
  }
  const removed = remove.length === 0 ? set : intersectChars(set, complementChars(normalizeRanges(remove)));
  return add.length === 0 ? removed : unionChars(removed, normalizeRanges(add));
}

let preimages: Map<number, number[]> | undefined;

/**
 * `lowerPreimage` of one character (every literal part's characters): the characters that
 * lowercase to it, and itself unless it changes when lowercased. The same set the general case
 * computes, from an index of the lowercase mapping made once instead of a pass over all of it.
 */
function charPreimage(x: number): CharSet {
  if (preimages === undefined) {
    preimages = new Map();
    for (const [c, lower] of tables().lowered) {
      const list = preimages.get(lower);
      if (list === undefined) preimages.set(lower, [c]);
      else list.push(c);
    }
  }
  const kept: CharSet = tables().lowered.has(x) ? [] : [x, x];
  const others = preimages.get(x);
  if (others === undefined) return kept;
  const add = normalizeRanges(others.flatMap((c) => [c, c]));
  return kept.length === 0 ? add : normalizeRanges([...kept, ...add]);
}

/** Characters whose lowercase differs from them in word-ness (e.g. U+212A Kelvin sign -> 'k'). */
export function lowerKindChangers(): readonly number[] {
  const out: number[] = [];
  for (const [c, lower] of tables().lowered) {
    if (c >= 0x80 && isWordChar(lower) !== isWordChar(c)) out.push(c);
  }
  return out;
}

/** RE2's `\w`: ASCII letters, digits and underscore (also what `\b` looks at). */
export function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}
