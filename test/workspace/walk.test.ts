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
import { MAX_PATHS_PER_DIRECTORY, scanMatchers, scanWalk, unmatchedGlobs } from '../../src/files/walk.js';
import picomatch from 'picomatch';
import { PATH_GLOB } from '../../src/core/glob.js';
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

  it('walks a linked directory inside the repository under each path that reaches it, and cuts a cycle where it closes', () => {
    const root = repo(['real/a.sql']);
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    expect(walkAll(root)).toEqual(['alias/a.sql', 'real/a.sql']);
    symlinkSync(join(root, 'real'), join(root, 'real/loop'));
    symlinkSync(root, join(root, 'real/up'));
    expect(walkAll(root)).toEqual(['alias/a.sql', 'real/a.sql']);
  });

  it('enters one real directory through a bounded number of paths, and reports the rest as not linted', () => {
    // A lattice of links: d0 has two links to d1, d1 two to d2... 2^20 paths reach d20.
    const files = Array.from({ length: 21 }, (_, i) => `d${i}/f.sql`);
    const root = repo(files);
    for (let i = 0; i < 20; i++) {
      symlinkSync(join(root, `d${i + 1}`), join(root, `d${i}/a`));
      symlinkSync(join(root, `d${i + 1}`), join(root, `d${i}/b`));
    }
    const walk = scanWalk(root, root, [], ALL, createConfinedReader(root));
    const listed = [...walk.files()];
    expect(listed.length).toBeLessThan(21 * (MAX_PATHS_PER_DIRECTORY + 1));
    expect(listed).toContain('d0/a/f.sql');
    expect(listed).toContain('d20/f.sql');
    const unread = walk.end().unreadable;
    expect(unread.length).toBeGreaterThan(0);
    expect(unread[0]!.reason).toContain(`by more than ${MAX_PATHS_PER_DIRECTORY} paths`);
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

  it("lints a linked directory's files under the link's path too: `deploy/prod -> dev` is prod's import as well", async () => {
    // A hostile pull request adds the link: dev's import, harmless for dev, is deployed to prod
    // through it. Walked once under `deploy/dev` alone, prod's gaps went unreported.
    const repo = tempRepo({ 'deploy/dev/a.sql': IMPORT }, SIMPLE_POLICY);
    try {
      symlinkSync('dev', join(repo.root, 'deploy/prod'));
      const outcome = await repo.check();
      const prod = outcome.result.report.findings.filter((f) => f.file === 'deploy/prod/a.sql' && f.severity === 'error');
      expect(prod.map((f) => f.rule)).toContain('log-backup-gap');
      expect(outcome.result.report.findings.some((f) => f.file === 'deploy/dev/a.sql')).toBe(true);
    } finally {
      repo.remove();
    }
  });

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

describe('scanMatchers', () => {
  it("answers exactly what picomatch's matcher answers, for every glob shape and path (fixed seed)", () => {
    const part = fc.constantFrom('a', 'b.sql', 'c.toml', '.hidden', 'x y', '', 'A.SQL', '.', '..', 'a-b', 'a/b', '[x]', '!', 'new\nline');
    const globPart = fc.constantFrom(
      '*',
      '**',
      '*.sql',
      '*.{sql,toml}',
      '?',
      '[ab]',
      'a',
      '.hidden',
      '!(a)',
      '@(a|b.sql)',
      'b.sql',
      '**/*.toml',
      '\\*',
      '!a',
    );
    const path = fc.array(part, { minLength: 0, maxLength: 5 }).map((ps) => ps.join('/'));
    const glob = fc
      .tuple(fc.constantFrom('', '!'), fc.array(globPart, { minLength: 1, maxLength: 4 }))
      .map(([neg, ps]) => neg + ps.join('/'));
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 8 }), (globs, paths) => {
        const ours = scanMatchers(globs, globs);
        const theirs = picomatch(globs, PATH_GLOB);
        const theirsAnyCase = picomatch(globs, { ...PATH_GLOB, flags: `${PATH_GLOB.flags}i` });
        for (const p of paths) {
          expect(ours.include(p), `${JSON.stringify(globs)} ${JSON.stringify(p)}`).toBe(theirsAnyCase(p));
          expect(ours.exclude(p)).toBe(theirs(p));
        }
      }),
      fcParams('scan matchers as picomatch', 3000),
    );
    expect(scanMatchers(['**/*.sql'], []).exclude('a.sql')).toBe(false);
  });
});
