/**
 * The Markdown escaping layer: every piece of text that goes into a review comment, the summary
 * comment or the job summary passes through here (docs/github/README.md, "Content from the repository is
 * hostile"). Repository text (file names, table names, filter rules, option and policy values) is
 * data, never markup. After this layer it cannot:
 *
 * - notify anyone: `@` gets a zero-width space on each side, so `@user`, `@org/team` and `a@b.c`
 *   are no mentions or mail links (GitHub matches mentions on the rendered text, so a backslash
 *   would not stop them); `#12` gets one after `#`, so it links no issue;
 * - render HTML or hide text: `<`, `>` and `&` become entities, so `<img>`, `<details>` and a forged
 *   hidden marker `<!-- tidb-import-guard:... -->` never appear in the body (the marker parser
 *   reads the raw body, so this matters even where GitHub would show the text literally);
 * - link: `[`, `]` are escaped, and `://` and `www.` are broken so no autolink forms;
 * - break out of a code span or fence: code spans are re-delimited with a backtick run longer
 *   than any inside them; a suggestion's fence is longer than any backtick run in its line;
 * - start a block (a heading, a quote, a list, a fenced ```suggestion): control characters are
 *   escaped visibly first (plain-text.ts), so nothing starts a new line, and a leading `#`, `>`,
 *   `-`, `+`, `=` or `1.` is escaped.
 *
 * Every function here also redacts credentials (src/core/redact.ts) and bounds the length: the
 * posture table quotes policy values (descriptions, task names) that are no finding's message.
 *
 * Messages are plain text in which backtick code spans mark code (the rules write them so). They
 * are tokenized as CommonMark does (a run of n backticks opens a span closed by the next run of
 * exactly n), code spans are re-emitted safely and the text between them is escaped, so whatever a
 * message holds the result is inert; a rule that quotes with `code()` (a delimiter longer than any
 * backtick run in the value) also renders as intended.
 */
import { redactSecrets } from '../core/redact.js';
import { escapeAndBound, escapeControl } from '../core/plain-text.js';
import { MAX_MESSAGE_LENGTH } from '../lint/sanitize.js';

const ZWSP = '\u200b';

export interface MarkdownOptions {
  /** The text goes into a table cell: `|` is escaped everywhere, code spans included (GFM). */
  readonly table?: boolean;
  /** Longest text rendered (before escaping); default `MAX_MESSAGE_LENGTH`. */
  readonly max?: number;
  /** The text starts a paragraph: a leading `#`, `-`, `+`, `=` or `1.` would open a block. */
  readonly blockStart?: boolean;
}

/** Plain text (no code spans) as inert inline Markdown. */
export function escapeMarkdownText(text: string, options: MarkdownOptions = {}): string {
  const out = escapeTextSegment(escapeAndBound(redactSecrets(text), options.max ?? MAX_MESSAGE_LENGTH));
  return options.blockStart ? escapeLineStart(out) : out;
}

function escapeTextSegment(text: string): string {
  let out = text.replace(/[\\`*_~[\]|&<>@]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '@':
        // After: no `@user` mention. Before: no `name@host` mail link (linkifiers accept a
        // zero-width space inside a domain, not in the local part).
        return `${ZWSP}@${ZWSP}`;
      default:
        return `\\${c}`;
    }
  });
  out = out.replace(/#(?=[A-Za-z0-9])/g, `#${ZWSP}`);
  out = out.replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
  return out;
}

/** Characters that open a block when they start a paragraph. */
function escapeLineStart(text: string): string {
  if (/^[#+\-=]/.test(text)) return `\\${text}`;
  const ordered = /^(\d{1,9})([.)])/.exec(text);
  if (ordered) return `${ordered[1]}\\${text.slice((ordered[1] as string).length)}`;
  return text;
}

/**
 * `text` as one inline code span: the delimiter is longer than any backtick run inside, the text
 * is padded when it starts or ends with a backtick, and `<!--` is broken so no hidden marker can be
 * forged through it.
 */
export function codeSpan(text: string, options: MarkdownOptions = {}): string {
  let body = escapeAndBound(redactSecrets(text), options.max ?? MAX_MESSAGE_LENGTH).replace(/<!--/g, `<!${ZWSP}--`);
  if (options.table) body = body.replace(/\|/g, '\\|');
  if (body === '') return '` `';
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const delimiter = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
  return `${delimiter}${pad}${body}${pad}${delimiter}`;
}

interface Segment {
  readonly code: boolean;
  readonly text: string;
}

/** A message's code spans and the text between them, as CommonMark reads backtick runs. */
export function splitCodeSpans(message: string): Segment[] {
  const runs: { start: number; length: number }[] = [];
  for (const m of message.matchAll(/`+/g)) runs.push({ start: m.index as number, length: m[0].length });
  // For each length, the runs of that length in order: finding a closer is a pointer step.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, i) => {
    const list = byLength.get(run.length) ?? [];
    list.push(i);
    byLength.set(run.length, list);
  });
  const nextOf = new Map<number, number>();
  const segments: Segment[] = [];
  let textStart = 0;
  let i = 0;
  while (i < runs.length) {
    const open = runs[i] as { start: number; length: number };
    if (open.start < textStart) {
      i++;
      continue;
    }
    const list = byLength.get(open.length) as number[];
    let k = nextOf.get(open.length) ?? 0;
    while (k < list.length && (list[k] as number) <= i) k++;
    nextOf.set(open.length, k);
    if (k >= list.length) {
      i++;
      continue;
    }
    const closeIndex = list[k] as number;
    const close = runs[closeIndex] as { start: number; length: number };
    if (open.start > textStart) segments.push({ code: false, text: message.slice(textStart, open.start) });
    let content = message.slice(open.start + open.length, close.start);
    if (content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
    segments.push({ code: true, text: content });
    textStart = close.start + close.length;
    i = closeIndex + 1;
  }
  if (textStart < message.length) segments.push({ code: false, text: message.slice(textStart) });
  return segments;
}

/**
 * A finding's message (plain text with code spans) as inert inline Markdown. Bounded and escaped
 * here again, whatever the caller did: the fork-mode poster renders findings read from an artifact
 * that the pull request's own workflow wrote.
 */
export function inlineMarkdown(message: string, options: MarkdownOptions = {}): string {
  const bounded = escapeAndBound(redactSecrets(message), options.max ?? MAX_MESSAGE_LENGTH);
  const inner = { ...options, max: Number.MAX_SAFE_INTEGER };
  const out = splitCodeSpans(bounded)
    .map((segment) => (segment.code ? codeSpan(segment.text, inner) : escapeTextSegment(segment.text)))
    .join('');
  return options.blockStart ? escapeLineStart(out) : out;
}

/** Inline Markdown for one table cell. */
export function tableCell(text: string): string {
  return inlineMarkdown(text, { table: true });
}

/**
 * The fence of a fenced code block (a ```suggestion) around `text`: longer than any backtick run
 * inside it, at least three, so the text cannot close it early.
 */
export function fenceFor(text: string): string {
  let longest = 2;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(longest + 1);
}

/** Whether text may go verbatim into a fenced block of the tool's comment (no forged marker, no control character). */
export function safeInFence(text: string): boolean {
  return !text.includes('<!--') && escapeControl(text) === text;
}

/**
 * A URL as a Markdown link destination, or undefined when it is not a plain http(s) URL. Parentheses
 * (legal in a path, e.g. a file named `a(1).sql`) are percent-encoded so they cannot end the link.
 */
export function linkTarget(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const encoded = url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
  return /^https?:\/\/[^\s<>|\\`]+$/.test(encoded) ? encoded : undefined;
}
