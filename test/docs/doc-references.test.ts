/**
 * Messages and comments point at files that exist (github.md: "Messages point at files that exist
 * (docs links are checked by a test)"): every `docs/....md` named in the source, with its
 * `#anchor` when it has one, is a file of the repository with that heading.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

describe('documentation references in the source', () => {
  const references = sources('src').flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bdocs\/[\w./-]*[\w-]\.md(?:#[\w-]+)?/g)].map((m) => ({ file, reference: m[0] })),
  );

  it('finds references to check (the test can fail)', () => {
    expect(references.length).toBeGreaterThan(2);
  });

  it.each(references.map((r) => [r.reference, r.file]))('%s (in %s) exists', (reference) => {
    const [path, anchor] = reference.split('#') as [string, string | undefined];
    expect(existsSync(join(ROOT, path)), path).toBe(true);
    if (anchor) {
      const headings = [...readFileSync(join(ROOT, path), 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!));
      expect(headings, reference).toContain(anchor);
    }
  });
});
