import { describe, expect, it } from 'vitest';
import { readFile } from '../../src/lint/engine/read-file.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a SQL file with jobs, read whole', () => {
  const filler = Array.from({ length: 200 }, (_, i) => `INSERT INTO t VALUES (${i}, 'a row that no finding is about');`).join('\n');

  it('keeps the statements findings need, not the whole text, at the same positions', () => {
    const text = `${filler}\n-- before the import\nIMPORT INTO app.t FROM 's3://b/t.csv' WITH DISABLE_PRECHECK;\n${filler}\n`;
    const state = readFile({ path: 'migrations/a.sql', bytes: bytes(text) });
    expect(state?.jobs).toHaveLength(1);
    expect(typeof state!.text).not.toBe('string');
    const job = state!.jobs[0]!;
    expect(state!.text.slice(job.anchor.start, job.anchor.end)).toBe(text.slice(job.anchor.start, job.anchor.end));
    expect(state!.lines.position(job.anchor.start)).toEqual({ line: 202, column: 1 });
    // What it holds is about the statement and its comments, not the 12 KB around them.
    expect(state!.text.slice(0, text.length).length).toBeLessThan(1000);
  });

  it('keeps the whole text when a finding points at a place the kept parts do not hold', () => {
    const text = `${filler}\nIMPORT INTO app.t FROM 's3://b/t.csv';\nSELECT 'unterminated\n`;
    const state = readFile({ path: 'migrations/a.sql', bytes: bytes(text) });
    expect(state?.diagnostics.some((d) => d.rule === 'syntax-error')).toBe(true);
    expect(state!.text).toBe(text);
  });
});
