/** Text the tool did not write (an internal error, a runtime message) loses the machine's absolute paths. */
import { describe, expect, it } from 'vitest';
import { scrubAbsolutePaths } from '../../src/core/scrub-paths.js';

describe('scrubAbsolutePaths', () => {
  it('names known places briefly and hides every other absolute path', () => {
    const text = "ENOENT: no such file or directory, open '/home/runner/work/repo/deploy/a.toml' (from /opt/hostedtoolcache/node/bin/node)";
    expect(
      scrubAbsolutePaths(text, [
        { path: '/home/runner/work/repo', as: '.' },
        { path: '/home/runner', as: '~' },
      ]),
    ).toBe("ENOENT: no such file or directory, open './deploy/a.toml' (from <path>)");
    expect(scrubAbsolutePaths('C:\\Users\\runner\\repo\\a.toml failed')).toBe('<path> failed');
  });

  it('leaves URLs, relative paths and ordinary slashes alone', () => {
    const text = 'see https://github.com/o/r/blob/v1/docs/a.md and deploy/prod/a.toml, 1/2 or and/or';
    expect(scrubAbsolutePaths(text)).toBe(text);
  });
});
