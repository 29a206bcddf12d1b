import { describe, expect, it } from 'vitest';
import { fcParams, seedOf } from '../helpers/properties.js';

describe('fcParams: fixed seeds unless asked otherwise', () => {
  it('gives each property its own fixed seed and its default run count', () => {
    expect(fcParams('a', 100, {})).toEqual({ numRuns: 100, seed: seedOf('a') });
    expect(fcParams('a', 100, {})).toEqual(fcParams('a', 100, {}));
    expect(seedOf('a')).not.toBe(seedOf('b'));
    expect(seedOf('some property')).toBe(seedOf('some property'));
  });

  it('FC_SEED and FC_RUNS override every property; FC_SEED=random leaves the seed to fast-check', () => {
    expect(fcParams('a', 100, { FC_SEED: '-42', FC_RUNS: '7' })).toEqual({ numRuns: 7, seed: -42 });
    expect(fcParams('a', 100, { FC_SEED: 'random', FC_RUNS: '100000' })).toEqual({ numRuns: 100000 });
    expect(fcParams('a', 100, { FC_SEED: '5', FC_PATH: '3:1:0' })).toEqual({ numRuns: 100, seed: 5, path: '3:1:0' });
  });

  it('rejects settings it cannot honour instead of silently running something else', () => {
    expect(() => fcParams('a', 1, { FC_SEED: 'x' })).toThrow(/FC_SEED/);
    expect(() => fcParams('a', 1, { FC_RUNS: '0' })).toThrow(/FC_RUNS/);
    expect(() => fcParams('a', 1, { FC_RUNS: 'many' })).toThrow(/FC_RUNS/);
  });
});
