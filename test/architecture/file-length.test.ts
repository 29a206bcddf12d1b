/**
 * No source file grows past 400 lines without saying why at its top (issue 12, style.md): a file
 * over the limit must state "Over 400 lines" and its reason in its opening comment.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const LIMIT = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The opening comment of a file's text, or '' when it does not start with one. */
function openingComment(text: string): string {
  const start = text.indexOf('/**');
  if (start === -1 || text.slice(0, start).trim() !== '') return '';
  const end = text.indexOf('*/', start);
  return end === -1 ? '' : text.slice(start, end);
}

/** Why a file of `text` breaks the rule, or undefined. */
function lengthProblem(text: string): string | undefined {
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines <= LIMIT) return undefined;
  return /Over 400 lines/.test(openingComment(text)) ? undefined : `${lines} lines and no "Over 400 lines" reason at its top`;
}

describe('source files over 400 lines', () => {
  it('the check itself: a long file without a reason fails, with one passes, a short one passes', () => {
    const long = (head: string) => `${head}\n${'x;\n'.repeat(LIMIT)}`;
    expect(lengthProblem(long('/** A parser. */'))).toMatch(/no "Over 400 lines" reason/);
    expect(lengthProblem(long('/**\n * Over 400 lines: one automaton.\n */'))).toBeUndefined();
    expect(lengthProblem(long('import x;\n/** Over 400 lines: too late, not at the top. */'))).toMatch(/no "Over 400/);
    expect(lengthProblem('/** short */\nx;\n')).toBeUndefined();
  });

  it('each says why at its top', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((f) => {
      const problem = lengthProblem(readFileSync(f, 'utf8'));
      return problem ? [`src/${relative(SRC, f)}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
