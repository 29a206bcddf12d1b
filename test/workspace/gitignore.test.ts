/**
 * Git's ignore rules, read without git (issue 15, item 3): gitignore(5) semantics, checked
 * against the real `git check-ignore` where git is installed, and bounded work for hostile
 * patterns.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIgnored, matchSegment, parseIgnoreFile } from '../../src/files/gitignore.js';
import { parseIndex } from '../../src/files/git-dir.js';

const ignored = (text: string, path: string, dir = false) => isIgnored([parseIgnoreFile(text, '')!], path, dir);

describe('gitignore patterns', () => {
  it('matches basenames at any depth, anchored paths from the file, directory-only rules and negations', () => {
    expect(ignored('*.sql\n', 'a/b/c.sql')).toBe(true);
    expect(ignored('/build\n', 'build')).toBe(true);
    expect(ignored('/build\n', 'x/build')).toBe(false);
    expect(ignored('out/\n', 'x/out', true)).toBe(true);
    expect(ignored('out/\n', 'x/out', false)).toBe(false);
    expect(ignored('*.sql\n!keep.sql\n', 'a/keep.sql')).toBe(false);
    expect(ignored('!keep.sql\n*.sql\n', 'a/keep.sql')).toBe(true);
    expect(ignored('a/**/b.sql\n', 'a/b.sql')).toBe(true);
    expect(ignored('a/**/b.sql\n', 'a/x/y/b.sql')).toBe(true);
    expect(ignored('**/tmp\n', 'x/y/tmp', true)).toBe(true);
    // A trailing /** matches what is inside, not the directory itself (so `!abc/keep.sql` can re-include).
    expect(ignored('abc/**\n', 'abc', true)).toBe(false);
    expect(ignored('abc/**\n', 'abc/d.sql')).toBe(true);
    expect(ignored('# comment\n\\#hash.sql\n', '#hash.sql')).toBe(true);
    expect(ignored('trailing.sql   \n', 'trailing.sql')).toBe(true);
    expect(ignored('[ab]?.sql\n', 'bz.sql')).toBe(true);
    expect(ignored('[!ab]?.sql\n', 'bz.sql')).toBe(false);
    expect(ignored('d[0-9].toml\n', 'd7.toml')).toBe(true);
  });

  it('lets a deeper .gitignore override a shallower one', () => {
    const stack = [parseIgnoreFile('*.sql\n', '')!, parseIgnoreFile('!important.sql\n', 'db')!];
    expect(isIgnored(stack, 'db/important.sql', false)).toBe(false);
    expect(isIgnored(stack, 'db/other.sql', false)).toBe(true);
    expect(isIgnored(stack, 'other/important.sql', false)).toBe(true);
  });

  it('is never exponential: a hostile pattern against a long name is decided at once', () => {
    const name = 'a'.repeat(5000);
    const pattern = '*a'.repeat(40) + 'b';
    // A backtracking regular expression would not finish this in a lifetime.
    expect(matchSegment(pattern, name)).toBe(false);
    expect(ignored(`${'**/'.repeat(200)}*a*a*a*a*a*a*b\n`, `${'d/'.repeat(200)}${name}`)).toBe(false);
  });

  it('refuses an ignore file with more than 20,000 rules (it is then not applied at all)', () => {
    const text = Array.from({ length: 20_001 }, (_, i) => `f${i}.sql`).join('\n');
    expect(parseIgnoreFile(text, '')).toBeUndefined();
    // 20,000 plain names are looked up, not tried one by one.
    const file = parseIgnoreFile(Array.from({ length: 20_000 }, (_, i) => `f${i}.sql`).join('\n'), '')!;
    expect(isIgnored([file], 'x/f19999.sql', false)).toBe(true);
    expect(isIgnored([file], 'x/f20000.sql', false)).toBe(false);
  });
});

let hasGit = true;
try {
  execFileSync('git', ['--version'], { stdio: 'ignore' });
} catch {
  hasGit = false;
}

