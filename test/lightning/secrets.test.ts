/**
 * Secrets in Lightning configs (issue 11 item 12). Sources: `[checkpoint] dsn` is
 * `Checkpoint.DSN` (toml "dsn"; "DSN may contain password") in pingcap/tidb
 * br/pkg/lightning/config/config.go from the BR merge (commit 1a54708a7f, 2021-08, v5.2.0) and
 * pkg/lightning/config/config.go on master (2025-12), read as a go-sql-driver/mysql DSN for the
 * mysql driver; `[tidb] password`, and cloud storage URI parameters (pkg/executor/import_into_test.go).
 * Placeholders are not secrets whichever key holds them; a task file with only `[tidb]`,
 * `[checkpoint]` or `[conflict]` is still a Lightning config (domain.md section 9).
 */
import { describe, expect, it } from 'vitest';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';
import { findCheckpointDsnCredentials, findUriCredentials, isSecretValue } from '../../src/parse/lightning/secrets.js';

/** [param, value] pairs found in a uri, read back through the returned offsets. */
const found = (uri: string) => findUriCredentials(uri).map((c) => [c.param, uri.slice(c.start, c.end)]);

describe('findUriCredentials', () => {
  // Strings from the TiDB vectors (import-into-examples.sql, br-commands.txt), inlined because
  // nothing may read /work/shared at test time.
  it.each([
    // pingcap/tidb pkg/executor/import_into_test.go: real (short test) values are reported.
    [
      's3://bucket?access-key=ak&secret-access-key=sk',
      [
        ['access-key', 'ak'],
        ['secret-access-key', 'sk'],
      ],
    ],
    [
      's3://bucket/*.csv?access-key=ak&secret-access-key=sk',
      [
        ['access-key', 'ak'],
        ['secret-access-key', 'sk'],
      ],
    ],
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

describe('[checkpoint] dsn', () => {
  // Lightning docs (tidb-lightning-configuration.md): dsn = "USER:PASS@tcp(HOST:PORT)/" for
  // driver = "mysql", a file path for driver = "file". Parsed as go-sql-driver/mysql's ParseDSN does.
  const dsn = (value: string) => findCheckpointDsnCredentials(value).map((c) => [c.param, value.slice(c.start, c.end)]);
  it('reports the password of a Go MySQL DSN and credentials of a URI', () => {
    expect(dsn('root:s3cret@tcp(127.0.0.1:4000)/')).toEqual([['password', 's3cret']]);
    expect(dsn('root:p@ss@tcp(127.0.0.1:4000)/lightning?tls=true')).toEqual([['password', 'p@ss']]);
    expect(dsn('mysql://root:s3cret@db:4000/')).toEqual([['password', 's3cret']]);
  });
  it('a file path, a user alone, an empty password and placeholders are not secrets', () => {
    for (const value of [
      '/tmp/tidb_lightning_checkpoint.pb',
      'root@tcp(127.0.0.1:4000)/',
      'root:@tcp(h:4000)/',
      'root:${PASS}@tcp(h:4000)/',
      'root:{YOUR_PASSWORD}@tcp(h:4000)/',
      'root:<password>@tcp(h:4000)/',
      'root:XXX@tcp(h:4000)/',
    ]) {
      expect(dsn(value), value).toEqual([]);
    }
  });
});

describe('placeholders are treated alike in every key', () => {
  it('{NAME} is a placeholder in a URI parameter, in userinfo and in a DSN', () => {
    expect(found('s3://b/p?access-key={YOUR_KEY}&secret-access-key={YOUR_SECRET}')).toEqual([]);
    expect(found('s3://b/p?access-key=%7BYOUR_KEY%7D')).toEqual([]);
    expect(found('mysql://root:{PASSWORD}@h/')).toEqual([]);
    expect(isSecretValue('{YOUR_KEY}', false)).toBe(false);
    // Inline JSON credentials are not a placeholder.
    expect(found('gs://b/p?credentials-file={"private_key":"k"}')).toEqual([['credentials-file', '{"private_key":"k"}']]);
  });
});

describe('a Lightning fragment (rules.md, "Terms")', () => {
  it('only [tidb], [checkpoint], [conflict] sections: checked for secrets and keys, not a job', async () => {
    const { findings, result } = await lint(
      {
        'deploy/prod/task.toml':
          '[tidb]\nhost = "tidb.prod.internal"\npassword = "hunter22"\nno-such-key = 1\n[checkpoint]\nenable = true\n[conflict]\nstrategy = "replace"\n',
        // Not a fragment: a section Lightning does not have.
        'deploy/prod/other.toml': '[tidb]\nhost = "x"\n[package]\nname = "x"\n',
      },
      SIMPLE_POLICY,
    );
    expect(findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['deploy/prod/task.toml', 3, 'plaintext-secret'],
      ['deploy/prod/task.toml', 4, 'invalid-lightning-config'],
    ]);
    expect(result.report.summary.jobs).toBe(0);
  });
});
