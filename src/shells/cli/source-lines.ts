/**
 * The source lines text output quotes in its code frames: read through the confined reader (never
 * outside the repository, or the folder of a `--policy` the user named), once per file as the
 * report goes file by file, and only from files small enough to hold (larger ones get no excerpt).
 */
import { dirname, resolve } from 'node:path';
import { buildLineIndex, type LineIndex } from '../../core/lines.js';
import { decodeSource } from '../../core/text.js';
import { createConfinedReader } from '../../files/confined.js';

const SOURCE_MAX_BYTES = 16 * 1024 * 1024;
const KEPT_FILES = 8;

export function sourceLines(root: string, policyPath: string | undefined): (file: string, line: number) => string | undefined {
  const extraRoots = policyPath !== undefined ? [dirname(resolve(root, policyPath))] : [];
  const reader = createConfinedReader(root, { extraRoots });
  // The text report asks file by file (its blocks are sorted by file): the last few files read are
  // kept, not every file with a finding (at 64x the benchmark, tens of megabytes of text).
  const cache = new Map<string, LineIndex | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      const read = reader.read(file, SOURCE_MAX_BYTES);
      const decoded = read.ok ? decodeSource(read.bytes) : undefined;
      if (cache.size >= KEPT_FILES) cache.delete(cache.keys().next().value as string);
      cache.set(file, decoded?.ok ? buildLineIndex(decoded.text) : undefined);
    }
    const index = cache.get(file);
    return index && line >= 1 && line <= index.lineCount ? index.lineText(line) : undefined;
  };
}
