/**
 * The one redaction path for every value the tool echoes. Pure, no dependencies.
 *
 * Two jobs, kept together so the rule that *reports* a credential and the code that *hides* it
 * can never disagree on what a credential is or which values are placeholders:
 *
 * 1. Finding credentials in a value the linter knows the meaning of (a storage URI, a Go MySQL
 *    DSN): `findUriCredentials`, `findDsnPassword`, for the `plaintext-secret` rule. They return
 *    offsets, never the secret, so no caller can leak it by accident.
 * 2. Redacting any text on its way out (`redactSecrets`): wherever a message quotes a value
 *    (an invalid `CLOUD_STORAGE_URI`, a policy `extends` URL, a Lightning key), a credential
 *    shaped like one of the above is replaced by `***`. `redactKnown` additionally removes the
 *    exact values the `plaintext-secret` rule found in the scanned files, whatever form a message
 *    quotes them in.
 *
 * What counts as a credential (BR/Lightning external-storage URI parameters, docs
 * br/backup-and-restore-storages.md; go-sql-driver/mysql DSN syntax):
 * - query parameters `access-key`, `secret-access-key`, `session-token` (S3), `sas-token`,
 *   `account-key` (Azure Blob), `sig` (the signature of an Azure SAS written inline), each also in
 *   its underscore spelling, names compared case-insensitively after percent-decoding;
 * - `credentials-file` (GCS) only when its value is inline JSON (starts with `{`): normally it names
 *   a file path, which is not a secret, and flagging every path would teach users to ignore the rule;
 * - the password in `scheme://user:password@host` userinfo; a user name alone is not a secret,
 *   but in output the user is masked too where it is an access key id (`isKeyIdUser`: an object
 *   store's URI, or an AWS key id shape), as the `access-key` parameter is; it is not reported;
 * - the password in a DSN `user:password@tcp(host:port)/db` (Lightning `[checkpoint] dsn`).
 *
 * Placeholders are never secrets, in every key alike: empty values, `XXX`/`xxx`/`***`, `${...}`,
 * `$VAR`, `$(...)`, `%s`, `<...>`, `{NAME}`, `{{...}}`, `...`. Documentation and templates are full
 * of these, and none of them can leak anything; they are also left visible in messages.
 * Real-looking values, even short test ones such as `sk`, are secrets: the linter cannot tell a
 * test key from a real one.
 */

/** What replaces a secret in output. Itself a placeholder, so redaction is idempotent. */
export const REDACTED = '***';

export interface Credential {
  /** The parameter as written (`secret-access-key`), or `password` for userinfo and DSNs. */
  readonly param: string;
  /** Offsets of the VALUE inside the scanned string, half-open. */
  readonly start: number;
  readonly end: number;
}

const SECRET_PARAMS = new Set(['access-key', 'secret-access-key', 'session-token', 'sas-token', 'account-key', 'sig', 'credentials-file']);

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

const PLACEHOLDERS: readonly RegExp[] = [
  /^[xX*]{3,}$/,
  /^\$\{[^}]*\}$/,
  /^\$[A-Za-z_][A-Za-z0-9_]*$/,
  /^\$\([^)]*\)$/,
  /^%s$/,
  /^<[^<>]*>$/,
  /^\{[A-Za-z_][A-Za-z0-9_. -]*\}$/,
  /^\{\{.*\}\}$/s,
  /^\.{3}$/,
];

/** A value that stands for a secret without being one (see the module comment). */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return v === '' || PLACEHOLDERS.some((re) => re.test(v));
}

/**
 * Whether a value could be a secret: non-empty and not a placeholder. `encoded` values (URI
 * parameters and userinfo) are percent-decoded first, so `%24%7BKEY%7D` is the placeholder `${KEY}`.
 */
export function isSecretValue(raw: string, encoded = true): boolean {
  return !isPlaceholder(encoded ? safeDecode(raw) : raw);
}

