/**
 * `--help` (or `-h`) after a command prints that command's usage and exits 0, as a first-time user
 * expects (`check --help`, `init --help`, `posture fetch --help`); before, it was an unknown option
 * (exit 2) or, for `explain`, an unknown rule. After `--` it is an argument like any other.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { POSTURE_USAGE } from '../../src/shells/cli/posture.js';
import { USAGE } from '../../src/shells/cli/usage.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: '/nonexistent', env: {}, isTTY: false });
  return { code, stdout, stderr };
}

describe('help after a command', () => {
  for (const argv of [
    ['check', '--help'],
    ['check', '-h'],
    ['check', 'deploy/', '--format', 'json', '--help'],
    ['explain', '--help'],
    ['rules', '--help'],
  ]) {
    it(`${argv.join(' ')}: the usage of check, exit 0`, async () => {
      const out = await run(...argv);
      expect(out).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    });
  }

  for (const argv of [
    ['init', '--help'],
    ['posture', 'fetch', '--help'],
    ['posture', 'verify', '-h'],
  ]) {
    it(`${argv.join(' ')}: the usage of posture and init, exit 0`, async () => {
      const out = await run(...argv);
      expect(out).toEqual({ code: 0, stdout: POSTURE_USAGE, stderr: '' });
    });
  }

  it('after `--` it is a path, not a request for help', async () => {
    const out = await run('check', '--root', '/nonexistent', '--', '--help');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
  });
});
