/**
 * A parser for RE2 syntax as Go's regexp/syntax accepts it (Perl flags), producing the shared
 * `Re` tree. Written by hand because JavaScript's RegExp has different semantics (look-around,
 * backreferences, `\s`, case folding) and backtracks; TiDB compiles `/regex/` filter parts with
 * Go. What RE2 rejects is rejected here with Go's wording ("error parsing regexp: <what>: `<text>`").
 *
 * Every construct RE2 accepts is modelled exactly, except that Unicode property classes (`\pL`,
 * `\p{Greek}`) use JavaScript's Unicode tables, which may be a different Unicode version than Go's
 * (Go 1.25 ships Unicode 15.0). Decision (issue 11 item 11): generating Go's tables would add
 * several hundred kilobytes to the bundle for characters that no table name in practice uses, so
 * the tables stay Node's; charset.ts keeps a single accessor (`unicodeClass`) should they change.
 *
 * Over 400 lines on purpose: one recursive-descent parser of Go's RE2 syntax, kept whole so it
 * reads side by side with regexp/syntax/parse.go.
 */
import {
  ANY_CHAR,
  EMPTY_CHARS,
  MAX_CODE_POINT,
  charRange,
  complementChars,
  foldChars,
  normalizeRanges,
  singleChar,
  unionChars,
  type CharSet,
} from './charset.js';
import { Assert, MAX_NFA_STATES, reSize, type Re } from './nfa.js';

export interface RegexError {
  readonly message: string;
  /** UTF-16 offset inside the regex source where the problem starts. */
  readonly offset: number;
}

export interface RegexFlags {
  /** `(?i)`: classes and literals match every case variant. */
  readonly foldCase: boolean;
  /** `(?s)`: `.` matches `\n`. */
  readonly dotAll?: boolean;
  /** Assertions `\b`/`\B` should look at the lowercased name (case-insensitive filters). */
  readonly loweredWordBoundaries?: boolean;
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
}

const MAX_REPEAT = 1000;
const MAX_NESTING = 1000;

const PERL_CLASSES: Readonly<Record<string, CharSet>> = {
  d: [0x30, 0x39],
  s: normalizeRanges([9, 10, 12, 13, 32, 32]),
  w: normalizeRanges([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]),
};

const POSIX_CLASSES: Readonly<Record<string, CharSet>> = {
  alnum: normalizeRanges([0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a]),
  alpha: normalizeRanges([0x41, 0x5a, 0x61, 0x7a]),
  ascii: [0, 0x7f],
  blank: normalizeRanges([9, 9, 32, 32]),
  cntrl: normalizeRanges([0, 0x1f, 0x7f, 0x7f]),
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: normalizeRanges([0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e]),
  space: normalizeRanges([9, 13, 32, 32]),
  upper: [0x41, 0x5a],
  word: normalizeRanges([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]),
  xdigit: normalizeRanges([0x30, 0x39, 0x41, 0x46, 0x61, 0x66]),
};

const unicodeClassCache = new Map<string, CharSet | undefined>();

/** A Unicode general category or script, by scanning JavaScript's tables once per name. */
function unicodeClass(name: string): CharSet | undefined {
  if (unicodeClassCache.has(name)) return unicodeClassCache.get(name);
  let result: CharSet | undefined;
  if (name === 'Any') result = ANY_CHAR;
  else if (/^[A-Za-z_]+$/.test(name)) {
    let test: RegExp | undefined;
    for (const source of [`^\\p{gc=${name}}$`, `^\\p{sc=${name}}$`]) {
      try {
        test = new RegExp(source, 'u');
        break;
      } catch {
        // not a category or script under this spelling; try the next one
      }
    }
    if (test !== undefined) {
      const flat: number[] = [];
      for (let c = 0; c <= MAX_CODE_POINT; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        if (test.test(String.fromCodePoint(c))) flat.push(c, c);
      }
      result = normalizeRanges(flat);
    }
  }
  unicodeClassCache.set(name, result);
  return result;
}

class RegexSyntaxError {
  constructor(
    readonly code: string,
    readonly text: string,
    readonly offset: number,
  ) {}
}

/**
 * Parses `source` as RE2. The result matches the whole name only where the source says so: the
 * caller adds `.*` around it for TiDB's unanchored matching.
 */
