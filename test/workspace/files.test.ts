/**
 * The walk that lists the files in scope: repository-relative paths built while walking, the
 * scan globs applied to files and to directories, explicit paths, missing paths.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles, repoFilePath, toRepoPath } from '../../src/files/files.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repo(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'tig-files-'));
  made.push(root);
  mkdirSync(join(root, '.git'));
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), '-- x\n');
  }
  return root;
}

const ALL = { include: ['**/*.sql', '**/*.toml'], exclude: [] as string[] };

describe('listFiles', () => {
  it('lists nested files as sorted repository-relative paths, skipping .git and node_modules', () => {
    const root = repo(['b/x.sql', 'a/deep/er/y.toml', 'a/z.sql', 'notes.md', 'node_modules/p/q.sql', '.git/hooks/h.sql', '.hidden/h.sql']);
    expect(listFiles(root, root, [], ALL)).toEqual({ files: ['.hidden/h.sql', 'a/deep/er/y.toml', 'a/z.sql', 'b/x.sql'], missing: [] });
  });

  it('applies include and exclude globs to files and prunes excluded directories', () => {
    const root = repo(['migrations/prod/1.sql', 'migrations/prod/2.SQL', 'migrations/old/3.sql', 'vendor/v.sql', 'deploy/a.toml']);
    const scan = { include: ['migrations/**/*.sql', 'deploy/*.toml'], exclude: ['migrations/old/**', 'vendor'] };
    // Include globs match in any letter case: `2.SQL` runs like `1.sql` (test/attack/extension-case.test.ts).
    expect(listFiles(root, root, [], scan).files).toEqual(['deploy/a.toml', 'migrations/prod/1.sql', 'migrations/prod/2.SQL']);
  });

  it('starts from sub-directories and explicit files relative to cwd, and reports missing paths', () => {
    const root = repo(['m/a.sql', 'm/b.sql', 'other/c.sql', 'other/readme.txt']);
    const listed = listFiles(root, join(root, 'm'), ['.', '../other/c.sql', '../other/readme.txt', 'nope.sql'], {
      include: ['m/**'],
      exclude: [],
    });
    // An explicit .sql file is taken whatever the globs say; other explicit files are not.
    expect(listed).toEqual({ files: ['m/a.sql', 'm/b.sql', 'other/c.sql'], missing: ['nope.sql'] });
  });

  it('treats a path outside the root as missing', () => {
    const root = repo(['a.sql']);
    const outside = repo(['b.sql']);
    expect(listFiles(root, root, [outside], ALL)).toEqual({ files: [], missing: [outside] });
  });

  it('walks from the root itself when given the absolute root, and a linked directory under its own name too', () => {
    const root = repo(['a/b.sql']);
    symlinkSync(join(root, 'a'), join(root, 'link'));
    expect(listFiles(root, '/', [root], ALL).files).toEqual(['a/b.sql', 'link/b.sql']);
  });
});

describe('repoFilePath', () => {
  it('is the absolute path of a listed file, the inverse of toRepoPath', () => {
    const root = repo(['a/b.sql']);
    const abs = repoFilePath(root, 'a/b.sql');
    expect(abs).toBe(join(root, 'a', 'b.sql'));
    expect(toRepoPath(root, abs)).toBe('a/b.sql');
    expect(repoFilePath('/', 'a/b.sql')).toBe('/a/b.sql');
  });
});
