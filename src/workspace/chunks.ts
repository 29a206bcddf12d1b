/**
 * A large file read in pieces: each call of the returned function opens the file again and
 * yields its bytes 1 MiB at a time, so a SQL file over `scan.max_file_bytes` is scanned without
 * ever being held. Only a regular file is read (a FIFO or device named as a file never is).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const CHUNK_BYTES = 1024 * 1024;

export function fileChunks(path: string, chunkBytes = CHUNK_BYTES): () => Iterable<Uint8Array> {
  return function* chunks(): Generator<Uint8Array> {
    const fd = openSync(path, 'r');
    try {
      if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
      let position = 0;
      for (;;) {
        const buffer = Buffer.allocUnsafe(chunkBytes);
        let filled = 0;
        while (filled < chunkBytes) {
          const n = readSync(fd, buffer, filled, chunkBytes - filled, position + filled);
          if (n === 0) break;
          filled += n;
        }
        if (filled === 0) return;
        position += filled;
        yield filled === chunkBytes ? buffer : buffer.subarray(0, filled);
        if (filled < chunkBytes) return;
      }
    } finally {
      closeSync(fd);
    }
  };
}