export function parseRegex(source: string, flags: RegexFlags): { ok: true; re: Re } | { ok: false; error: RegexError } {
  try {
    const re = new RegexParser(source, flags).parseWhole();
    if (reSize(re) > MAX_NFA_STATES) {
      return { ok: false, error: { message: `error parsing regexp: expression too large: \`${source}\``, offset: 0 } };
    }
    return { ok: true, re };
  } catch (e) {
    // Only our own syntax errors are expected here; anything else is a bug and must surface.
    if (!(e instanceof RegexSyntaxError)) throw e;
    return { ok: false, error: { message: `error parsing regexp: ${e.code}: \`${e.text}\``, offset: e.offset } };
  }
}

/** Go's `repeatIsValid`: the product of nested counted repeats stays within `n`. */
function repeatIsValid(re: Re, n: number, braceReps: WeakSet<Re>): boolean {
  let budget = n;
  if (re.k === 'rep' && braceReps.has(re)) {
    let m = re.max;
    if (m === 0) return true;
    if (m < 0) m = re.min;
    if (m > budget) return false;
    if (m > 0) budget = Math.floor(budget / m);
  }
  if (re.k === 'rep') return repeatIsValid(re.x, budget, braceReps);
  if (re.k === 'cat' || re.k === 'alt') return re.xs.every((x) => repeatIsValid(x, budget, braceReps));
  return true;
}

