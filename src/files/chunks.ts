/**
 * A large file read in pieces: each call of the returned function opens the file again through
 * the confined reader (real path under the root, regular files only) and yields its bytes 1 MiB
 * at a time, so a SQL file over `scan.max_file_bytes` is scanned without ever being held.
 */
import type { ConfinedReader } from './confined.js';

export const CHUNK_BYTES = 1024 * 1024;

export function fileChunks(reader: ConfinedReader, path: string, chunkBytes = CHUNK_BYTES): () => Iterable<Uint8Array> {
  return function* chunks(): Generator<Uint8Array> {
    const file = reader.open(path);
    if (!file.ok) throw Object.assign(new Error(file.reason), { code: 'EREFUSED' });
    try {
      for (;;) {
        const buffer = new Uint8Array(chunkBytes);
        let filled = 0;
        while (filled < chunkBytes) {
          const n = file.read(buffer.subarray(filled));
          if (n === 0) break;
          filled += n;
        }
        if (filled === 0) return;
        yield filled === chunkBytes ? buffer : buffer.subarray(0, filled);
        if (filled < chunkBytes) return;
      }
    } finally {
      file.close();
    }
  };
}
