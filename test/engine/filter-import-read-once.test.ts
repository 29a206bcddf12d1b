/**
 * A `[mydumper] filter` `@file` import is read and parsed once per run in the parse stage
 * (src/parse/repo-documents.ts, issue 12): configs importing the same file share it, and the model
 * receives parsed rules, never the file's text.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from '../../src/lint/engine/read-file.js';
import { repoDocuments } from '../../src/parse/repo-documents.js';
import { matchTable } from '../../src/core/filter/index.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const config = (dir: string, filter: string, caseSensitive = false): string =>
  `[tikv-importer]\nbackend = "local"\n\n[mydumper]\ndata-source-dir = "s3://dumps/${dir}"\nfilter = [${filter}]\n` +
  `${caseSensitive ? 'case-sensitive = true\n' : ''}\n[tidb]\nhost = "tidb.prod.internal"\n`;

function countingRepo(files: Record<string, string>) {
  const reads: string[] = [];
  const repo = repoDocuments({
    readFile: (p) => {
      reads.push(p);
      return files[p];
    },
    listFiles: () => undefined,
  });
  return { repo, reads };
}

describe('a filter import', () => {
  it('is read once when two configs import the same file', () => {
    const { repo, reads } = countingRepo({ 'filters/app.txt': 'app.*\n!app.tmp_*\n' });
    const one = readFile({ path: 'deploy/one.toml', bytes: bytes(config('one', "'@filters/app.txt'")) }, repo)!;
    const two = readFile({ path: 'deploy/two.toml', bytes: bytes(config('two', "'@filters/app.txt'")) }, repo)!;
    expect(reads.filter((p) => p === 'filters/app.txt')).toEqual(['filters/app.txt']);
    // Each config looked beside itself first (deploy/filters/app.txt, missing) and then from the root.
    expect(reads.filter((p) => p === 'deploy/filters/app.txt')).toEqual(['deploy/filters/app.txt']);
    for (const file of [one, two]) {
      const job = file.jobs[0]!;
      expect(job.written.kind).toBe('pattern');
      expect(job.written.description).toContain("`['@filters/app.txt']`");
    }
  });

  it('is parsed once per case mode, and each mode compiles its own patterns', () => {
    const { repo, reads } = countingRepo({ 'rules.txt': 'App.*\n' });
    const insensitive = repo.filterImport('rules.txt', false);
    const sensitive = repo.filterImport('rules.txt', true);
    expect(repo.filterImport('rules.txt', false)).toBe(insensitive);
    expect(reads).toEqual(['rules.txt', 'rules.txt']);
    const rule = (f: typeof insensitive) => (f.readable && f.file.lines[0]?.kind === 'rule' ? f.file.lines[0].rule : undefined);
    const filter = (f: typeof insensitive, caseSensitive: boolean) => ({ rules: [], caseSensitive, compiled: [rule(f)!] });
    expect(matchTable(filter(insensitive, false), 'app', 't')).toBe(true);
    expect(matchTable(filter(sensitive, true), 'app', 't')).toBe(false);
    expect(matchTable(filter(sensitive, true), 'App', 't')).toBe(true);
  });

  it('keeps a refused file refused, with why, and reads it once', () => {
    const reads: string[] = [];
    const repo = repoDocuments({
      readFile: (p) => {
        reads.push(p);
        return p === 'rules.txt' ? { refused: 'is a FIFO' } : undefined;
      },
      listFiles: () => undefined,
    });
    expect(repo.filterImport('rules.txt', false)).toEqual({ readable: false, refused: 'is a FIFO' });
    expect(repo.filterImport('rules.txt', false)).toEqual({ readable: false, refused: 'is a FIFO' });
    expect(repo.filterImport('missing.txt', false)).toEqual({ readable: false });
    expect(reads).toEqual(['rules.txt', 'missing.txt']);
  });
});
