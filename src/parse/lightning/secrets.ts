/**
 * Credentials written in plain text in the values the linter knows the meaning of, for the
 * `plaintext-secret` rule: storage URIs (Lightning `data-source-dir`, IMPORT INTO locations,
 * `CLOUD_STORAGE_URI`, `BACKUP ... TO` targets, `LOAD DATA ... INFILE` locations) and Lightning's
 * `[checkpoint] dsn`. What is a credential and what is a placeholder is decided in one place,
 * src/core/redact.ts, shared with the redaction of every echoed value, so the rule that reports a
 * secret and the code that hides it never disagree. Only offsets are returned, never the secret.
 */
import { findDsnPassword, findUriCredentials, type Credential } from '../../core/redact.js';

export { findDsnPassword, findUriCredentials, isPlaceholder, isSecretValue } from '../../core/redact.js';
export type UriCredential = Credential;

/**
 * Credentials in Lightning's `[checkpoint] dsn`: a Go MySQL DSN (`user:password@tcp(host:port)/`,
 * the form Lightning documents for `driver = "mysql"`) or a URI. A file path (`driver = "file"`)
 * holds none.
 */
export function findCheckpointDsnCredentials(dsn: string): Credential[] {
  const found = findUriCredentials(dsn);
  const password = findDsnPassword(dsn);
  if (password && !found.some((c) => c.start === password.start)) found.push(password);
  return found.sort((a, b) => a.start - b.start);
}
