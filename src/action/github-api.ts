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
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, baseMs: 1000, maxRetryAfterMs: 60_000, budgetMs: 120_000, timeoutMs: 30_000 };

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
export async function createClient(token: string, baseUrl: string, policy: RetryPolicy, log: (message: string) => void): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl, log: { debug: () => {}, info: () => {}, warn: log, error: log } });
  let waited = 0;
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        options.request = { ...options.request, signal: AbortSignal.timeout(policy.timeoutMs) };
        return await request(options);
      } catch (error) {
        const failure = error as RequestErrorLike;
        const status = errorStatus(error) ?? 500;
        // A POST that failed with a server error or a timeout may still have been carried out
        // (GitHub can create a review and then answer 502): retrying it would post twice. Rate
        // limits (403/429) are refused before any work, so those are retried for every method.
        const rateLimited = status === 429 || status === 403;
        if (options.method === 'POST' && !rateLimited) throw error;
        const delay = retryDelay(
          { status, headers: failure.response?.headers ?? {}, message: failure.message ?? '' },
          attempt,
          policy,
        );
        if (delay === undefined || waited + delay > policy.budgetMs) throw error;
        waited += delay;
        log(`GitHub API ${options.method} ${options.url} failed (${describeError(error)}); retry ${attempt + 1} of ${policy.retries} in ${delay} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  });
  return octokit;
}