describe.runIf(hasGit)('agrees with git check-ignore', () => {
  it('on nested files, negations, anchors and classes', () => {
    const root = mkdtempSync(join(tmpdir(), 'tig-ign-'));
    try {
      const files: Record<string, string> = {
        '.gitignore': '*.log\n/build/\ngen-*.sql\n!gen-keep.sql\ndocs/**/draft*.toml\n[Tt]mp/\n',
        'db/.gitignore': '!*.log\nlocal.toml\n/anchored.sql\n',
      };
      const paths = [
        'a.log',
        'db/a.log',
        'build/x.sql',
        'sub/build/x.sql',
        'gen-1.sql',
        'db/gen-keep.sql',
        'docs/a/b/draft1.toml',
        'docs/draft.toml',
        'Tmp/x.sql',
        'tmp/y.sql',
        'db/local.toml',
        'local.toml',
        'db/anchored.sql',
        'db/x/anchored.sql',
        'plain.sql',
      ];
      for (const [p, c] of Object.entries(files)) {
        mkdirSync(dirname(join(root, p)), { recursive: true });
        writeFileSync(join(root, p), c);
      }
      execFileSync('git', ['init', '-q'], { cwd: root, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
      const out = execFileSync('git', ['check-ignore', '--no-index', '--stdin', '-z'], {
        cwd: root,
        input: paths.join('\0'),
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      }).toString();
      const gitSays = new Set(out.split('\0').filter(Boolean));
      const stacks = (p: string) => [
        parseIgnoreFile(files['.gitignore']!, '')!,
        ...(p.startsWith('db/') ? [parseIgnoreFile(files['db/.gitignore']!, 'db')!] : []),
      ];
      const oursSays = (p: string): boolean => {
        // As the walk does: a file is ignored when it is, or a directory above it is.
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++) if (isIgnored(stacks(p), parts.slice(0, i).join('/'), true)) return true;
        return isIgnored(stacks(p), p, false);
      };
      for (const p of paths) expect([p, oursSays(p)]).toEqual([p, gitSays.has(p)]);
    } catch (error) {
      if ((error as { status?: number }).status === 1) throw new Error('git check-ignore found nothing');
      throw error;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe.runIf(hasGit)('the git index', () => {
  it('gives the tracked paths in versions 2, 3 and 4', () => {
    for (const version of ['2', '3', '4']) {
      const root = mkdtempSync(join(tmpdir(), 'tig-idx-'));
      try {
        const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
        execFileSync('git', ['init', '-q'], { cwd: root, env });
        for (const p of ['a.sql', 'deep/er/b.sql', 'deep/er/c.toml', 'zz/d.sql']) {
          mkdirSync(dirname(join(root, p)), { recursive: true });
          writeFileSync(join(root, p), 'x');
        }
        execFileSync('git', ['add', '.'], { cwd: root, env });
        // An intent-to-add entry carries the extended flags that version 3 adds.
        writeFileSync(join(root, 'zz/e.sql'), 'x');
        execFileSync('git', ['add', '-N', 'zz/e.sql'], { cwd: root, env });
        execFileSync('git', ['update-index', `--index-version=${version}`], { cwd: root, env });
        const tracked = parseIndex(readFileSync(join(root, '.git', 'index')));
        if (typeof tracked === 'string') throw new Error(tracked);
        expect(['a.sql', 'deep/er/b.sql', 'deep/er/c.toml', 'zz/d.sql', 'zz/e.sql'].every((p) => tracked.has(p))).toBe(true);
        expect(tracked.has('deep/er')).toBe(false);
        expect(tracked.hasUnder('deep')).toBe(true);
        expect(tracked.hasUnder('deep/er')).toBe(true);
        expect(tracked.hasUnder('nope')).toBe(false);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(parseIndex(Buffer.from('not an index at all'))).toBe('the git index has no DIRC header');
    const header = Buffer.alloc(12);
    header.write('DIRC', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(5, 8);
    expect(parseIndex(header)).toBe('the git index is truncated');
  });
});
