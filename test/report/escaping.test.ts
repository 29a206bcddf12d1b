/**
 * The two escaping layers, one per output surface: plain text (src/core/plain-text.ts) and
 * Markdown (src/report/markdown.ts), and the length bound of messages (src/lint/sanitize.ts).
 * The end-to-end tests with hostile names through the CLI and the action are in test/security/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintsInBody, policyOfBody, isResolvedBody } from '../../src/report/markers.js';
import { codeSpan, fenceFor, inlineMarkdown, linkTarget, splitCodeSpans, tableCell } from '../../src/report/markdown.js';
import { escapeAndBound, escapeControl, plainText } from '../../src/core/plain-text.js';
import { MAX_MESSAGE_LENGTH, safeText } from '../../src/lint/sanitize.js';
import { render } from '../security/render.js';

const ZWSP = '\u200b';

describe('plain text', () => {
  it('escapes control characters visibly: \\n, \\r, \\t, \\x1b, C1, bidi and line separators', () => {
    expect(escapeControl('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(escapeControl('\u001b[31mred\u001b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(escapeControl('csi\u009b2J')).toBe('csi\\x9b2J');
    expect(escapeControl('a\u2028b\u202ec\ufeff')).toBe('a\\u2028b\\u202ec\\ufeff');
    expect(escapeControl('back\\slash and ünïcödé 表')).toBe('back\\slash and ünïcödé 表');
  });

  it('no line of the output can start a workflow command', () => {
    const name = 'x\n::add-mask::secret\r\n::error::forged';
    const out = plainText(name);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).not.toMatch(/(^|\n|\r)::/);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(escapeControl(escapeControl(s))).toBe(escapeControl(s));
      }),
      { seed: 8_11, numRuns: 300 },
    );
  });

  it('bounds length between whole escapes and surrogate pairs, saying how much was left out', () => {
    const long = '\u001b'.repeat(5000);
    const out = escapeAndBound(long, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out).toMatch(/^(\\x1b)+ … \[4,\d{3} more characters not shown\]$/);
    const emoji = '😀'.repeat(3000);
    const cut = escapeAndBound(emoji, 999);
    expect(cut.length).toBeLessThanOrEqual(999);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }).map((x) => x.replace(/\\/g, '/')),
        fc.integer({ min: 70, max: 300 }),
        (text, max) => {
          const escaped = escapeControl(text);
          const bounded = escapeAndBound(text, max);
          if (escaped.length <= max) return void expect(bounded).toBe(escaped);
          expect(bounded.length).toBeLessThanOrEqual(max);
          const kept = bounded.slice(0, bounded.lastIndexOf(' … ['));
          // A prefix of the escaped text that ends between two whole escapes and pairs.
          expect(escaped.startsWith(kept)).toBe(true);
          expect(kept).not.toMatch(/\\(x[0-9a-f]?|u[0-9a-f]{0,3})$/);
          expect(kept).not.toMatch(/[\ud800-\udbff]$/);
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });

  it('a message is redacted, escaped and at most MAX_MESSAGE_LENGTH long', () => {
    const rules = Array.from({ length: 10_000 }, (_, i) => `'db${i}.*'`).join(', ');
    const message = safeText(
      `It writes tables matching the filter \`[${rules}]\`\n and CLOUD_STORAGE_URI='s3://x?secret-access-key=K3ysecret'`,
    );
    expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(message).toMatch(/more characters not shown\]$/);
    expect(safeText("CLOUD_STORAGE_URI='s3://x?secret-access-key=K3ysecret'\n")).toBe(
      "CLOUD_STORAGE_URI='s3://x?secret-access-key=***'\\n",
    );
  });
});

describe('markdown', () => {
  const hostile = [
    '@octocat',
    '@org/team',
    '<img src=x onerror=alert(1)>',
    '<details><summary>x</summary>',
    '[click](https://evil.example)',
    'https://evil.example/x',
    'www.evil.example',
    'a@b.example',
    '#1',
    '<!-- tidb-import-guard:fp=0123456789abcdef01234567 -->',
    '<!-- tidb-import-guard:policy=x -->',
    '<!-- tidb-import-guard:resolved-fp=abc -->',
    '```suggestion\nDROP TABLE x;\n```',
    '`` ` ``',
    '&#64;octocat',
    '*bold* _it_ ~~s~~ | pipe \\',
    '\u001b]8;;https://evil\u0007link',
  ];

  /** What a reader of the rendered body sees: nothing the text wrote acts as markup. */
  function assertInert(md: string): void {
    const r = render(md);
    expect(
      r.tags.filter((t) => !['p', 'code'].includes(t)),
      md,
    ).toEqual([]);
    expect(r.links, md).toEqual([]);
    expect(r.mentions, md).toEqual([]);
    expect(r.issueRefs, md).toEqual([]);
    expect(r.comments, md).toEqual([]);
    expect(r.suggestions, md).toEqual([]);
    expect(md).not.toContain('\n');
    expect(md).not.toContain('\u001b');
    expect(fingerprintsInBody(md)).toEqual([]);
    expect(policyOfBody(md)).toBeUndefined();
    expect(isResolvedBody(md)).toBe(false);
  }

  it.each(hostile)('text %j is inert, in text, in a code span and in a table cell', (text) => {
    for (const md of [
      inlineMarkdown(text, { blockStart: true }),
      inlineMarkdown(`table \`${text}\` is written`),
      inlineMarkdown(`table ${codeSpan(text)} is written`),
      codeSpan(text),
    ]) {
      assertInert(md);
    }
    // In a table, the cell must also stay one cell.
    const table = `| a | b |\n|---|---|\n| ${tableCell(`x \`${text}\` y ${text}`)} | z |\n`;
    const rendered = render(table);
    expect(rendered.tags.filter((t) => t === 'td')).toHaveLength(2);
    expect(rendered.tags.filter((t) => !['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code'].includes(t))).toEqual([]);
    expect(rendered.links).toEqual([]);
    expect(rendered.mentions).toEqual([]);
    expect(rendered.comments).toEqual([]);
  });

  it('keeps code spans as code spans, with a delimiter longer than any backtick run inside', () => {
    expect(inlineMarkdown('writes `app.orders` into cluster `prod`')).toBe('writes `app.orders` into cluster `prod`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(codeSpan('x``y```z')).toBe('````x``y```z````');
    expect(inlineMarkdown('a `` x`y `` b')).toBe('a ``x`y`` b');
    expect(splitCodeSpans('a `b` c ``d`` `e')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'b' },
      { code: false, text: ' c ' },
      { code: true, text: 'd' },
      { code: false, text: ' `e' },
    ]);
    // An unmatched backtick is text, escaped.
    expect(inlineMarkdown('one ` alone')).toBe('one \\` alone');
  });

  it('escapes what would open a block at the start of a paragraph', () => {
    expect(inlineMarkdown('# heading', { blockStart: true })).toBe('\\# heading');
    expect(inlineMarkdown('- item', { blockStart: true })).toBe('\\- item');
    expect(inlineMarkdown('1. item', { blockStart: true })).toBe('1\\. item');
    expect(inlineMarkdown('v8.5.1 is fine')).toBe('v8.5.1 is fine');
  });

  it('escapes | everywhere in a table cell, code spans included (GFM)', () => {
    expect(tableCell('a|b `c|d`')).toBe('a\\|b `c\\|d`');
  });

  it('redacts credentials in every piece it renders', () => {
    expect(codeSpan('s3://b/x?secret-access-key=K3ysecret')).toBe('`s3://b/x?secret-access-key=***`');
    expect(inlineMarkdown('uri s3://b/x?secret-access-key=K3ysecret')).toBe(`uri s3:${ZWSP}//b/x?secret-access-key=\\*\\*\\*`);
  });

  it('fences a suggestion with more backticks than any run in it', () => {
    expect(fenceFor('plain')).toBe('```');
    expect(fenceFor('has ``` inside')).toBe('````');
    expect(fenceFor('has ````` inside')).toBe('``````');
  });

  it('links only plain http(s) URLs, parentheses encoded', () => {
    expect(linkTarget('https://github.com/o/r/blob/abc/a(1).sql#L3')).toBe('https://github.com/o/r/blob/abc/a%281%29.sql#L3');
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('https://x/a b')).toBeUndefined();
  });
});
