/** The validated listing of a pull request's files (issue 8, item 1): never trusted when it is not what GitHub documents. */
import { describe, expect, it } from 'vitest';
import { listPullRequestFiles, MAX_PAGES, type FilesPage } from '../../src/shells/action/pull-files.js';

const file = (i: number): object => ({ filename: `m/${i}.sql`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' });
const pages = (...answers: FilesPage[]) => {
  const asked: number[] = [];
  return {
    asked,
    fetch: async (page: number): Promise<FilesPage> => {
      asked.push(page);
      return answers[page - 1] ?? { status: 200, data: [], hasNext: false };
    },
  };
};
const ok = (data: unknown, hasNext = false): FilesPage => ({ status: 200, data, hasNext });

describe('listPullRequestFiles', () => {
  it('accepts well-formed pages and follows them to the last', async () => {
    const source = pages(
      ok(
        Array.from({ length: 100 }, (_, i) => file(i)),
        true,
      ),
      ok([file(100), { filename: 'old.sql', status: 'removed' }]),
    );
    const listing = await listPullRequestFiles(source.fetch, 102);
    expect(listing.ok && listing.files.map((f) => f.filename).slice(-2)).toEqual(['m/100.sql', 'old.sql']);
    expect(source.asked).toEqual([1, 2]);
  });

  it.each([
    ['an empty body', ok('')],
    ['null', ok(null)],
    ['204 No Content', { status: 204, data: undefined, hasNext: false }],
    ['a body cut off mid-transfer', ok('[{"filename": "a.sql", "sta')],
    ['an object instead of a list', ok({ files: [file(1)] })],
    ['an entry without a filename', ok([{ status: 'added' }])],
    ['an entry with an unknown status', ok([{ filename: 'a.sql', status: 'gone' }])],
    ['a name that climbs out of the repository', ok([{ filename: '../outside.sql', status: 'added' }])],
    ['an absolute name', ok([{ filename: '/etc/passwd', status: 'added' }])],
    ['a patch that is not text', ok([{ filename: 'a.sql', status: 'added', patch: 3 }])],
    ['the same file twice', ok([file(1), file(1)])],
    ['more files on a page than asked for', ok(Array.from({ length: 101 }, (_, i) => file(i)))],
    ['an empty page that links to a next one (pagination that never ends)', ok([], true)],
  ])('does not trust %s', async (_name, answer) => {
    const listing = await listPullRequestFiles(pages(answer as FilesPage).fetch);
    expect(listing.ok).toBe(false);
  });

  it("does not trust a total that disagrees with the event's changed_files", async () => {
    const listing = await listPullRequestFiles(pages(ok([file(1)])).fetch, 2);
    expect(listing).toEqual({ ok: false, reason: 'it holds 1 file(s) but the event says the pull request changes 2' });
    // At GitHub's cap, 3000 listed files agree with any larger count.
    const full = Array.from({ length: MAX_PAGES }, (_, p) =>
      ok(
        Array.from({ length: 100 }, (_, i) => file(p * 100 + i)),
        p < MAX_PAGES - 1,
      ),
    );
    expect((await listPullRequestFiles(pages(...full).fetch, 4500)).ok).toBe(true);
  });

  it("bounds pagination by pages: a next link on every page stops after the 3000-file cap's pages", async () => {
    let asked = 0;
    const endless = async (page: number): Promise<FilesPage> => {
      asked++;
      return ok([file(page)], true);
    };
    const listing = await listPullRequestFiles(endless);
    expect(listing.ok).toBe(false);
    expect(asked).toBe(MAX_PAGES);
  });
});
