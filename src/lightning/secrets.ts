/**
 * Credentials written inside storage URIs (Lightning `data-source-dir`, IMPORT INTO locations,
 * `CLOUD_STORAGE_URI`, `BACKUP ... TO` targets), for the `plaintext-secret` rule. Returns only
 * offsets, never the secret, so no caller can leak it by accident.
 *
 * What counts (BR/Lightning external-storage URI parameters, docs br/backup-and-restore-storages.md):
 * - query parameters `access-key`, `secret-access-key`, `session-token` (S3), `sas-token`,
 *   `account-key` (Azure Blob), `sig` (the signature of an Azure SAS written inline), each also in
 *   its underscore spelling, names compared case-insensitively;
 * - `credentials-file` (GCS) only when its value is inline JSON (starts with `{`): normally it names
 *   a file path, which is not a secret, and flagging every path would teach users to ignore the rule;
 * - the password in `user:password@host` userinfo (reported as param `password`); a user name alone
 *   is not a secret.
 *
 * Empty values and obvious placeholders are not secrets and are skipped: `XXX`/`xxx`/`***`, `${...}`,
 * `$VAR`, `$(...)`, `%s`, `<...>`, `{{...}}`, `...`. Documentation and templates are full of these,
 * and none of them can leak anything. Real-looking values, even short test ones such as `sk`, are
 * reported: the linter cannot tell a test key from a real one.
 */

export interface UriCredential {
  /** The parameter as written (`secret-access-key`), or `password` for userinfo. */
  readonly param: string;
  /** Offsets of the VALUE inside the uri, half-open. */
  readonly start: number;
  readonly end: number;
}

const SECRET_PARAMS = new Set([
  'access-key',
  'secret-access-key',
  'session-token',
  'sas-token',
  'account-key',
  'sig',
  'credentials-file',
]);

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

export function findUriCredentials(uri: string): UriCredential[] {
  const found: UriCredential[] = [];
  const fragmentAt = uri.indexOf('#');
  const end = fragmentAt < 0 ? uri.length : fragmentAt;
  const queryAt = uri.indexOf('?');
  const scheme = SCHEME.exec(uri);
  if (scheme) {
    const authorityStart = scheme[0].length;
    let authorityEnd = end;
    for (const stop of ['/', '?']) {
      const at = uri.indexOf(stop, authorityStart);
      if (at >= 0 && at < authorityEnd) authorityEnd = at;
    }
    const at = uri.lastIndexOf('@', authorityEnd - 1);
    if (at >= authorityStart) {
      const colon = uri.indexOf(':', authorityStart);
      if (colon >= 0 && colon < at && isSecretValue(uri.slice(colon + 1, at))) {
        found.push({ param: 'password', start: colon + 1, end: at });
      }
    }
  }
  if (queryAt >= 0 && queryAt < end) {
    let partStart = queryAt + 1;
    while (partStart <= end) {
      let partEnd = uri.indexOf('&', partStart);
      if (partEnd < 0 || partEnd > end) partEnd = end;
      const eq = uri.indexOf('=', partStart);
      if (eq >= 0 && eq < partEnd) {
        const param = uri.slice(partStart, eq);
        const name = safeDecode(param).toLowerCase().replace(/_/g, '-');
        const value = uri.slice(eq + 1, partEnd);
        if (SECRET_PARAMS.has(name) && isSecretValue(value) && (name !== 'credentials-file' || looksLikeInlineJson(value))) {
          found.push({ param, start: eq + 1, end: partEnd });
        }
      }
      partStart = partEnd + 1;
    }
  }
  return found;
}

const PLACEHOLDERS: readonly RegExp[] = [
  /^[xX*]{3,}$/,
  /^\$\{[^}]*\}$/,
  /^\$[A-Za-z_][A-Za-z0-9_]*$/,
  /^\$\([^)]*\)$/,
  /^%s$/,
  /^<[^>]*>$/,
  /^\{\{.*\}\}$/,
  /^\.{3}$/,
];

/** Whether a raw (possibly percent-encoded) value could be a secret: non-empty and not a placeholder. */
export function isSecretValue(raw: string): boolean {
  const value = safeDecode(raw).trim();
  if (value === '') return false;
  return !PLACEHOLDERS.some((re) => re.test(value));
}

function looksLikeInlineJson(raw: string): boolean {
  return safeDecode(raw).trimStart().startsWith('{');
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
