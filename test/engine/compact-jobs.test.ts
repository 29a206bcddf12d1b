/**
 * What a kept file holds per job (issue 9, memory): configs with the same filter share one record
 * of the tables they write and one list of hosts; what is empty is one shared empty value.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from '../../src/lint/engine/read-file.js';
import { repoDocuments } from '../../src/parse/repo-documents.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const config = (dir: string, filter: string, host = 'tidb.prod.internal'): string =>
  `[tikv-importer]\nbackend = "local"\n\n[mydumper]\ndata-source-dir = "s3://dumps/${dir}"\nfilter = [${filter}]\n\n[tidb]\nhost = "${host}"\n`;

describe('kept configs', () => {
  it('share the written tables and the hosts of configs with the same filter and hosts, and nothing else', () => {
    const a = readFile({ path: 'deploy/a.toml', bytes: bytes(config('a', "'app.*', '!app.tmp_*'")) })!;
    const b = readFile({ path: 'deploy/b.toml', bytes: bytes(config('b', "'app.*', '!app.tmp_*'")) })!;
    const c = readFile({ path: 'deploy/c.toml', bytes: bytes(config('c', "'billing.*'", 'tidb.dr.internal')) })!;
    expect(a.jobs[0]!.written).toBe(b.jobs[0]!.written);
    expect(a.jobs[0]!.hosts).toBe(b.jobs[0]!.hosts);
    expect(a.jobs[0]!.hosts).toEqual(['tidb.prod.internal']);
    expect(c.jobs[0]!.written).not.toBe(a.jobs[0]!.written);
    expect(c.jobs[0]!.written.description).toBe("matching the filter `['billing.*']`");
    expect(c.jobs[0]!.hosts).toEqual(['tidb.dr.internal']);
    // Each job keeps its own place and source.
    expect([a.jobs[0]!.source, b.jobs[0]!.source]).toEqual(['s3://dumps/a', 's3://dumps/b']);
    expect(a.directives).toBe(c.directives);
    expect(a.snapshots).toBe(c.diagnostics);
    expect(a.lines.position(a.jobs[0]!.anchor.start)).toEqual({ line: 2, column: 1 });
  });

  it('does not share the record of configs whose filter imports rules from a file beside them', () => {
    const files: Record<string, string> = { 'one/rules.txt': 'app.*\n', 'two/rules.txt': 'billing.*\n' };
    const repo = repoDocuments({ readFile: (p) => files[p], listFiles: () => undefined });
    const one = readFile({ path: 'one/a.toml', bytes: bytes(config('one', "'@rules.txt'")) }, repo)!;
    const two = readFile({ path: 'two/a.toml', bytes: bytes(config('two', "'@rules.txt'")) }, repo)!;
    expect(one.jobs[0]!.written).not.toBe(two.jobs[0]!.written);
    expect(one.jobs[0]!.written.set).not.toEqual(two.jobs[0]!.written.set);
  });
});
