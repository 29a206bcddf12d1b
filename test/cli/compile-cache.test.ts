import { chmodSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { privateCacheDirectory } from '../../src/shells/cli/compile-cache.js';

const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
const made: string[] = [];
const base = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tig-cache-test-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(uid === undefined)('the compile cache directory', () => {
  const name = `tidb-import-guard-cache-${uid}`;

  it('is made private (0700) for this user, and used again on the next run', () => {
    const at = base();
    const dir = privateCacheDirectory(at, uid);
    expect(dir).toBe(join(at, name));
    expect(lstatSync(dir!).mode & 0o777).toBe(0o700);
    expect(privateCacheDirectory(at, uid)).toBe(dir);
  });

  it("is not used when someone else could write to it, or it is not this user's", () => {
    const at = base();
    mkdirSync(join(at, name));
    chmodSync(join(at, name), 0o777);
    expect(privateCacheDirectory(at, uid)).toBeUndefined();
    chmodSync(join(at, name), 0o700);
    expect(privateCacheDirectory(at, uid)).toBe(join(at, name));
    // Owned by this process's user, so not by the user the cache would be for.
    expect(privateCacheDirectory(at, uid! + 1)).toBeUndefined();
  });

  it('is not used when a link or a file stands in its place', () => {
    const at = base();
    const elsewhere = join(at, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, join(at, name));
    expect(privateCacheDirectory(at, uid)).toBeUndefined();
    const other = base();
    writeFileSync(join(other, name), 'not a directory');
    expect(privateCacheDirectory(other, uid)).toBeUndefined();
  });

  it('gives up without an error when the base directory cannot be used', () => {
    const at = base();
    expect(privateCacheDirectory(join(at, 'missing', 'deeper'), uid)).toBeUndefined();
    writeFileSync(join(at, 'file'), '');
    expect(privateCacheDirectory(join(at, 'file'), uid)).toBeUndefined();
  });
});

describe.skipIf(uid === undefined)('the compile cache under a shared base directory', () => {
  it('is not used when others may rename entries of its base (writable by others, no sticky bit)', () => {
    const at = base();
    chmodSync(at, 0o777);
    expect(privateCacheDirectory(at, uid)).toBeUndefined();
    // /tmp's usual mode: others may write, but only an entry's owner may rename or remove it.
    chmodSync(at, 0o1777);
    expect(privateCacheDirectory(at, uid)).toBe(join(at, `tidb-import-guard-cache-${uid}`));
  });
});
