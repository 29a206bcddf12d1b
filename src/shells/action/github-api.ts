/**
 * The GitHub API as the action uses it: an Octokit from @actions/github (its REST methods and
 * Link-header pagination) with a small bounded retry of our own.
 *
 * Why not @octokit/plugin-retry / plugin-throttling: throttling paces every write by 1-3 s and
 * cannot cap how long it honours `retry-after`, and retry's backoff is quadratic in seconds; the
 * action must finish promptly and never let the comment API decide how long a required check
 * takes. The policy here: at most `retries` retries per request, on 5xx, 429 and secondary rate
 * limits (403 with `retry-after` or a "secondary rate limit" message); `retry-after` is honoured up
 * to `maxRetryAfterMs`; all waits of one run share a `budgetMs`; every request has a timeout.
 */
import type { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RetryPolicy {
  readonly retries: number;
  /** Unit of backoff: waits are baseMs, 2×baseMs, 4×baseMs…; `retry-after: N` waits N×baseMs. */
  readonly baseMs: number;
  readonly maxRetryAfterMs: number;
  /** Total wait across all retries of one run. */
  readonly budgetMs: number;
  readonly timeoutMs: number;
  /**
   * One wall-clock deadline for the whole API phase, counted from the client's creation: every
   * request, timeout and retry wait included (docs/github/README.md, "Budgets"). Past it, requests fail at
   * once and the action goes on with what it has.
   */
  readonly deadlineMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  baseMs: 1000,
  maxRetryAfterMs: 60_000,
  budgetMs: 120_000,
  timeoutMs: 30_000,
  deadlineMs: 120_000,
};

/** Which rate limit an error is: primary (the hourly quota is spent) or secondary (abuse limits). */
export function rateLimitOf(error: unknown): 'primary' | 'secondary' | undefined {
  const status = errorStatus(error);
  if (status !== 403 && status !== 429) return undefined;
  const failure = error as RequestErrorLike;
  const headers = failure.response?.headers ?? {};
  const message = failure.message ?? '';
  if (/secondary rate limit/i.test(message) || headers['retry-after'] !== undefined) return 'secondary';
  if (String(headers['x-ratelimit-remaining']) === '0' || /API rate limit exceeded/i.test(message)) return 'primary';
  return status === 429 ? 'secondary' : undefined;
}

/** The error of a write refused by the action itself after a rate limit (docs/github/README.md, "Budgets"). */
export class WritesStoppedError extends Error {
  constructor(readonly reason: string) {
    super(`writes stopped for this run after ${reason}; the next run continues`);
  }
}

/** The error of a request made after the API phase's deadline. */
export class DeadlineError extends Error {
  constructor(deadlineMs: number) {
    super(`the API phase's deadline of ${Math.round(deadlineMs / 1000)} s has passed`);
  }
}

const writeStops = new WeakMap<object, { reason?: string }>();

/** Why the client stopped writing (a rate limit), or undefined while it still writes. */
export function writesStopped(client: GitHubClient): string | undefined {
  return writeStops.get(client)?.reason;
}

export interface FailedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | number | undefined>>;
  readonly message: string;
}

/** How long to wait before retry number `attempt` (0-based), or undefined for "do not retry". */
export function retryDelay(failure: FailedResponse, attempt: number, policy: RetryPolicy): number | undefined {
  if (attempt >= policy.retries) return undefined;
  const retryAfter = Number(failure.headers['retry-after']);
  const secondary = /secondary rate limit/i.test(failure.message) || Number.isFinite(retryAfter);
  const retryable = failure.status >= 500 || failure.status === 429 || (failure.status === 403 && secondary);
  if (!retryable) return undefined;
  if (Number.isFinite(retryAfter) && retryAfter >= 0) {
    const wait = retryAfter * policy.baseMs;
    return wait > policy.maxRetryAfterMs ? undefined : wait;
  }
  if (failure.status === 403 || failure.status === 429) return Math.min(60 * policy.baseMs, policy.maxRetryAfterMs);
  return policy.baseMs * 2 ** attempt;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

export function errorStatus(error: unknown): number | undefined {
  const status = (error as RequestErrorLike | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function describeError(error: unknown): string {
  const status = errorStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return status !== undefined ? `HTTP ${status}: ${message}` : message;
}

/**
 * `@actions/github` is loaded only here, on first use: importing it parses GITHUB_EVENT_PATH at
 * module load and throws a raw stack trace on a malformed payload, before the action could say
 * what is wrong. The shell validates the payload first (event.ts), then asks for a client.
 */
export async function createClient(
  token: string,
  baseUrl: string,
  policy: RetryPolicy,
  log: (message: string) => void,
): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl, log: { debug: () => {}, info: () => {}, warn: log, error: log } });
  let waited = 0;
  const deadline = Date.now() + policy.deadlineMs;
  const stop: { reason?: string } = {};
  writeStops.set(octokit, stop);
  octokit.hook.wrap('request', async (request, options) => {
    const write = options.method !== 'GET' && options.method !== 'HEAD';
    for (let attempt = 0; ; attempt++) {
      if (write && stop.reason) throw new WritesStoppedError(stop.reason);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new DeadlineError(policy.deadlineMs);
      try {
        options.request = { ...options.request, signal: AbortSignal.timeout(Math.min(policy.timeoutMs, remaining)) };
        return await request(options);
      } catch (error) {
        const failure = error as RequestErrorLike;
        const status = errorStatus(error) ?? 500;
        const limit = rateLimitOf(error);
        // A POST that failed with a server error or a timeout may still have been carried out
        // (GitHub can create a review and then answer 502): retrying it would post twice. Rate
        // limits (403/429) are refused before any work, so those are retried for every method.
        const rateLimited = status === 429 || status === 403;
        const giveUp = (): never => {
          // After a rate limit that outlasted its retries, no more writes this run: each would be
          // refused too, and keeps the limit in force longer (docs/github/README.md, "Budgets").
          if (limit) stop.reason ??= `a ${limit} rate limit (${describeError(error)})`;
          throw error;
        };
        if (options.method === 'POST' && !rateLimited) throw error;
        const delay = retryDelay({ status, headers: failure.response?.headers ?? {}, message: failure.message ?? '' }, attempt, policy);
        if (delay === undefined || waited + delay > policy.budgetMs || Date.now() + delay >= deadline) return giveUp();
        waited += delay;
        log(
          `GitHub API ${options.method} ${options.url} failed (${describeError(error)}); retry ${attempt + 1} of ${policy.retries} in ${delay} ms`,
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  });
  return octokit;
}
