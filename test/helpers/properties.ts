/**
 * fast-check parameters for every property in the suite: a FIXED seed and run count by default, so
 * `npm test` (and CI) run the very same cases every time and a failure is reproducible.
 *
 * Environment (for a long randomized run, see README "Development"):
 * - `FC_SEED`: an integer seed for every property, or `random` for a fresh seed per property
 *   (fast-check prints the seed and path of a failure; re-run with `FC_SEED=<seed> FC_PATH=<path>`).
 *   Unset: each property has its own fixed seed, derived from its name.
 * - `FC_RUNS`: the number of runs of every property (unset: each property's default).
 * - `FC_PATH`: replay one failing case (with the `FC_SEED` it was found with).
 */
import type { Parameters } from 'fast-check';

/** A stable 31-bit hash of a property's name (FNV-1a): its default seed. */
export function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x7fffffff;
}

function positiveInteger(text: string | undefined, what: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(`${what} must be a positive integer, got ${JSON.stringify(text)}`);
  return Number(text);
}

/**
 * Parameters for the property called `name` (unique in the suite), run `defaultRuns` times unless
 * `FC_RUNS` says otherwise. `env` is injectable for the helper's own test.
 */
export function fcParams<T = unknown>(name: string, defaultRuns: number, env: NodeJS.ProcessEnv = process.env): Parameters<T> {
  const seedText = env.FC_SEED;
  const numRuns = positiveInteger(env.FC_RUNS, 'FC_RUNS') ?? defaultRuns;
  const path = env.FC_PATH !== undefined && env.FC_PATH !== '' ? { path: env.FC_PATH } : {};
  if (seedText === 'random') {
    // fast-check draws a seed itself and reports it with any counterexample.
    return { numRuns, ...path };
  }
  const seed = seedText === undefined || seedText === '' ? seedOf(name) : Number(seedText);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(seedText)}`);
  return { numRuns, seed, ...path };
}