/** Credentials inside one storage URI (or any string with a `?query`). */
export function findUriCredentials(uri: string): Credential[] {
  const found: Credential[] = [];
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
        const value = uri.slice(eq + 1, partEnd);
        if (isSecretParam(param, value)) found.push({ param, start: eq + 1, end: partEnd });
      }
      partStart = partEnd + 1;
    }
  }
  return found;
}

function isSecretParam(param: string, value: string): boolean {
  const name = safeDecode(param).toLowerCase().replace(/_/g, '-');
  return SECRET_PARAMS.has(name) && isSecretValue(value) && (name !== 'credentials-file' || safeDecode(value).trimStart().startsWith('{'));
}

/**
 * The password of a Go MySQL DSN, `[user[:password]@][net[(addr)]]/dbname[?params]` (the form of
 * Lightning's `[checkpoint] dsn` with `driver = "mysql"`), parsed as go-sql-driver/mysql's
 * `ParseDSN` does (dsn.go): the last `/` ends the address part, the last `@` before it ends the
 * user info, and the first `:` in the user info starts the password. A URI-style DSN
 * (`mysql://user:pass@host/`) is a URI: `findUriCredentials` covers it.
 */
export function findDsnPassword(dsn: string): Credential | undefined {
  if (SCHEME.test(dsn)) return undefined;
  const slash = dsn.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const at = dsn.lastIndexOf('@', slash);
  if (at < 0) return undefined;
  const colon = dsn.indexOf(':');
  if (colon < 0 || colon >= at) return undefined;
  // Not URI-encoded: the driver takes the password as written.
  return isSecretValue(dsn.slice(colon + 1, at), false) ? { param: 'password', start: colon + 1, end: at } : undefined;
}

export function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

// ---------------------------------------------------------------------------------------------
// Redaction of free text (messages, titles, reasons) on its way out.

/** Where a quoted URI or DSN ends inside a message: white space, a quote, a backtick, `<`, `>`. */
const STOP = `\\s'"\`<>`;
/** `?name=` or `&name=` of a query, anywhere in the text. */
const QUERY_PARAM = new RegExp(`[?&;]([^=&#${STOP}]{1,64})=([^&#${STOP}]*)`, 'g');
/**
 * `scheme://user:password@`: the password runs to the last `@` of the authority. Every quantifier
 * is bounded, so a scan costs linear time whatever the text (a megabyte of letters, of `=`).
 */
const USERINFO = new RegExp(`([A-Za-z][A-Za-z0-9+.-]{0,31})://([^:/?#@${STOP}]{0,256}):([^/?#${STOP}]{0,1024})@`, 'g');

/**
 * Object stores BR and Lightning read (br/pkg/storage/parse.go: `s3`, `ks3`, `gcs`/`gs`,
 * `azure`/`azblob`): there the user of `scheme://user:password@` is an access key id, the value the
 * `access-key` parameter holds (a credential by that name); secret scanners flag it.
 */
const OBJECT_STORE_SCHEMES = new Set(['s3', 'ks3', 'gcs', 'gs', 'azure', 'azblob']);
/** An AWS access key id (`AKIA…` long-term, `ASIA…` temporary), in a URI of any scheme. */
const AWS_KEY_ID = /^(?:AKIA|ASIA)[A-Z0-9]{16}$/;

/**
 * Whether the user of a `scheme://user:password@` to redact is an access key id to mask as well:
 * in an object store's URI or shaped like an AWS key id, when it is no placeholder and sits next to
 * a password (a secret, or one already masked). A database's user name (`mysql://root:…@`) stays:
 * it tells a reviewer which account, and is no credential.
 */
