/**
 * One validated listing of a pull request's files (`pulls.listFiles`), the list the merge gate
 * narrows its check to. A list that is wrong makes the gate pass what it never looked at, so it is
 * trusted only when every page is what GitHub documents:
 *
 * - each page answers 200 with a JSON array of file objects (string `filename`, a known `status`,
 *   `patch` a string when present); 204, an empty or cut-off body, `null`, or an object is not a
 *   page;
 * - an empty page that still links to a `next` one is not a page either (pagination that never
 *   ends); pagination is bounded by pages (`MAX_PAGES`, GitHub's 3000-file cap at 100 a page), not
 *   only by files;
 * - no file is listed twice, and no name is absolute, has `..` segments or control characters;
 * - the total agrees with the event's `pull_request.changed_files` (what GitHub said when it sent
 *   the event), capped at 3000.
 *
 * Decision (the spec allows "fall back to linting everything or fail"): a listing that is not
 * trusted FALLS BACK to linting every file, as an API error already did: the verdict then covers
 * at least everything the pull request touched (never a pass on less), no inline comment is
 * posted (the patches that place them are not trusted either), the base policy is still compared
 * (the policy may be among the unlisted changes), and a warning says why. Failing the run instead
 * would turn every API hiccup into a red check that says nothing about the change.
 */
import { LIST_FILES_CAP, type PullRequestFile } from './scope.js';

export const FILES_PER_PAGE = 100;
/** GitHub lists at most 3000 files, 30 pages of 100: a 31st page is never legitimate. */
export const MAX_PAGES = Math.ceil(LIST_FILES_CAP / FILES_PER_PAGE);

/** One answer of `pulls.listFiles` as the shell received it. */
export interface FilesPage {
  readonly status: number;
  /** The parsed body (octokit gives the raw text when it is not JSON, undefined on 204). */
  readonly data: unknown;
  /** The `Link` header has `rel="next"`. */
  readonly hasNext: boolean;
}

export type FilesListing =
  | { readonly ok: true; readonly files: readonly PullRequestFile[] }
  | { readonly ok: false; readonly reason: string };

const STATUSES = new Set(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']);
const MAX_NAME = 4096;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function badName(name: unknown): boolean {
  if (typeof name !== 'string' || name === '' || name.length > MAX_NAME) return true;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name) || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

function readFile(item: unknown): PullRequestFile | string {
  if (!isObject(item)) return 'an entry is not an object';
  const { filename, status, patch, previous_filename: previous } = item;
  if (badName(filename)) return 'an entry has no usable `filename`';
  if (typeof status !== 'string' || !STATUSES.has(status)) return 'an entry has an unknown `status`';
  if (patch !== undefined && patch !== null && typeof patch !== 'string') return 'an entry has a `patch` that is not text';
  if (previous !== undefined && badName(previous)) return 'an entry has an unusable `previous_filename`';
  return {
    filename: filename as string,
    status,
    ...(typeof patch === 'string' ? { patch } : {}),
    ...(previous !== undefined ? { previous_filename: previous as string } : {}),
  };
}

function describeBody(data: unknown): string {
  if (data === undefined || data === '') return 'an empty body';
  if (data === null) return '`null`';
  if (typeof data === 'string') return 'a body that is not JSON (cut off?)';
  return Array.isArray(data) ? 'an array' : `a JSON ${typeof data}`;
}

/**
 * Lists the files page by page through `fetchPage(n)` (1-based) and validates them.
 * `expected` is the event's `pull_request.changed_files`, when it has one. Errors thrown by
 * `fetchPage` (HTTP failures after retries) propagate to the caller.
 */
export async function listPullRequestFiles(fetchPage: (page: number) => Promise<FilesPage>, expected?: number): Promise<FilesListing> {
  const files: PullRequestFile[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES)
      return {
        ok: false,
        reason: `the listing still had a next page after ${MAX_PAGES} pages (GitHub lists at most ${LIST_FILES_CAP} files)`,
      };
    const answer = await fetchPage(page);
    if (answer.status !== 200) return { ok: false, reason: `page ${page} answered HTTP ${answer.status} instead of 200 with a list` };
    if (!Array.isArray(answer.data))
      return { ok: false, reason: `page ${page} answered ${describeBody(answer.data)} instead of a list of files` };
    if (answer.data.length > FILES_PER_PAGE)
      return { ok: false, reason: `page ${page} holds ${answer.data.length} files, more than the ${FILES_PER_PAGE} asked for` };
    if (answer.data.length === 0 && answer.hasNext) return { ok: false, reason: `page ${page} is empty but links to a next page` };
    for (const item of answer.data) {
      const file = readFile(item);
      if (typeof file === 'string') return { ok: false, reason: `page ${page}: ${file}` };
      if (seen.has(file.filename)) return { ok: false, reason: `page ${page}: a file is listed twice` };
      seen.add(file.filename);
      files.push(file);
    }
    if (!answer.hasNext) break;
  }
  if (expected !== undefined) {
    const want = Math.min(expected, LIST_FILES_CAP);
    if (files.length !== want) {
      return { ok: false, reason: `it holds ${files.length} file(s) but the event says the pull request changes ${expected}` };
    }
  }
  return { ok: true, files };
}

/** GitHub's compare API lists at most 300 files of a comparison. */
export const COMPARE_FILES_CAP = 300;

/**
 * The files of a merge group, from the compare API (`base_sha...head_sha`), validated like a pull
 * request's listing. At the 300-file cap the list may be incomplete: `ok` is false, so every file
 * is linted.
 */
export function readCompareFiles(status: number, data: unknown): FilesListing {
  if (status !== 200) return { ok: false, reason: `the comparison answered HTTP ${status} instead of 200` };
  if (!isObject(data) || !Array.isArray(data['files']))
    return { ok: false, reason: `the comparison answered ${describeBody(data)} without a list of files` };
  const files: PullRequestFile[] = [];
  const seen = new Set<string>();
  for (const item of data['files']) {
    const file = readFile(item);
    if (typeof file === 'string') return { ok: false, reason: `the comparison: ${file}` };
    if (seen.has(file.filename)) return { ok: false, reason: 'the comparison lists a file twice' };
    seen.add(file.filename);
    files.push(file);
  }
  if (files.length >= COMPARE_FILES_CAP)
    return { ok: false, reason: `the comparison lists ${COMPARE_FILES_CAP} files or more, GitHub's cap, so it may be incomplete` };
  return { ok: true, files };
}