// The parser is a small recursive-descent state machine; a class keeps position and flags together.
class RegexParser {
  private pos = 0;
  /** Repeats written with braces (Go's OpRepeat; `*`, `+`, `?` are other ops and not counted). */
  private readonly braceReps = new WeakSet<Re>();
  private flags: Flags;
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly options: RegexFlags,
  ) {
    this.flags = { i: options.foldCase, m: false, s: options.dotAll ?? false };
  }

  parseWhole(): Re {
    const re = this.parseAlternation();
    if (this.pos < this.src.length) {
      // only a stray ')' stops an alternation before the end
      throw new RegexSyntaxError('unexpected )', this.src, this.pos);
    }
    return re;
  }

  private peek(offset = 0): string {
    return this.src.charAt(this.pos + offset);
  }

  private codePointAt(at: number): number {
    return this.src.codePointAt(at) ?? 0;
  }

  private parseAlternation(): Re {
    const branches: Re[] = [this.parseSequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.parseSequence());
    }
    return branches.length === 1 ? branches[0]! : { k: 'alt', xs: branches };
  }

  private parseSequence(): Re {
    const items: Re[] = [];
    while (this.pos < this.src.length) {
      const c = this.peek();
      if (c === '|' || c === ')') break;
      if (c === '\\' && this.peek(1) === 'Q') {
        // `\Q...\E` pushes one literal per character, as Go does: a repeat after it applies to
        // the last character only (`\Qab\E*` is `a(b*)`).
        const literals = this.parseQuoted();
        const last = literals.pop();
        items.push(...literals);
        if (last !== undefined) items.push(this.parseRepeats(last));
        else if (items.length > 0 && this.atRepeat()) items.push(this.parseRepeats(items.pop()!));
        continue;
      }
      const atom = this.parseAtom();
      if (atom === undefined) {
        // A flag group like (?i): Go leaves the previous item on top of its stack, so a repeat
        // right after it applies to that item (`a(?i)*` is `a*`).
        if (items.length > 0 && this.atRepeat()) items.push(this.parseRepeats(items.pop()!));
        continue;
      }
      items.push(this.parseRepeats(atom));
    }
    if (items.length === 0) return { k: 'empty' };
    return items.length === 1 ? items[0]! : { k: 'cat', xs: items };
  }

  /** A repeat operator starts here. */
  private atRepeat(): boolean {
    const c = this.peek();
    return c === '*' || c === '+' || c === '?' || (c === '{' && this.readRepeatBraces() !== undefined);
  }

  /** `\Q...\E` (or to the end): one literal per character. */
  private parseQuoted(): Re[] {
    const start = this.pos;
    const end = this.src.indexOf('\\E', start + 2);
    const text = this.src.slice(start + 2, end === -1 ? undefined : end);
    this.pos = end === -1 ? this.src.length : end + 2;
    return [...text].map((ch) => this.literal(ch.codePointAt(0)!));
  }

  /** Reads `{n}`, `{n,}` or `{n,m}` at the current position without consuming it. */
  private readRepeatBraces(): { min: number; max: number; length: number; text: string } | undefined {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 32));
    if (m === null) return undefined;
    // Go's parseInt refuses leading zeros (and numbers past 1e8): then `{` is a literal, so `{01}`
    // is the text "{01}" (regexp/syntax parse.go `parseInt`).
    const badNumber = (n: string | undefined): boolean => n !== undefined && n !== '' && ((n.length >= 2 && n[0] === '0') || n.length > 8);
    if (badNumber(m[1]) || badNumber(m[3])) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3]);
    return { min, max, length: m[0].length, text: m[0] };
  }

  private parseRepeats(atom: Re): Re {
    let result = atom;
    let lastOpStart = -1;
    for (;;) {
      const opStart = this.pos;
      const c = this.peek();
      let min: number;
      let max: number;
      if (c === '*' || c === '+' || c === '?') {
        [min, max] = c === '*' ? [0, -1] : c === '+' ? [1, -1] : [0, 1];
        this.pos++;
      } else if (c === '{') {
        const braces = this.readRepeatBraces();
        if (braces === undefined) return result;
        if (braces.min > MAX_REPEAT || braces.max > MAX_REPEAT || (braces.max !== -1 && braces.max < braces.min)) {
          throw new RegexSyntaxError('invalid repeat count', braces.text, opStart);
        }
        ({ min, max } = braces);
        this.pos += braces.length;
      } else {
        return result;
      }
      if (this.peek() === '?') this.pos++; // non-greedy: same set of matches
      if (lastOpStart !== -1) {
        throw new RegexSyntaxError('invalid nested repetition operator', this.src.slice(lastOpStart, this.pos), lastOpStart);
      }
      lastOpStart = opStart;
      result = { k: 'rep', x: result, min, max };
      if (c === '{') {
        this.braceReps.add(result);
        // Go (regexp/syntax `repeatIsValid`): nested counted repeats may not multiply past 1000.
        if ((min >= 2 || max >= 2) && !repeatIsValid(result, MAX_REPEAT, this.braceReps)) {
          throw new RegexSyntaxError('invalid repeat count', this.src.slice(opStart, this.pos), opStart);
        }
      }
    }
  }

  private literal(c: number): Re {
    const set = singleChar(c);
    return { k: 'chars', set: this.flags.i ? foldChars(set) : set };
  }

  private parseAtom(): Re | undefined {
    const start = this.pos;
    const c = this.peek();
    switch (c) {
      case '(':
        return this.parseGroup();
      case '[':
        return { k: 'chars', set: this.parseClass() };
      case '.':
        this.pos++;
        return { k: 'chars', set: this.flags.s ? ANY_CHAR : complementChars(singleChar(10)) };
      case '^':
        this.pos++;
        return { k: 'assert', a: this.flags.m ? Assert.LineStart : Assert.TextStart };
      case '$':
        this.pos++;
        return { k: 'assert', a: this.flags.m ? Assert.LineEnd : Assert.TextEnd };
      case '*':
      case '+':
      case '?':
        throw new RegexSyntaxError('missing argument to repetition operator', c, start);
      case '{': {
        const braces = this.readRepeatBraces();
        if (braces !== undefined) throw new RegexSyntaxError('missing argument to repetition operator', braces.text, start);
        this.pos++;
        return this.literal(0x7b);
      }
      case '\\':
        return this.parseEscapeAtom();
      default: {
        const cp = this.codePointAt(this.pos);
        this.pos += cp > 0xffff ? 2 : 1;
        return this.literal(cp);
      }
    }
  }

  private parseGroup(): Re | undefined {
    const start = this.pos;
    if (++this.depth > MAX_NESTING) throw new RegexSyntaxError('expression nests too deeply', this.src, start);
    this.pos++; // (
    const savedFlags = { ...this.flags };
    if (this.peek() === '?') {
      const rest = this.src.slice(this.pos + 1);
      const named = /^P?<([^>]*)>/.exec(rest);
      if (rest.startsWith('P<') || (rest.startsWith('<') && !rest.startsWith('<=') && !rest.startsWith('<!'))) {
        if (named === null) throw new RegexSyntaxError('invalid named capture', this.src.slice(start), start);
        if (!/^[A-Za-z0-9_]+$/.test(named[1]!)) {
          throw new RegexSyntaxError('invalid named capture', this.src.slice(start, this.pos + 1 + named[0].length), start);
        }
        this.pos += 1 + named[0].length;
      } else {
        // flags: (?flags) or (?flags:re)
        let i = this.pos + 1;
        let negate = false;
        let flagsAfterMinus = 0;
        const next: Flags = { ...this.flags };
        for (;;) {
          const f = this.src.charAt(i);
          if (f === 'i' || f === 'm' || f === 's' || f === 'U') {
            if (f !== 'U') next[f] = !negate;
            if (negate) flagsAfterMinus++;
            i++;
          } else if (f === '-' && !negate) {
            negate = true;
            i++;
          } else if ((f === ':' || f === ')') && !(negate && flagsAfterMinus === 0)) {
            // `(?)` is valid in Go: no flags, nothing changes (regexp/syntax `parsePerlFlags`).
            this.pos = i + 1;
            this.flags = next;
            if (f === ')') {
              // (?flags) applies to the rest of the enclosing group
              this.depth--;
              return undefined;
            }
            break;
          } else {
            const bad = this.src.slice(start, Math.min(this.src.length, i + 1));
            throw new RegexSyntaxError('invalid or unsupported Perl syntax', bad, start);
          }
        }
      }
    }
    const inner = this.parseAlternation();
    if (this.peek() !== ')') throw new RegexSyntaxError('missing closing )', this.src, start);
    this.pos++;
    this.flags = savedFlags;
    this.depth--;
    return inner.k === 'empty' ? { k: 'empty' } : inner;
  }

  private parseEscapeAtom(): Re | undefined {
    const start = this.pos;
    const e = this.peek(1);
    switch (e) {
      case 'A':
        this.pos += 2;
        return { k: 'assert', a: Assert.TextStart };
      case 'z':
        this.pos += 2;
        return { k: 'assert', a: Assert.TextEnd };
      case 'b':
      case 'B': {
        this.pos += 2;
        const lowered = this.options.loweredWordBoundaries ?? false;
        const a =
          e === 'b'
            ? lowered
              ? Assert.LoweredWordBoundary
              : Assert.WordBoundary
            : lowered
              ? Assert.LoweredNotWordBoundary
              : Assert.NotWordBoundary;
        return { k: 'assert', a };
      }
      case 'Q': {
        const end = this.src.indexOf('\\E', start + 2);
        const text = this.src.slice(start + 2, end === -1 ? undefined : end);
        this.pos = end === -1 ? this.src.length : end + 2;
        const items = [...text].map((ch) => this.literal(ch.codePointAt(0)!));
        if (items.length === 0) return undefined;
        return items.length === 1 ? items[0]! : { k: 'cat', xs: items };
      }
      default: {
        const cls = this.tryParseClassEscape();
        if (cls !== undefined) return { k: 'chars', set: cls };
        return this.literal(this.parseEscapedChar());
      }
    }
  }

  /** `\d`, `\D`, `\pL`, `\p{Greek}`, ... at the current position, or undefined. */
  private tryParseClassEscape(): CharSet | undefined {
    const start = this.pos;
    const e = this.peek(1);
    const lower = e.toLowerCase();
    if (lower === 'd' || lower === 's' || lower === 'w') {
      this.pos += 2;
      const base = PERL_CLASSES[lower]!;
      const set = this.flags.i ? foldChars(base) : base;
      return e === lower ? set : complementChars(set);
    }
    if (e === 'p' || e === 'P') {
      let name: string;
      if (this.peek(2) === '{') {
        const close = this.src.indexOf('}', start + 3);
        if (close === -1) throw new RegexSyntaxError('invalid character class range', this.src.slice(start), start);
        name = this.src.slice(start + 3, close);
        this.pos = close + 1;
      } else {
        const cp = this.codePointAt(start + 2);
        if (this.pos + 2 >= this.src.length) throw new RegexSyntaxError('invalid character class range', this.src.slice(start), start);
        name = String.fromCodePoint(cp);
        this.pos = start + 2 + (cp > 0xffff ? 2 : 1);
      }
      let negated = e === 'P';
      if (name.startsWith('^')) {
        negated = !negated;
        name = name.slice(1);
      }
      const set = unicodeClass(name);
      if (set === undefined) throw new RegexSyntaxError('invalid character class range', this.src.slice(start, this.pos), start);
      const folded = this.flags.i ? foldChars(set) : set;
      return negated ? complementChars(folded) : folded;
    }
    return undefined;
  }

  /** A single escaped character (`\n`, `\x41`, `\x{263a}`, `\101`, `\.`), consuming it. */
  private parseEscapedChar(): number {
    const start = this.pos;
    if (start + 1 >= this.src.length) throw new RegexSyntaxError('trailing backslash at end of expression', '', start);
    const e = this.peek(1);
    const simple: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    if (simple[e] !== undefined) {
      this.pos += 2;
      return simple[e]!;
    }
    if (e >= '0' && e <= '7') {
      // \1-\7 alone would be a backreference, which RE2 does not support; \0 or \1x.. is octal
      const m = /^[0-7]{1,3}/.exec(this.src.slice(start + 1, start + 4))!;
      if (e !== '0' && m[0].length === 1) throw new RegexSyntaxError('invalid escape sequence', `\\${e}`, start);
      this.pos = start + 1 + m[0].length;
      return parseInt(m[0], 8);
    }
    if (e === 'x') {
      if (this.peek(2) === '{') {
        const m = /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(start + 2));
        const value = m === null ? NaN : parseInt(m[1]!, 16);
        if (m === null || !(value <= MAX_CODE_POINT)) {
          throw new RegexSyntaxError('invalid escape sequence', this.src.slice(start, start + 2 + (m?.[0].length ?? 1)), start);
        }
        this.pos = start + 2 + m[0].length;
        return value;
      }
      const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(start + 2, start + 4));
      if (m === null) throw new RegexSyntaxError('invalid escape sequence', this.src.slice(start, start + 4), start);
      this.pos = start + 4;
      return parseInt(m[0], 16);
    }
    const cp = this.codePointAt(start + 1);
    if (cp < 0x80 && !/[0-9A-Za-z]/.test(e)) {
      this.pos += 2;
      return cp;
    }
    throw new RegexSyntaxError('invalid escape sequence', this.src.slice(start, start + 1 + (cp > 0xffff ? 2 : 1)), start);
  }

  private parseClass(): CharSet {
    const start = this.pos;
    this.pos++; // [
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    let set: CharSet = EMPTY_CHARS;
    let first = true;
    for (;;) {
      if (this.pos >= this.src.length) throw new RegexSyntaxError('missing closing ]', this.src.slice(start), start);
      const c = this.peek();
      if (c === ']' && !first) break;
      first = false;
      if (c === '[' && this.peek(1) === ':') {
        const close = this.src.indexOf(':]', this.pos + 2);
        if (close !== -1) {
          const text = this.src.slice(this.pos, close + 2);
          let name = text.slice(2, -2);
          const neg = name.startsWith('^');
          if (neg) name = name.slice(1);
          const base = POSIX_CLASSES[name];
          if (base === undefined) throw new RegexSyntaxError('invalid character class range', text, this.pos);
          const folded = this.flags.i ? foldChars(base) : base;
          set = unionChars(set, neg ? complementChars(folded) : folded);
          this.pos = close + 2;
          continue;
        }
      }
      if (c === '\\') {
        const cls = this.tryParseClassEscape();
        if (cls !== undefined) {
          set = unionChars(set, cls);
          continue;
        }
      }
      const rangeStart = this.pos;
      const lo = this.parseClassChar();
      let hi = lo;
      if (this.peek() === '-' && this.pos + 1 < this.src.length && this.peek(1) !== ']') {
        this.pos++;
        hi = this.parseClassChar();
        if (hi < lo) throw new RegexSyntaxError('invalid character class range', this.src.slice(rangeStart, this.pos), rangeStart);
      }
      const range = charRange(lo, hi);
      set = unionChars(set, this.flags.i ? foldChars(range) : range);
    }
    this.pos++; // ]
    return negated ? complementChars(set) : set;
  }

  private parseClassChar(): number {
    if (this.peek() === '\\') return this.parseEscapedChar();
    const cp = this.codePointAt(this.pos);
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }
}
