/** The conventions of issue 15: --quiet, --max-warnings, --color/--no-color/FORCE_COLOR, "did you mean". */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

async function run(argv: string[], cwd: string, env: Record<string, string> = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env, isTTY });
  return { code, stdout, stderr };
}

// A logical import with an override: `unnecessary-override`, a warning, and nothing at error.
const WARNING_ONLY =
  '[tikv-importer]\nbackend = "tidb"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = [\'app.orders\']\n[lightning]\ncheck-requirements = false\n';
const ERROR = '[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = [\'app.orders\']\n';

describe('--max-warnings', () => {
  it('fails when more warnings remain than allowed, and passes at the limit', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': WARNING_ONLY }, SIMPLE_POLICY);
    try {
      const plain = await run(['check'], repo.root);
      expect(plain.stdout, plain.stdout + plain.stderr).toMatch(/warning\[unnecessary-override\]: /);
      expect(plain.code).toBe(0);
      const over = await run(['check', '--max-warnings', '0'], repo.root);
      expect(over.code).toBe(1);
      expect(over.stderr).toContain('too many warnings (more than --max-warnings 0)');
      expect((await run(['check', '--max-warnings', '1'], repo.root)).code).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('is a usage error when not a whole number', async () => {
    const repo = tempRepo({}, SIMPLE_POLICY);
    try {
      for (const bad of ['-1', 'x', '1.5']) {
        const r = await run(['check', `--max-warnings=${bad}`], repo.root);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--max-warnings must be a whole number');
      }
    } finally {
      repo.remove();
    }
  });
});

describe('--quiet', () => {
  it('prints errors only, in every format, and keeps the exit status', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': WARNING_ONLY, 'deploy/prod/b.toml': ERROR }, SIMPLE_POLICY);
    try {
      const loud = await run(['check', '--format', 'json'], repo.root);
      const quiet = await run(['check', '--format', 'json', '--quiet'], repo.root);
      const all = JSON.parse(loud.stdout).findings as { severity: string }[];
      const errors = JSON.parse(quiet.stdout).findings as { severity: string }[];
      expect(all.some((f) => f.severity === 'warning')).toBe(true);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((f) => f.severity === 'error')).toBe(true);
      expect(errors.length).toBe(all.filter((f) => f.severity === 'error').length);
      expect(quiet.code).toBe(1);
      const text = await run(['check', '--quiet'], repo.root);
      expect(text.stdout).not.toContain('[unnecessary-override]');
    } finally {
      repo.remove();
    }
  });
});

describe('colour', () => {
  it('--color forces it off a terminal, --no-color and NO_COLOR turn it off, FORCE_COLOR turns it on', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': ERROR }, SIMPLE_POLICY);
    try {
      const esc = '\u001b[';
      expect((await run(['check', '--color'], repo.root)).stdout).toContain(esc);
      expect((await run(['check', '--no-color'], repo.root, {}, true)).stdout).not.toContain(esc);
      expect((await run(['check'], repo.root, { NO_COLOR: '1' }, true)).stdout).not.toContain(esc);
      expect((await run(['check'], repo.root, { FORCE_COLOR: '1' })).stdout).toContain(esc);
      expect((await run(['check'], repo.root, { FORCE_COLOR: '0' })).stdout).not.toContain(esc);
      expect((await run(['check'], repo.root)).stdout).not.toContain(esc);
    } finally {
      repo.remove();
    }
  });
});

describe('explain: did you mean', () => {
  it('suggests the closest rule id for a typo, and nothing for a word far from any', async () => {
    const typo = await run(['explain', 'log-backup-gaps'], '.');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean `log-backup-gap`?');
    const far = await run(['explain', 'zzzz'], '.');
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain('did you mean');
  });
});
