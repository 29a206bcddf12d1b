/**
 * The parts of a streamed file the later stages need — statements that matter, directive
 * comments, the places problems point at — with their positions, instead of the whole text.
 * It answers `slice` for spans inside what it kept and `position` for any offset it was told
 * about (and offsets inside kept text), like a string and a line index would.
 */
import type { Position } from '../../core/lines.js';

/** What later stages read of a file's text: spans of it. A string is one. */
export interface TextSource {
  slice(start: number, end: number): string;
}

/** Offsets to 1-based line/column. A `LineIndex` is one. */
export interface Positions {
  position(offset: number): Position;
}

interface Segment {
  readonly start: number;
  readonly text: string;
  line: number;
  column: number;
}

export class KeptText implements TextSource, Positions {
  private segments: Segment[] = [];
  private sorted = true;

  /** Keeps `text`, found at `start` (a point when empty). */
  add(start: number, text = ''): void {
    const last = this.segments[this.segments.length - 1];
    if (last && start < last.start) this.sorted = false;
    this.segments.push({ start, text, line: 0, column: 0 });
  }

  /** Start offsets whose positions `resolve` needs, ascending. */
  anchors(): number[] {
    this.sort();
    return this.segments.map((s) => s.start);
  }

  /** Positions of `anchors()`, in the same order. */
  resolve(positions: readonly Position[]): void {
    this.segments.forEach((s, i) => {
      const p = positions[i];
      if (p) {
        s.line = p.line;
        s.column = p.column;
      }
    });
    // Read to its end: kept exactly as long as it is (a pushed array keeps room for more).
    this.segments = this.segments.slice();
  }

  private sort(): void {
    if (this.sorted) return;
    this.segments.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
    this.sorted = true;
  }

  /** The last segment starting at or before `offset` that contains it, else the last one before it. */
  private find(offset: number): Segment | undefined {
    this.sort();
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.segments[mid] as Segment).start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return undefined;
    // A point or short segment may sit inside an earlier, longer one (a comment inside a statement).
    for (let k = found; k >= 0 && k >= found - 8; k--) {
      const s = this.segments[k] as Segment;
      if (offset <= s.start + s.text.length) return s;
    }
    return this.segments[found];
  }

  slice(start: number, end: number): string {
    const s = this.find(start);
    if (!s || end > s.start + s.text.length) return s ? s.text.slice(start - s.start) : '';
    return s.text.slice(start - s.start, end - s.start);
  }

  position(offset: number): Position {
    const s = this.find(offset);
    if (!s) return { line: 1, column: offset + 1 };
    let line = s.line;
    let column = s.column;
    const upTo = Math.min(offset - s.start, s.text.length);
    for (let i = 0; i < upTo; i++) {
      const c = s.text.charCodeAt(i);
      if (c === 10 && i > 0 && s.text.charCodeAt(i - 1) === 13) {
        column = 1;
      } else if (c === 10 || c === 13) {
        line++;
        column = 1;
      } else column++;
    }
    return { line, column: column + (offset - s.start - upTo) };
  }
}

/**
 * Positions of ascending `offsets` in a text given in pieces, as the line index counts them
 * (`\n`, `\r\n` and a lone `\r` end a line; columns in UTF-16 units).
 */
export function positionsOf(pieces: Iterable<string>, offsets: readonly number[]): Position[] {
  const out: Position[] = [];
  let a = 0;
  let base = 0;
  let line = 1;
  let lineStart = 0;
  let afterCR = false;
  const take = (at: number): void => {
    while (a < offsets.length && (offsets[a] as number) === at) {
      out.push({ line, column: at - lineStart + 1 });
      a++;
    }
  };
  for (const piece of pieces) {
    const n = piece.length;
    let i = 0;
    while (a < offsets.length && (offsets[a] as number) < base) {
      out.push({ line, column: (offsets[a] as number) - lineStart + 1 });
      a++;
    }
    const simple = !afterCR && piece.indexOf('\r') === -1;
    while (i < n) {
      const next = a < offsets.length ? (offsets[a] as number) - base : n;
      const stop = Math.min(next, n);
      if (simple) {
        for (let k = piece.indexOf('\n', i); k !== -1 && k < stop; k = piece.indexOf('\n', k + 1)) {
          line++;
          lineStart = base + k + 1;
        }
      } else {
        for (let k = i; k < stop; k++) {
          const c = piece.charCodeAt(k);
          if (c === 10) {
            if (!afterCR) line++;
            lineStart = base + k + 1;
            afterCR = false;
          } else if (c === 13) {
            line++;
            lineStart = base + k + 1;
            afterCR = true;
          } else afterCR = false;
        }
      }
      i = stop;
      if (stop === next && stop < n) take(base + stop);
    }
    base += n;
  }
  while (a < offsets.length) {
    out.push({ line, column: (offsets[a] as number) - lineStart + 1 });
    a++;
  }
  return out;
}