function isKeyIdUser(scheme: string, user: string, password: string): boolean {
  if (user === '' || !isSecretValue(user)) return false;
  if (!(isSecretValue(password) || password === REDACTED)) return false;
  return OBJECT_STORE_SCHEMES.has(scheme.toLowerCase()) || AWS_KEY_ID.test(safeDecode(user));
}
/** `user:password@tcp(`, `user:password@unix(`, `user:password@/db`: a Go MySQL DSN. */
const DSN = new RegExp(`(?<=^|[${STOP}=(,])([^:@/=?&(),${STOP}]{0,64}):([^${STOP}]{0,1024}?)@(?=[A-Za-z0-9]{0,16}\\(|/)`, 'g');

interface Cut {
  readonly start: number;
  readonly end: number;
}

/**
 * `text` with every credential it quotes replaced by `***`: URI credential parameters, userinfo
 * passwords and DSN passwords, wherever they appear, and the access key id a userinfo password
 * goes with (`isKeyIdUser`; `keyIds: false` keeps it, for fingerprints, which were computed
 * before it was masked and are a contract). Placeholders are kept. Idempotent.
 */
export function redactSecrets(text: string, options: { readonly keyIds?: boolean } = {}): string {
  const keyIds = options.keyIds ?? true;
  const hasAt = text.includes('@');
  if (!hasAt && !text.includes('=')) return text;
  const cuts: Cut[] = [];
  for (const m of text.matchAll(QUERY_PARAM)) {
    const param = m[1] as string;
    let value = m[2] as string;
    const valueStart = (m.index as number) + m[0].length - value.length;
    // Inline JSON credentials run on past the characters that end a plain value.
    if (/^(\{|%7b)/i.test(value) || (value === '' && text[valueStart] === '{')) value = jsonRun(text, valueStart);
    if (isSecretParam(param, value)) cuts.push({ start: valueStart, end: valueStart + value.length });
  }
  if (!hasAt) return applyCuts(text, cuts);
  for (const m of text.matchAll(USERINFO)) {
    const [scheme, user, password] = [m[1] as string, m[2] as string, m[3] as string];
    const end = (m.index as number) + m[0].length - 1;
    if (isSecretValue(password)) cuts.push({ start: end - password.length, end });
    if (keyIds && isKeyIdUser(scheme, user, password)) {
      const userStart = (m.index as number) + scheme.length + 3;
      cuts.push({ start: userStart, end: userStart + user.length });
    }
  }
  for (const m of text.matchAll(DSN)) {
    const password = m[2] as string;
    const end = (m.index as number) + m[0].length - 1;
    if (isSecretValue(password, false)) cuts.push({ start: end - password.length, end });
  }
  return applyCuts(text, cuts);
}

/** From `start`, a JSON object's text up to its balanced close (or the end of the quoted token). */
function jsonRun(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length && i < start + 65_536; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth <= 0) return text.slice(start, i + 1);
    else if (c === '\n') return text.slice(start, i);
  }
  const stop = text.slice(start).search(/[&#\s`]/);
  return stop < 0 ? text.slice(start) : text.slice(start, start + stop);
}

function applyCuts(text: string, cuts: Cut[]): string {
  if (!cuts.length) return text;
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    if (cut.end <= at) continue;
    const start = Math.max(cut.start, at);
    out += text.slice(at, start) + REDACTED;
    at = cut.end;
  }
  return out + text.slice(at);
}

/** Secrets shorter than this are removed only where they stand as a whole word. */
const MIN_SUBSTRING_SECRET = 8;

/**
 * `text` without any of the exact `secrets` (values the scan found in plain text). A secret of 8
 * characters or more is removed wherever it occurs; a shorter one only where it is not part of a
 * longer word, so a password `pass` does not turn "password" into "***word".
 */
export function redactKnown(text: string, secrets: readonly string[]): string {
  const cuts: Cut[] = [];
  for (const secret of secrets) {
    if (secret === '' || isPlaceholder(secret)) continue;
    const whole = secret.length < MIN_SUBSTRING_SECRET;
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
      if (whole && (isWordChar(text[at - 1]) || isWordChar(text[at + secret.length]))) continue;
      cuts.push({ start: at, end: at + secret.length });
    }
  }
  return applyCuts(text, cuts);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}
