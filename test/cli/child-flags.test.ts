import { describe, expect, it } from 'vitest';
import { childHeapFlags } from '../../src/shells/cli/child-flags.js';

describe('the check child process heap flags', () => {
  it('caps the young generation unless the user sized it', () => {
    expect(childHeapFlags([], undefined)).toEqual(['--max-semi-space-size=4']);
    expect(childHeapFlags(['--max-old-space-size=100'], '--enable-source-maps')).toEqual(['--max-semi-space-size=4']);
    expect(childHeapFlags(['--max-semi-space-size=32'], undefined)).toEqual([]);
    expect(childHeapFlags([], '--max-old-space-size=100 --max_semi_space_size=8')).toEqual([]);
    expect(childHeapFlags([], '--min-semi-space-size=8')).toEqual([]);
    expect(childHeapFlags(['--max-heap-size=300'], undefined)).toEqual([]);
  });
});
