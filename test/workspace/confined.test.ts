/**
 * The confined reader (src/files/confined.ts): real links, FIFOs and devices planted on disk;
 * what root cannot provoke on a real disk (an unreadable directory, a file that keeps growing) is
 * injected through the reader's file-system port.
 */
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as fc from 'fast-check';
import { fcParams } from '../helpers/properties.js';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE_FS, createConfinedReader, type FsPort } from '../../src/files/confined.js';
import { fileSystemRepo, listFiles } from '../../src/files/files.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tig-confined-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const OUTSIDE_TEXT = 'OUTSIDE-7f3a: runner secret';

function withOutside(): { root: string; outside: string } {
  const outside = tree({ 'secret.txt': OUTSIDE_TEXT, 'dir/leak.sql': OUTSIDE_TEXT, 'dir/app.leak-schema.sql': OUTSIDE_TEXT });
  const root = tree({ 'in/a.sql': 'SELECT 1;\n' });
  return { root, outside };
}

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: failed, '/very/absolute/path'`), { code });
}

describe('read', () => {
  it('resolves each directory once for the files read in it, and still follows a link inside the repository', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`migrations/prod/${i}.sql`] = `SELECT ${i};\n`;
    const root = tree(files);
    symlinkSync('prod/7.sql', join(root, 'migrations/linked.sql'));
    let realpaths = 0;
    // biome-ignore lint/complexity/noCommaOperator: counts, then answers
    const counting: FsPort = { ...NODE_FS, realpathSync: (p: string) => (realpaths++, NODE_FS.realpathSync(p)) };
    const reader = createConfinedReader(root, { fs: counting });
    const before = realpaths;
    for (let i = 0; i < 50; i++)
      expect(reader.readText(`migrations/prod/${i}.sql`, 100)).toMatchObject({ ok: true, text: `SELECT ${i};\n` });
    expect(realpaths - before).toBe(1);
    expect(reader.readText('migrations/linked.sql', 100)).toEqual({ ok: true, path: 'migrations/linked.sql', text: 'SELECT 7;\n' });
    expect(reader.read('migrations/prod/none.sql', 100)).toMatchObject({ ok: false, kind: 'missing', reason: 'does not exist' });
  });

  it('reads a regular file in the repository, named repository-relative', () => {
    const root = tree({ 'a/b.sql': 'SELECT 1;\n' });
    const r = createConfinedReader(root).readText('a/b.sql', 100);
    expect(r).toEqual({ ok: true, path: 'a/b.sql', text: 'SELECT 1;\n' });
  });

  it('refuses a link that leads outside the repository, without reading it or naming where it leads', () => {
    const { root, outside } = withOutside();
    symlinkSync(join(outside, 'secret.txt'), join(root, 'in/file-link.sql'));
    symlinkSync(join(outside, 'dir'), join(root, 'in/dir-link'));
    symlinkSync('../../../../../../../../../../etc/hostname', join(root, 'in/relative-link.sql'));
    const reader = createConfinedReader(root);
    for (const path of ['in/file-link.sql', 'in/dir-link/leak.sql', 'in/relative-link.sql']) {
      const r = reader.read(path, 1 << 20);
      expect(r).toMatchObject({ ok: false, kind: 'outside', path, reason: 'is a symbolic link that leads outside the repository' });
      expect(JSON.stringify(r)).not.toContain(outside);
      expect(JSON.stringify(r)).not.toContain(OUTSIDE_TEXT);
    }
    expect(reader.read('../x.sql', 10)).toMatchObject({ ok: false, kind: 'outside', reason: 'is outside the repository' });
  });

  it('refuses a file under a linked parent directory that leads outside on the direct path, without opening it or looking at a descriptor', () => {
    const { root, outside } = withOutside();
    symlinkSync(join(outside, 'dir'), join(root, 'in/dir-link'));
    mkdirSync(join(root, 'in/real'));
    symlinkSync('real', join(root, 'in/dir-link-inside'));
    writeFileSync(join(root, 'in/real/ok.sql'), 'SELECT 3;\n');
    const opened: string[] = [];
    let readlinks = 0;
    const port: FsPort = {
      ...NODE_FS,
      openSync(path, flags) {
        opened.push(String(path));
        return NODE_FS.openSync(path, flags);
      },
      readlinkSync(path) {
        readlinks++;
        return NODE_FS.readlinkSync(path);
      },
    };
    const reader = createConfinedReader(root, { fs: port });
    // Files in a real directory under the root: opened as that directory's real path and the name, checked no further.
    expect(reader.readText('in/a.sql', 100)).toMatchObject({ ok: true, text: 'SELECT 1;\n' });
    expect(reader.readText('in/dir-link-inside/ok.sql', 100)).toMatchObject({ ok: true, text: 'SELECT 3;\n' });
    expect(readlinks).toBe(0);
    const r = reader.read('in/dir-link/leak.sql', 1 << 20);
    expect(r).toMatchObject({ ok: false, kind: 'outside', reason: 'is a symbolic link that leads outside the repository' });
    expect(JSON.stringify(r)).not.toContain(outside);
    expect(opened.filter((p) => p.startsWith(outside) || p.includes('dir-link/'))).toEqual([]);
  });

  it('checks the descriptor of a file reached through a link (the locate path) under the root again before reading it', () => {
    const { root, outside } = withOutside();
    symlinkSync('a.sql', join(root, 'in/link.sql'));
    // As if `in` had been swapped for a link out between resolving the path and opening it.
    const port: FsPort = {
      ...NODE_FS,
      readlinkSync(path) {
        return String(path).startsWith('/proc/self/fd/') ? join(outside, 'secret.txt') : NODE_FS.readlinkSync(path);
      },
    };
    const reader = createConfinedReader(root, { fs: port });
    const r = reader.read('in/link.sql', 100);
    if (process.platform === 'linux') {
      expect(r).toMatchObject({ ok: false, kind: 'outside', reason: 'is a symbolic link that leads outside the repository' });
      expect(JSON.stringify(r)).not.toContain(outside);
    }
    expect(reader.readText('in/a.sql', 100)).toMatchObject({ ok: true, text: 'SELECT 1;\n' });
  });

  it('follows links that stay inside the repository', () => {
    const root = tree({ 'shared/z.sql': 'SELECT 2;\n' });
    symlinkSync('shared/z.sql', join(root, 'link.sql'));
    symlinkSync('shared', join(root, 'dirlink'));
    const reader = createConfinedReader(root);
    expect(reader.readText('link.sql', 100)).toMatchObject({ ok: true, text: 'SELECT 2;\n' });
    expect(reader.readText('dirlink/z.sql', 100)).toMatchObject({ ok: true, text: 'SELECT 2;\n' });
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const root = tree({});
    execFileSync('mkfifo', [join(root, 'pipe.sql')]);
    const r = createConfinedReader(root).read('pipe.sql', 100);
    expect(r).toMatchObject({ ok: false, kind: 'not-a-file', reason: 'is not a regular file (a FIFO)' });
  });

  it('refuses a device: a link to /dev/zero leads outside; /dev/zero itself is not a regular file', () => {
    const root = tree({});
    symlinkSync('/dev/zero', join(root, 'zero.toml'));
    expect(createConfinedReader(root).read('zero.toml', 100)).toMatchObject({ ok: false, kind: 'outside' });
    // With /dev as a root the user named, the type check is what refuses it.
    expect(createConfinedReader(root, { extraRoots: ['/dev'] }).read('/dev/zero', 100)).toMatchObject({
      ok: false,
      kind: 'not-a-file',
      reason: 'is not a regular file (a character device)',
    });
  });

  it('refuses a file over the cap before reading it, and a dangling link as missing', () => {
    const root = tree({ 'big.sql': 'x'.repeat(101) });
    symlinkSync('nowhere.sql', join(root, 'dangling.sql'));
    const reader = createConfinedReader(root);
    expect(reader.read('big.sql', 100)).toMatchObject({
      ok: false,
      kind: 'too-big',
      size: 101,
      reason: 'is larger than 100 bytes (101 bytes)',
    });
    expect(reader.read('big.sql', 101)).toMatchObject({ ok: true });
    expect(reader.read('dangling.sql', 100)).toMatchObject({ ok: false, kind: 'missing', reason: 'is a symbolic link to nothing' });
    expect(reader.read('absent.sql', 100)).toMatchObject({ ok: false, kind: 'missing', reason: 'does not exist' });
  });

  it('reads at most cap + 1 bytes of a file that keeps growing past its fstat size', () => {
    const root = tree({ 'grows.sql': 'x' });
    let served = 0;
    const port: FsPort = {
      ...NODE_FS,
      // Like /proc files or a file being appended to: fstat says 1 byte, reads never end.
      readSync(_fd, buffer, offset, length) {
        buffer.fill(120, offset, offset + length);
        served += length;
        return length;
      },
    };
    const r = createConfinedReader(root, { fs: port }).read('grows.sql', 1000);
    expect(r).toMatchObject({ ok: false, kind: 'too-big' });
    expect(served).toBeLessThanOrEqual(1001);
  });

  it('reads a file in one read when it is as long as fstat said, and reads on after a short read before that size', () => {
    const root = tree({ 'a.sql': 'SELECT 1;\n', 'empty.sql': '', 'b.sql': 'abcdefghij' });
    let reads = 0;
    // biome-ignore lint/complexity/noCommaOperator: counts, then reads
    const counting: FsPort = { ...NODE_FS, readSync: (...a: Parameters<FsPort['readSync']>) => (reads++, NODE_FS.readSync(...a)) };
    const reader = createConfinedReader(root, { fs: counting });
    expect(reader.readText('a.sql', 100)).toMatchObject({ ok: true, text: 'SELECT 1;\n' });
    expect(reads).toBe(1);
    expect(reader.readText('empty.sql', 100)).toMatchObject({ ok: true, text: '' });
    expect(reads).toBe(2);
    // A file system that hands out three bytes at a time: a short read is not the end until the size is reached.
    const piecemeal: FsPort = {
      ...NODE_FS,
      readSync: (fd, buffer, offset, length, position) => NODE_FS.readSync(fd, buffer, offset, Math.min(length, 3), position),
    };
    expect(createConfinedReader(root, { fs: piecemeal }).readText('b.sql', 100)).toMatchObject({ ok: true, text: 'abcdefghij' });
  });

  it("names every path as path.relative from the root does, whether in the walk's shape or not (fixed seed)", () => {
    const root = tree({ 'a/b.sql': 'SELECT 1;\n' });
    const reader = createConfinedReader(root);
    const segment = fc.constantFrom('a', 'b.sql', '.', '..', '', '...', '.hidden', 'c d', 'a\\b', '..x', 'x..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.boolean(), (parts, absolute) => {
        const path = (absolute ? `${root}/` : '') + parts.join('/');
        const rel = relative(root, isAbsolute(path) ? path : resolve(root, path));
        expect(reader.display(path)).toBe((rel === '' ? '.' : rel).split(sep).join('/'));
      }),
      fcParams('confined display', 500),
    );
    for (const path of ['a/b.sql', './a/b.sql', 'a//b.sql', 'a/./b.sql', 'x/../a/b.sql', `${root}/a/b.sql`])
      expect(reader.readText(path, 100)).toEqual({ ok: true, path: 'a/b.sql', text: 'SELECT 1;\n' });
    expect(reader.read('a/../../x.sql', 100)).toMatchObject({ ok: false, kind: 'outside', reason: 'is outside the repository' });
  });

  it('says why a read failed without the operating system message (which quotes absolute paths)', () => {
    const root = tree({ 'a.sql': 'SELECT 1;' });
    const port: FsPort = {
      ...NODE_FS,
      openSync(path, flags) {
        if (String(path).endsWith('a.sql')) throw errno('EACCES');
        return NODE_FS.openSync(path, flags);
      },
    };
    const r = createConfinedReader(root, { fs: port }).read('a.sql', 100);
    expect(r).toEqual({ ok: false, kind: 'unreadable', path: 'a.sql', reason: 'cannot be read (permission denied)' });
  });

  it('opens a file for chunked reads, with the same refusals', () => {
    const root = tree({ 'a.sql': 'abcdefghij' });
    execFileSync('mkfifo', [join(root, 'p.sql')]);
    const reader = createConfinedReader(root);
    const file = reader.open('a.sql');
    if (!file.ok) throw new Error(file.reason);
    const chunk = Buffer.alloc(4);
    const parts: string[] = [];
    for (let n = file.read(chunk); n > 0; n = file.read(chunk)) parts.push(chunk.subarray(0, n).toString());
    file.close();
    expect(parts).toEqual(['abcd', 'efgh', 'ij']);
    expect(file.size).toBe(10);
    expect(reader.open('p.sql')).toMatchObject({ ok: false, kind: 'not-a-file' });
  });
});

describe('list', () => {
  it("lists names as Lightning's walk does: never through a linked directory, links listed by name", () => {
    const { root, outside } = withOutside();
    mkdirSync(join(root, 'data/sub'), { recursive: true });
    writeFileSync(join(root, 'data/app.t1.csv'), '1\n');
    writeFileSync(join(root, 'data/sub/app.t2.csv'), '1\n');
    symlinkSync(join(outside, 'dir'), join(root, 'data/out'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'data/app.t3.csv'));
    const r = createConfinedReader(root).list('data');
    expect(r).toEqual({ ok: true, files: ['data/app.t1.csv', 'data/app.t3.csv', 'data/out', 'data/sub/app.t2.csv'], unreadable: [] });
  });

  it('refuses a directory that is a link out of the repository', () => {
    const { root, outside } = withOutside();
    symlinkSync(join(outside, 'dir'), join(root, 'data'));
    expect(createConfinedReader(root).list('data')).toMatchObject({ ok: false, kind: 'outside' });
  });

  it('reports a sub-directory it cannot list instead of throwing, with repository-relative paths', () => {
    const root = tree({ 'data/app.t1.csv': '1', 'data/locked/app.t2.csv': '1' });
    const port: FsPort = {
      ...NODE_FS,
      readdirSync(path, options) {
        if (String(path).endsWith('locked')) throw errno('EACCES');
        return NODE_FS.readdirSync(path, options);
      },
    };
    const r = createConfinedReader(root, { fs: port }).list('data');
    expect(r).toEqual({
      ok: true,
      files: ['data/app.t1.csv'],
      unreadable: [{ path: 'data/locked', reason: 'cannot be listed (permission denied)' }],
    });
  });

  it('walks each real directory once, however many configs name it and by whatever path', () => {
    const root = tree({ 'data/app.t1.csv': '1', 'data/d/app.t2.csv': '1' });
    symlinkSync('data', join(root, 'alias'));
    let readdirs = 0;
    const port: FsPort = {
      ...NODE_FS,
      readdirSync(path, options) {
        readdirs++;
        return NODE_FS.readdirSync(path, options);
      },
    };
    const reader = createConfinedReader(root, { fs: port });
    const first = reader.list('data');
    for (let i = 0; i < 50; i++) expect(reader.list('data')).toBe(first);
    expect(reader.list('alias')).toMatchObject({ ok: true, files: ['alias/app.t1.csv', 'alias/d/app.t2.csv'] });
    expect(readdirs).toBe(2);
  });
});

describe('the scan walk and the repository view', () => {
  const ALL = { include: ['**/*.sql', '**/*.toml'], exclude: [] as string[] };

  it('never enters a linked directory that leads out; lists linked files and FIFOs for the reader to refuse', () => {
    const { root, outside } = withOutside();
    symlinkSync(join(outside, 'dir'), join(root, 'in/out-dir'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'in/out-file.sql'));
    execFileSync('mkfifo', [join(root, 'in/pipe.sql')]);
    const listed = listFiles(root, root, [], ALL);
    expect(listed.files).toEqual(['in/a.sql', 'in/out-file.sql', 'in/pipe.sql']);
  });

  it('reports a directory it cannot read (it hides files), and an explicit path that leads out', () => {
    const { root, outside } = withOutside();
    mkdirSync(join(root, 'in/locked'));
    writeFileSync(join(root, 'in/locked/x.sql'), 'SELECT 1;');
    symlinkSync(join(outside, 'dir'), join(root, 'out'));
    const port: FsPort = {
      ...NODE_FS,
      readdirSync(path, options) {
        if (String(path).endsWith('locked')) throw errno('EACCES');
        return NODE_FS.readdirSync(path, options);
      },
    };
    const reader = createConfinedReader(root, { fs: port });
    expect(listFiles(root, root, [], ALL, reader)).toEqual({
      files: ['in/a.sql'],
      missing: [],
      unreadable: [{ path: 'in/locked', reason: 'cannot be listed (permission denied); the files under it were not linted' }],
    });
    expect(listFiles(root, root, ['out'], ALL, reader)).toMatchObject({
      refused: [{ path: 'out', reason: 'is a symbolic link that leads outside the repository' }],
    });
  });

  it('gives the core refusals, not outside text', () => {
    const { root, outside } = withOutside();
    symlinkSync(join(outside, 'secret.txt'), join(root, 'rules.txt'));
    symlinkSync(join(outside, 'dir'), join(root, 'data'));
    const repo = fileSystemRepo(root);
    expect(repo.readFile('rules.txt')).toEqual({ refused: 'is a symbolic link that leads outside the repository' });
    expect(repo.listFiles('data')).toEqual({ refused: 'is a symbolic link that leads outside the repository' });
    expect(repo.readFile('in/a.sql')).toBe('SELECT 1;\n');
    expect(repo.readFile('nope.txt')).toBeUndefined();
    expect(fs.existsSync(join(root, 'in/a.sql'))).toBe(true);
  });
});
