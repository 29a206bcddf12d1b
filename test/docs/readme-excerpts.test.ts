/**
 * The README quotes `npm start`'s output (the text format and the compact line): each quoted block
 * must be what the tool prints, as pinned by test/golden/npm-start.txt, so a first-time user who
 * runs `npm start` sees what the README shows. (It once kept a help text the tool had dropped.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const golden = readFileSync(new URL('../golden/npm-start.txt', import.meta.url), 'utf8');

/** The fenced block that follows `marker` in the README. */
function blockAfter(marker: string): string {
  const at = readme.indexOf(marker);
  expect(at).toBeGreaterThan(-1);
  const open = readme.indexOf('```\n', at);
  const close = readme.indexOf('\n```', open + 4);
  return readme.slice(open + 4, close);
}

describe("the README's excerpts of npm start", () => {
  it('each finding of the text excerpt is printed as quoted', () => {
    const findings = blockAfter('From `npm start`:').split('\n\n');
    expect(findings.length).toBeGreaterThan(1);
    for (const finding of findings) expect(golden).toContain(finding);
  });

  it('the compact line names a finding the text output has, with its headline', () => {
    const line = blockAfter('`--format compact` is one line per finding').trim();
    const match = /^(\S+):(\d+):(\d+): (\w+): (.*) \[([a-z-]+)\]$/.exec(line);
    expect(match).not.toBeNull();
    const [, file, row, col, severity, message, rule] = match!;
    expect(golden).toContain(`${severity}[${rule}]: ${message}\n  --> ${file}:${row}:${col}\n`);
  });
});
