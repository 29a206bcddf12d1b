import { describe, expect, it } from 'vitest';
import { findUriCredentials, isSecretValue } from '../../src/lightning/secrets.js';

/** [param, value] pairs found in a uri, read back through the returned offsets. */
const found = (uri: string) => findUriCredentials(uri).map((c) => [c.param, uri.slice(c.start, c.end)]);

describe('findUriCredentials', () => {
  // Strings from the TiDB vectors (import-into-examples.sql, br-commands.txt), inlined because
  // nothing may read /work/shared at test time.
  it.each([
    // pingcap/tidb pkg/executor/import_into_test.go: real (short test) values are reported.
    ['s3://bucket?access-key=ak&secret-access-key=sk', [['access-key', 'ak'], ['secret-access-key', 'sk']]],
    ['s3://bucket/*.csv?access-key=ak&secret-access-key=sk', [['access-key', 'ak'], ['secret-access-key', 'sk']]],
    ['s3://b/a.csv?secret-access-key=123', [['secret-access-key', '123']]],
    // docs placeholders are not secrets.
    ['s3://bucket-name/test.csv?access-key=XXX&secret-access-key=XXX', []],
    ['s3://backup-101/logbackup?access-key=${access-key}&secret-access-key=${secret-access-key}', []],
    ['s3://backup-101/logbackup?access-key=${ACCESS-KEY}&secret-access-key=${SECRET-ACCESS-KEY}', []],
    ['gs://import/test.csv?credentials-file=${credentials-file-path}', []],
    ['gs://test-multi-load/db.tbl.*.csv?endpoint=%s', []],
    ['mysql://root:@127.0.0.1:3306/', []],
    ['local:///mnt/backup/sbtest01/', []],
  ])('%s', (uri, expected) => {
    expect(found(uri)).toEqual(expected);
  });

  it('finds session tokens, SAS tokens, signatures and account keys, in either spelling', () => {
    expect(found('s3://b/p?session-token=tok&region=us-east-1')).toEqual([['session-token', 'tok']]);
    expect(found('azure://c/p?account-name=acct&sas-token=sv%3D2020%26sig%3Dabc')).toEqual([['sas-token', 'sv%3D2020%26sig%3Dabc']]);
    expect(found('azure://c/p?sv=2020-08-04&ss=b&sig=abc%2Bdef')).toEqual([['sig', 'abc%2Bdef']]);
    expect(found('azblob://c/p?account-key=K3y==')).toEqual([['account-key', 'K3y==']]);
    expect(found('s3://b/p?access_key=AK&secret_access_key=SK')).toEqual([
      ['access_key', 'AK'],
      ['secret_access_key', 'SK'],
    ]);
    expect(found('s3://b/p?Secret-Access-Key=SK')).toEqual([['Secret-Access-Key', 'SK']]);
  });

  it('reports credentials-file only when it holds inline JSON', () => {
    expect(found('gs://b/p?credentials-file=/etc/gcs.json')).toEqual([]);
    expect(found('gs://b/p?credentials-file=%7B%22type%22%3A%22service_account%22%7D')).toEqual([
      ['credentials-file', '%7B%22type%22%3A%22service_account%22%7D'],
    ]);
  });

  it('finds the password in userinfo, not the user', () => {
    expect(found('mysql://root:s3cret@host:3306/db')).toEqual([['password', 's3cret']]);
    expect(found('s3://user@bucket/p')).toEqual([]);
    expect(found('mysql://root:${PASSWORD}@host/')).toEqual([]);
    // An `@` in the path is not userinfo.
    expect(found('s3://bucket/a:b@c')).toEqual([]);
  });

  it('ignores empty values, parameters without a value and the fragment', () => {
    expect(found('s3://b/p?access-key=&secret-access-key')).toEqual([]);
    expect(found('s3://b/p#access-key=abc')).toEqual([]);
    expect(found('/data/my_database')).toEqual([]);
    expect(found('')).toEqual([]);
  });

  it('treats common placeholders as not secret', () => {
    for (const placeholder of ['XXX', 'xxxxxx', '***', '${KEY}', '$KEY', '$(cat key)', '%s', '<secret-key>', '{{ .Key }}', '...']) {
      expect(isSecretValue(placeholder), placeholder).toBe(false);
    }
    expect(isSecretValue('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isSecretValue('%ZZ')).toBe(true);
  });
});
