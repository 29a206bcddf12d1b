/**
 * The streamed scan walk (src/files/walk.ts): files come in the code-unit order of their full
 * paths (the order the sorted listing gave), one directory listed at a time, each file once;
 * what makes a run fatal is known before any file.
 */
import * as fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE_FS, createConfinedReader, type FsPort } from '../../src/files/confined.js';
import { scanWalk, unmatchedGlobs } from '../../src/files/walk.js';
import { fcParams } from '../helpers/properties.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repo(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'tig-walk-'));
  made.push(root);
  mkdirSync(join(root, '.git'));
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), '-- x\n');
  }
  return root;
}

const ALL = { include: ['**/*.sql', '**/*.toml'], exclude: [] as string[] };
const codeUnitSorted = (xs: readonly string[]): string[] => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function walkAll(root: string, paths: readonly string[] = [], scan = ALL, cwd = root): string[] {
  const walk = scanWalk(root, cwd, paths, scan, createConfinedReader(root));
  return [...walk.files()];
}

describe('the streamed walk', () => {
  it('gives files in the order of their full paths, a directory after the names that sort before its `/`', () => {
    // `a-b.sql` < `a/…` < `a0.sql` ('-' < '/' < '0'), and `a` (a directory) sorts as `a/`.
    const files = ['a/x.sql', 'a-b.sql', 'a0.sql', 'a/b/c.sql', 'a/b-c.sql', 'a.sql', 'b/a.sql', 'B.sql', 'é.sql', '😀/z.sql', 'ﬀ.sql'];
    const root = repo(files);
    expect(walkAll(root)).toEqual(codeUnitSorted(files));
  });

  it('agrees with a sort of the full paths on generated trees (names made of the characters that sort around `/`)', () => {
    const segment = fc
      .array(fc.constantFrom('a', 'b', '-', '.', '0', '_', 'A', 'é', '😀'), { minLength: 1, maxLength: 4 })
      .map((cs) => cs.join(''))
      .filter((s) => s !== '.' && s !== '..' && s !== '.git');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join('/')}.sql`);
    fc.assert(
      fc.property(fc.uniqueArray(path, { minLength: 1, maxLength: 25 }), (paths) => {
        // A file and a directory cannot share a path: keep the first of each clash.
        const kept: string[] = [];
        for (const p of paths) {
          const clash = kept.some((k) => k.startsWith(`${p}/`) || p.startsWith(`${k}/`));
          if (!clash) kept.push(p);
        }
        const root = repo(kept);
        try {
          expect(walkAll(root)).toEqual(codeUnitSorted(kept));
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      fcParams('streamed walk order', 40),
    );
  });

  it('lists one directory at a time: the next directory is listed only after the files before it were taken', () => {
    const root = repo(['a/1.sql', 'a/2.sql', 'b/1.sql', 'c/1.sql']);
    const listed: string[] = [];
    const port: FsPort = {
      ...NODE_FS,
      readdirSync(path, options) {
        listed.push(String(path).slice(root.length) || '/');
        return NODE_FS.readdirSync(path, options);
      },
    };
    const walk = scanWalk(root, root, [], ALL, createConfinedReader(root, { fs: port }));
    const files = walk.files();
    expect(files.next().value).toBe('a/1.sql');
    expect(listed).toEqual(['/', '/a']);
    expect(files.next().value).toBe('a/2.sql');
    expect(files.next().value).toBe('b/1.sql');
    expect(listed).toEqual(['/', '/a', '/b']);
    expect([...files]).toEqual(['c/1.sql']);
  });

  it('merges the walks of several paths named, each file once, in order', () => {
    const root = repo(['m/a.sql', 'm/sub/b.sql', 'n/c.sql', 'm-x.sql']);
    expect(walkAll(root, ['n', 'm/sub', 'm', 'm-x.sql', 'n/c.sql'])).toEqual(['m-x.sql', 'm/a.sql', 'm/sub/b.sql', 'n/c.sql']);
  });

  it('walks a linked directory inside the repository once, under the name that sorts first', () => {
    const root = repo(['real/a.sql']);
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    expect(walkAll(root)).toEqual(['alias/a.sql']);
    symlinkSync(join(root, 'real'), join(root, 'real/loop'));
    expect(walkAll(root)).toEqual(['alias/a.sql']);
  });

  it('knows what is fatal before the first file: missing and refused paths; a glob that matches nothing by a walk that stops early', () => {
    const root = repo(['m/a.sql', 'n/b.sql']);
    const walk = scanWalk(root, root, ['nope', 'm'], ALL, createConfinedReader(root));
    expect(walk.missing).toEqual(['nope']);
    let listings = 0;
    const port: FsPort = {
      ...NODE_FS,
      readdirSync(path, options) {
        listings++;
        return NODE_FS.readdirSync(path, options);
      },
    };
    const reader = createConfinedReader(root, { fs: port });
    expect(unmatchedGlobs(root, root, ['m/*.sql', 'zz/**'], ALL, reader)).toEqual(['zz/**']);
    listings = 0;
    // Every glob matched in the first directory: the walk stopped there.
    expect(unmatchedGlobs(root, root, ['m/*.sql', '**/a.sql'], ALL, reader)).toEqual([]);
    expect(listings).toBe(2);
    const globbed = scanWalk(root, root, ['**/b.sql', 'zz/**', 'gone'], ALL, createConfinedReader(root));
    expect([...globbed.files()]).toEqual(['n/b.sql']);
    expect(globbed.end().missing).toEqual(['zz/**', 'gone']);
  });
});

describe('the check over the streamed walk', () => {
  const IMPORT = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";

  it('stops before reading any file when a glob named matches nothing, and names it first', async () => {
    const repo = tempRepo({ 'm/a.sql': IMPORT, 'n/b.sql': IMPORT }, SIMPLE_POLICY);
    try {
      let reads = 0;
      const fs: FsPort = {
        ...NODE_FS,
        openSync(path, flags) {
          if (String(path).endsWith('.sql')) reads++;
          return NODE_FS.openSync(path, flags);
        },
      };
      const outcome = await repo.check({ paths: ['m/*.sql', 'zz/**', 'gone.sql'], fs });
      expect(outcome.fatal).toBe('no such file or directory: zz/**, gone.sql');
      expect(reads).toBe(0);
      // The glob's walk and the directory's meet on m/a.sql: it is read once.
      const fine = await repo.check({ paths: ['m/*.sql', 'm'], fs });
      expect(fine.fatal).toBeUndefined();
      expect(fine.result.report.summary.files).toBe(1);
      expect(reads).toBe(1);
    } finally {
      repo.remove();
    }
  });

  it('reports a directory it could not list as an error, ahead of the files it could not read, and is never clean', async () => {
    const repo = tempRepo({ 'a/locked/x.sql': IMPORT, 'b/ok.sql': 'SELECT 1;\n', 'c/fifo.sql': 'SELECT 1;\n' }, SIMPLE_POLICY);
    try {
      const fs: FsPort = {
        ...NODE_FS,
        readdirSync(path, options) {
          if (String(path).endsWith('locked')) throw Object.assign(new Error('EACCES: /abs'), { code: 'EACCES' });
          return NODE_FS.readdirSync(path, options);
        },
        openSync(path, flags) {
          if (String(path).endsWith('fifo.sql')) throw Object.assign(new Error('EIO: /abs'), { code: 'EIO' });
          return NODE_FS.openSync(path, flags);
        },
      };
      const outcome = await repo.check({ fs });
      const skipped = outcome.result.report.findings.filter((f) => f.rule === 'syntax-error');
      expect(skipped.map((f) => [f.file, f.severity, f.message])).toEqual([
        ['a/locked', 'error', 'This directory cannot be listed (permission denied); the files under it were not linted'],
        ['c/fifo.sql', 'error', 'cannot read the file: it cannot be read (an input/output error)'],
      ]);
      expect(outcome.result.report.summary.errors).toBeGreaterThanOrEqual(2);
    } finally {
      repo.remove();
    }
  });
});
