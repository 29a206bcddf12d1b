/** Fingerprints: 24 hex digits of SHA-256 over the parts that identify a finding (never a line number). */
import { createHash } from 'node:crypto';

export function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}
