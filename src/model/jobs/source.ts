/**
 * How two imports are recognised as reading "the same source" (the downstream remedy): the data
 * directory or location with credentials and query parameters dropped, `file://`/`local://`
 * prefixes and trailing slashes removed, plain paths normalized, and the scheme lowercased.
 */
import { posix } from 'node:path';

export function normalizeSource(location: string): string {
  let s = location.trim();
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(0, q);
  s = s.replace(/^(file|local):\/\//i, '');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s);
  if (scheme) s = scheme[1]!.toLowerCase() + s.slice(scheme[1]!.length);
  // user:password@ in a URI is a credential, not part of the source's identity.
  s = s.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  // A plain path: `./data/exp/`, `data//exp` and `data/exp` are one directory.
  if (!scheme && s !== '') s = posix.normalize(s);
  while (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s;
}
