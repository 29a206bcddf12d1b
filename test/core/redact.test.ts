/**
 * The one redaction function (src/core/redact.ts): credentials by shape inside any text, the exact
 * values the scan found, placeholders kept, idempotent, linear on hostile text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDsnPassword, isPlaceholder, isSecretValue, redactKnown, redactSecrets, REDACTED } from '../../src/core/redact.js';

describe('redactSecrets', () => {
  it.each([
    // The message invalid-import-into wrote before (issue 8 item 7): the URI is quoted whole.
    [
      "TiDB rejects CLOUD_STORAGE_URI='ftp://u:hunter2pw@sort/x?secret-access-key=AKsecret1' (error 8164)",
      "TiDB rejects CLOUD_STORAGE_URI='ftp://u:***@sort/x?secret-access-key=***' (error 8164)",
    ],
    // invalid-policy quoting an `extends` URL.
    [
      'extends: policy file `https://bot:ghp_tok3n@example.com/p.yml` does not exist',
      'extends: policy file `https://bot:***@example.com/p.yml` does not exist',
    ],
    [
      's3://b/p?access-key=AK&secret-access-key=SK&session-token=TOK&region=x',
      's3://b/p?access-key=***&secret-access-key=***&session-token=***&region=x',
    ],
    ['azure://c/p?sv=2020&sig=abc%2Bdef and more', 'azure://c/p?sv=2020&sig=*** and more'],
    ['s3://b/p?Secret_Access_Key=SK', 's3://b/p?Secret_Access_Key=***'],
    ['s3://b/p?secret%2Daccess%2Dkey=SK', 's3://b/p?secret%2Daccess%2Dkey=***'],
    ['azblob://c/p?account-key=K3y==', 'azblob://c/p?account-key=***'],
    ['gs://b/p?credentials-file=%7B%22private_key%22%3A%22x%22%7D', 'gs://b/p?credentials-file=***'],
    ['gs://b/p?credentials-file={"private_key": "x y"}&a=1', 'gs://b/p?credentials-file=***&a=1'],
    // Go MySQL DSNs ([checkpoint] dsn), the password running to the last `@`.
    ['dsn `root:p@ss@tcp(127.0.0.1:4000)/lightning`', 'dsn `root:***@tcp(127.0.0.1:4000)/lightning`'],
    ['"root:pw@unix(/tmp/sock)/db"', '"root:***@unix(/tmp/sock)/db"'],
    ['u:pw@/db', 'u:***@/db'],
    // The access key id that goes with a userinfo secret: object stores, and AWS key ids anywhere.
    ["'s3://AKIDexample9:wJalr@bucket/x.csv'", "'s3://***:***@bucket/x.csv'"],
    ['gcs://kid:pw@b/x and S3://kid:pw@b/y', 'gcs://***:***@b/x and S3://***:***@b/y'],
    ['https://AKIAIOSFODNN7EXAMPLE:pw@s3.amazonaws.com/b', 'https://***:***@s3.amazonaws.com/b'],
    // A database user name is no key id; a placeholder user stays; an already masked password still counts.
    ['mysql://appuser:pw@db/x', 'mysql://appuser:***@db/x'],
    ['s3://${KEY_ID}:pw@b/x', 's3://${KEY_ID}:***@b/x'],
    ['s3://kid:***@b/x', 's3://***:***@b/x'],
  ])('%s', (text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
    expect(redactSecrets(expected)).toBe(expected);
  });

  it('with keyIds: false (fingerprints), keeps the access key id and still masks the secret', () => {
    expect(redactSecrets('s3://kid:pw@b/x', { keyIds: false })).toBe('s3://kid:***@b/x');
    // No password beside it: a user alone is not masked.
    expect(redactSecrets('s3://kid:${SECRET}@b/x')).toBe('s3://kid:${SECRET}@b/x');
  });

  it('keeps placeholders, paths and ordinary prose', () => {
    for (const text of [
      's3://bucket/test.csv?access-key=XXX&secret-access-key=XXX',
      's3://b/p?access-key=${AWS_ACCESS_KEY_ID}&secret-access-key={YOUR_SECRET_KEY}',
      'mysql://root:@127.0.0.1:3306/',
      'mysql://root:${PASSWORD}@host/',
      'root:<password>@tcp(h:4000)/',
      'gs://b/p?credentials-file=/etc/gcs.json',
      's3://user@bucket/p',
      'use `backend = "tidb"`: write KEY=value, e.g. THREAD=8',
      'error 8164 at 10:20 @ noon',
    ]) {
      expect(redactSecrets(text), text).toBe(text);
    }
  });

  it('is idempotent and removes planted credentials from random text (fixed seed)', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{6,24}$/).filter((s) => !isPlaceholder(s));
    const filler = fc.string({ maxLength: 40 }).map((s) => s.replace(/[?&@:=]/g, ' '));
    const shape = fc.constantFrom(
      (s: string) => `s3://b/p?secret-access-key=${s}`,
      (s: string) => `azure://c/p?x=1&sas-token=${s}&y=2`,
      (s: string) => `mysql://root:${s}@db:3306/x`,
      (s: string) => `root:${s}@tcp(h:4000)/`,
    );
    fc.assert(
      fc.property(filler, shape, secret, filler, (before, make, value, after) => {
        const text = `${before} '${make(value)}' ${after}`;
        const once = redactSecrets(text);
        expect(once.includes(value)).toBe(false);
        expect(redactSecrets(once)).toBe(once);
      }),
      { seed: 8_0711, numRuns: 300 },
    );
  });

  it('costs linear time on hostile text (counted, not timed): a megabyte of letters, of `=`, of `a:`', () => {
    const hostile = [
      'a'.repeat(1 << 20),
      'a='.repeat(1 << 19) + '@',
      'a:'.repeat(1 << 19) + '@/',
      '?a='.repeat(300_000) + '@',
      'x://'.repeat(200_000),
      ' a:b@'.repeat(1 << 17),
    ];
    for (const text of hostile) {
      // A quadratic scan of these would not return within the test's timeout.
      expect(redactSecrets(text).length).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('findDsnPassword', () => {
  // go-sql-driver/mysql dsn.go ParseDSN: last '/' ends the address, last '@' before it ends the
  // user info, first ':' starts the password.
  const password = (dsn: string) => {
    const c = findDsnPassword(dsn);
    return c ? dsn.slice(c.start, c.end) : undefined;
  };
  it('reads the password as the MySQL driver does', () => {
    expect(password('root:s3cret@tcp(127.0.0.1:4000)/')).toBe('s3cret');
    expect(password('root:p@ss:w/rd@tcp(h:4000)/db')).toBe('p@ss:w/rd');
    expect(password('root:p@ss@tcp(h:4000)/db?parseTime=true')).toBe('p@ss');
    expect(password('root@tcp(h:4000)/')).toBe(undefined);
    expect(password('root:@tcp(h:4000)/')).toBe(undefined);
    expect(password('root:{YOUR_PASSWORD}@tcp(h:4000)/')).toBe(undefined);
    expect(password('/tmp/tidb_lightning_checkpoint.pb')).toBe(undefined);
    expect(password('mysql://root:x@h/')).toBe(undefined); // a URI: findUriCredentials' job
  });
});

describe('placeholders, alike in every key', () => {
  it('are never secrets, encoded or not', () => {
    for (const value of ['XXX', '***', '${KEY}', '$KEY', '$(cat key)', '%s', '<secret-key>', '{YOUR_KEY}', '{{ .Key }}', '...', '', '  ']) {
      expect(isSecretValue(value, false), value).toBe(false);
      expect(isSecretValue(encodeURIComponent(value)), value).toBe(false);
    }
    expect(isSecretValue(REDACTED)).toBe(false);
    expect(isSecretValue('{"type":"service_account"}', false)).toBe(true);
    expect(isSecretValue('AKIAIOSFODNN7EXAMPLE', false)).toBe(true);
  });
});

describe('redactKnown', () => {
  it('removes long secrets anywhere and short ones only as whole words', () => {
    expect(redactKnown('value S3cr3tValue1 and xS3cr3tValue1x', ['S3cr3tValue1'])).toBe('value *** and x***x');
    expect(redactKnown('the `[tidb] password` is `pass`', ['pass'])).toBe('the `[tidb] password` is `***`');
    expect(redactKnown('nothing here', [])).toBe('nothing here');
    expect(redactKnown('keep XXX', ['XXX'])).toBe('keep XXX');
  });
});
