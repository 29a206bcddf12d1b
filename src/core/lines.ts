/**
 * One line index per file turns offsets into 1-based line/column. `\n`, `\r\n` and a lone `\r`
 * each end a line. Columns count UTF-16 code units (SARIF's default column kind), 1-based.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface LineIndex {
  position(offset: number): Position;
  /** Offset of the first character of a 1-based line (clamped to the text). */
  lineStart(line: number): number;
  /** The text of a 1-based line without its terminator. */
  lineText(line: number): string;
  readonly lineCount: number;
}

export function buildLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineStart = (line: number): number => starts[Math.min(Math.max(line, 1), starts.length) - 1] as number;
  return {
    lineCount: starts.length,
    position(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length);
      const idx = lineOf(clamped);
      return { line: idx + 1, column: clamped - (starts[idx] as number) + 1 };
    },
    lineStart,
    lineText(line) {
      const start = lineStart(line);
      let end = line < starts.length ? (starts[line] as number) : text.length;
      while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
      return text.slice(start, end);
    },
  };
}

/** Texts up to this long answer `position` by counting from the start; longer ones build the index (once, on first use). */
const COUNTED_POSITIONS_MAX = 16 * 1024;

/**
 * `position` of `buildLineIndex(text)`, with nothing held but the text until it is asked: a file
 * kept for its findings (thousands of small configs) keeps no index of its lines. A short text is
 * counted from its start at each call; a long one builds the index on first use.
 */
export function textPositions(text: string): { position(offset: number): Position } {
  if (text.length > COUNTED_POSITIONS_MAX) {
    let index: LineIndex | undefined;
    return { position: (offset) => (index ??= buildLineIndex(text)).position(offset) };
  }
  return new CountedPositions(text);
}

class CountedPositions {
  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const text = this.text;
    const clamped = Math.min(Math.max(offset, 0), text.length);
    let line = 1;
    let start = 0;
    for (let i = 0; i < clamped; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        start = i + 1;
      } else if (c === 13) {
        // `\r\n` ends a line after its `\n`: an offset between the two is still on the line it ends.
        if (text.charCodeAt(i + 1) === 10) {
          if (i + 1 >= clamped) break;
          i++;
        }
        line++;
        start = i + 1;
      }
    }
    return { line, column: clamped - start + 1 };
  }
}
