/**
 * The baseline file as hostile repository content, and its rules (cli.md `--baseline`): a file
 * that does not read stops the check with its position (exit 2, never "clean"), a link out of the
 * repository is refused, a secret never reaches the file, entries match on fingerprint, rule and
 * file together, unused entries are reported only in whole-repository runs, and entries a pull
 * request adds are `policy-weakened`.
 */
import { readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { parseBaseline, serializeBaseline, BASELINE_MAX_BYTES } from '../../src/parse/baseline/format.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const UNSAFE = '[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = [\'app.orders\']\n';
const UNSAFE_2 = '[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/y"\nfilter = [\'app.customers\']\n';
const WITH_BASELINE = `${SIMPLE_POLICY}\nbaseline: .github/baseline.json\n`;

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

function entry(fingerprint: string, rule = 'log-backup-gap', file = 'deploy/prod/a.toml'): string {
  return JSON.stringify({ fingerprint, rule, file, message: 'm' });
}

describe('reading a baseline file', () => {
  it('malformed JSON: the problem with its line and column, exit 2', async () => {
    const repo = tempRepo(
      { 'deploy/prod/a.toml': UNSAFE, '.github/baseline.json': '{\n  "version": 1,\n  "entries": [\n    {"fingerprint": "x"\n  ]\n}\n' },
      WITH_BASELINE,
    );
    try {
      const r = await run(['check', '--format', 'json'], repo.root);
      expect(r.code).toBe(2);
      const report = JSON.parse(r.stdout);
      expect(report.findings).toEqual([
        expect.objectContaining({
          rule: 'invalid-policy',
          file: '.github/baseline.json',
          line: 5,
          column: 3,
          message: expect.stringContaining('expected `,` or `}`'),
        }),
      ]);
      expect(report.summary.files).toBe(0);
      expect(r.stderr).toContain('the baseline .github/baseline.json is invalid (5:3:');
    } finally {
      repo.remove();
    }
  });

  it('the wrong shape, unknown keys and bad fingerprints are each positioned', () => {
    const text = `{\n  "version": 1,\n  "tool": "tidb-import-guard",\n  "entries": [\n    ${entry('0123456789abcdef01234567')},\n    {"fingerprint": "nothex", "rule": "r", "file": "f"},\n    {"fingerprint": "0123456789abcdef01234567", "rule": "r", "file": "f", "lines": 3}\n  ]\n}\n`;
    const read = parseBaseline('b.json', text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [6, 5, expect.stringContaining('24 lowercase hex digits')],
      [7, text.split('\n')[6]!.indexOf('"lines"') + 1, expect.stringContaining('unknown key `lines`')],
    ]);
    expect(parseBaseline('b.json', '[]').ok).toBe(false);
    expect(parseBaseline('b.json', '{"version": 2, "entries": []}').ok).toBe(false);
    expect(parseBaseline('b.json', '{"version": 1}').ok).toBe(false);
    expect(parseBaseline('b.json', '').ok).toBe(false);
  });

  it('deep nesting is an error, not a stack overflow', () => {
    const deep = `{"version": 1, "entries": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const read = parseBaseline('b.json', deep);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toContain('nested deeper than');
  });

  it('what it writes reads back, sorted and byte-stable', () => {
    const findings = [
      { fingerprint: 'bbbbbbbbbbbbbbbbbbbbbbbb', rule: 'log-backup-gap', file: 'b.toml', message: 'two\nlines' },
      { fingerprint: 'aaaaaaaaaaaaaaaaaaaaaaaa', rule: 'changefeed-gap', file: 'b.toml', message: 'x'.repeat(500) },
      { fingerprint: 'cccccccccccccccccccccccc', rule: 'log-backup-gap', file: 'a.toml', message: 'm' },
    ];
    const text = serializeBaseline(findings);
    expect(serializeBaseline([...findings].reverse())).toBe(text);
    const read = parseBaseline('b.json', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.baseline.entries.map((e) => [e.file, e.rule, e.location.line])).toEqual([
      ['a.toml', 'log-backup-gap', 5],
      ['b.toml', 'changefeed-gap', 6],
      ['b.toml', 'log-backup-gap', 7],
    ]);
    expect(read.baseline.entries[1]!.message!.length).toBeLessThanOrEqual(160);
    expect(read.baseline.entries[2]!.message).toBe('two lines');
    expect(parseBaseline('b.json', serializeBaseline([]))).toEqual({ ok: true, baseline: { file: 'b.json', entries: [] } });
  });

  it('a baseline over the size cap stops the check with its size', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE, '.github/baseline.json': '' }, WITH_BASELINE);
    try {
      truncateSync(join(repo.root, '.github/baseline.json'), BASELINE_MAX_BYTES + 1);
      const r = await run(['check'], repo.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cannot use the baseline .github/baseline.json: it is 32.0 MiB, over the 32.0 MiB a baseline may be');
      expect(r.stdout).toContain('.github/tidb-import-guard.yml:');
    } finally {
      repo.remove();
    }
  });

  it('a baseline that links out of the repository is refused, and its content never shown', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'tig-outside-'));
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE }, WITH_BASELINE);
    try {
      const body = `{"version": 1, "entries": [${entry('0123456789abcdef01234567')}], "secret": "TOPSECRET-OUTSIDE"}`;
      writeFileSync(join(outside, 'b.json'), body);
      symlinkSync(join(outside, 'b.json'), join(repo.root, '.github/baseline.json'));
      const r = await run(['check', '--format', 'json'], repo.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot use the baseline \.github\/baseline\.json: it .*outside/);
      expect(r.stdout + r.stderr).not.toContain('TOPSECRET');
      expect(r.stdout + r.stderr).not.toContain(outside);
      // --update-baseline never writes through the link either.
      const u = await run(['check', '--update-baseline'], repo.root);
      expect(u.code).toBe(2);
      expect(readFileSync(join(outside, 'b.json'), 'utf8')).toBe(body);
    } finally {
      repo.remove();
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a policy baseline path outside the repository is invalid-policy', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE }, `${SIMPLE_POLICY}\nbaseline: ../../etc/passwd\n`);
    try {
      const r = await run(['check', '--format', 'json'], repo.root);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).findings).toEqual([
        expect.objectContaining({ rule: 'invalid-policy', message: expect.stringContaining('points outside the repository') }),
      ]);
    } finally {
      repo.remove();
    }
  });

  it('--baseline FILE may name a file outside the repository (the user chose it)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'tig-outside-'));
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE }, SIMPLE_POLICY);
    try {
      const file = join(outside, 'b.json');
      const update = await run(['check', '--baseline', file, '--update-baseline'], repo.root);
      expect(update.code).toBe(0);
      expect(update.stderr).not.toContain(outside);
      expect(JSON.parse(readFileSync(file, 'utf8')).entries.length).toBeGreaterThan(0);
      expect((await run(['check', '--baseline', file], repo.root)).code).toBe(0);
      expect((await run(['check'], repo.root)).code).toBe(1);
    } finally {
      repo.remove();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('what a baseline covers', () => {
  it('never stores a secret, and a baselined secret finding stays recorded', async () => {
    const secret = 'Hunter2-very-secret-pw';
    const repo = tempRepo(
      { 'deploy/prod/a.toml': `${UNSAFE.replace('backend = "local"', 'backend = "tidb"')}[tidb]\nhost = "h"\npassword = "${secret}"\n` },
      WITH_BASELINE,
    );
    try {
      const update = await run(['check', '--update-baseline', '--format', 'json'], repo.root);
      expect(update.code).toBe(0);
      const file = readFileSync(join(repo.root, '.github/baseline.json'), 'utf8');
      expect(JSON.parse(file).entries.map((e: { rule: string }) => e.rule)).toContain('plaintext-secret');
      expect(file).not.toContain(secret);
      expect(file).not.toContain('Hunter2');
      const again = await run(['check', '--format', 'json'], repo.root);
      expect(again.code).toBe(0);
      expect(again.stdout).not.toContain(secret);
    } finally {
      repo.remove();
    }
  });

  it('an entry matches only with its fingerprint, rule and file together', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE }, WITH_BASELINE);
    try {
      const first = JSON.parse(
        (await run(['check', '--format', 'json', '--baseline', '.github/none.json', '--update-baseline'], repo.root)).stdout,
      );
      const f = first.findings.find((x: { severity: string }) => x.severity === 'error');
      expect(f).toBeDefined();
      const forged = `{"version": 1, "entries": [${entry(f.fingerprint, 'changefeed-gap', f.file)}, ${entry(f.fingerprint, f.rule, 'deploy/prod/other.toml')}]}`;
      writeFileSync(join(repo.root, '.github/baseline.json'), forged);
      const r = JSON.parse((await run(['check', '--format', 'json'], repo.root)).stdout);
      expect(r.findings.find((x: { fingerprint: string }) => x.fingerprint === f.fingerprint).suppressed).toBe(false);
      // Both forged entries matched nothing: two unused-suppression warnings, at their lines.
      expect(
        r.findings
          .filter((x: { rule: string }) => x.rule === 'unused-suppression')
          .map((x: { file: string; line: number }) => `${x.file}:${x.line}`),
      ).toEqual(['.github/baseline.json:1', '.github/baseline.json:1']);
    } finally {
      repo.remove();
    }
  });

  it('unused entries are reported in whole-repository runs only; --update-baseline refuses a part', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE, 'deploy/prod/b.toml': UNSAFE_2 }, WITH_BASELINE);
    try {
      expect((await run(['check', '--update-baseline'], repo.root)).code).toBe(0);
      repo.write('deploy/prod/b.toml', UNSAFE_2.replace('"local"', '"tidb"'));
      const whole = JSON.parse((await run(['check', '--format', 'json'], repo.root)).stdout);
      expect(whole.findings.filter((x: { rule: string }) => x.rule === 'unused-suppression').length).toBeGreaterThan(0);
      const part = JSON.parse((await run(['check', 'deploy/prod/a.toml', '--format', 'json'], repo.root)).stdout);
      expect(part.findings.filter((x: { rule: string }) => x.rule === 'unused-suppression')).toEqual([]);
      const refused = await run(['check', 'deploy/prod/a.toml', '--update-baseline'], repo.root);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--update-baseline writes the baseline from the whole repository');
    } finally {
      repo.remove();
    }
  });

  it('--update-baseline without a baseline file named is an error', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE }, SIMPLE_POLICY);
    try {
      const r = await run(['check', '--update-baseline'], repo.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--update-baseline needs a baseline file');
    } finally {
      repo.remove();
    }
  });
});

describe('adding baseline entries in a pull request is policy-weakened', () => {
  it('entries the base does not hold are one weakening at the first added entry; the same baseline is none', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE, 'deploy/prod/b.toml': UNSAFE_2 }, WITH_BASELINE);
    try {
      await run(['check', '--update-baseline'], repo.root);
      const headText = readFileSync(join(repo.root, '.github/baseline.json'), 'utf8');
      const head = parseBaseline('.github/baseline.json', headText);
      if (!head.ok) throw new Error('baseline');
      const files = (baseline: string | undefined) => ({
        path: '.github/tidb-import-guard.yml',
        files: {
          '.github/tidb-import-guard.yml': baseline === undefined ? SIMPLE_POLICY : WITH_BASELINE,
          ...(baseline !== undefined ? { '.github/baseline.json': baseline } : {}),
        },
      });
      // The same baseline at the base: nothing weakened.
      const same = await repo.check({ basePolicy: files(headText) });
      expect(same.result.report.findings.filter((f) => f.rule === 'policy-weakened')).toEqual([]);
      // The base held only the entries of a.toml: b.toml's are added.
      const kept = head.baseline.entries.filter((e) => e.file === 'deploy/prod/a.toml');
      const added = head.baseline.entries.length - kept.length;
      const partial = `{"version": 1, "entries": [${kept.map((e) => entry(e.fingerprint, e.rule, e.file)).join(',')}]}`;
      const weaker = await repo.check({ basePolicy: files(partial) });
      const found = weaker.result.report.findings.filter((f) => f.rule === 'policy-weakened');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'error',
          file: '.github/baseline.json',
          line: head.baseline.entries.find((e) => e.file === 'deploy/prod/b.toml')!.location.line,
          message: expect.stringContaining(`gains ${added} entr`),
        }),
      ]);
      expect(found[0]!.message).toContain('deploy/prod/b.toml');
      // A base without any baseline: every entry is added.
      const none = await repo.check({ basePolicy: files(undefined) });
      expect(none.result.report.findings.filter((f) => f.rule === 'policy-weakened')).toEqual([
        expect.objectContaining({ message: expect.stringContaining(`gains ${head.baseline.entries.length} entr`) }),
      ]);
      // Removing entries is stricter.
      writeFileSync(join(repo.root, '.github/baseline.json'), partial);
      const stricter = await repo.check({ basePolicy: files(headText) });
      expect(stricter.result.report.findings.filter((f) => f.rule === 'policy-weakened')).toEqual([]);
    } finally {
      repo.remove();
    }
  });
});

describe('--update-baseline writes only inside the repository', () => {
  it('never through a linked directory that leads out', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'tig-outside-'));
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE }, `${SIMPLE_POLICY}\nbaseline: out/baseline.json\n`);
    try {
      symlinkSync(outside, join(repo.root, 'out'));
      const r = await run(['check', '--update-baseline'], repo.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('it would be written under `out`');
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      repo.remove();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
