/**
 * Bytes to text. A file the linter cannot decode is never treated as empty: the caller turns the
 * error into a `syntax-error` finding at the reported offset.
 */
export type Decoded =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly message: string /** offset into the text decoded so far */;
      readonly offset: number;
      readonly text: string;
    };

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeSource(bytes: Uint8Array): Decoded {
  // Like git, a NUL byte among the first 8000 means binary, whatever else the bytes are.
  const nul = bytes.subarray(0, 8000).indexOf(0);
  if (nul < 0) {
    // The native decoder validates far faster than a loop; locate the bad byte only on failure.
    try {
      return { ok: true, text: strict.decode(bytes) };
    } catch {
      // fall through to find the offset
    }
  }
  const bad = nul >= 0 ? -1 : firstInvalidUtf8(bytes);
  if (nul >= 0) {
    return { ok: false, message: 'binary content (a NUL byte): this is not a text file', offset: 0, text: '' };
  }
  if (bad >= 0) {
    const text = utf8.decode(bytes.subarray(0, bad));
    return { ok: false, message: 'invalid UTF-8 byte sequence: the file must be UTF-8 text', offset: text.length, text };
  }
  // ignoreBOM: false makes the decoder drop a leading BOM, so offsets match what editors show.
  return { ok: true, text: utf8.decode(bytes) };
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
