import { describe, expect, it } from 'vitest';
import { childHeapFlags } from '../../src/shells/cli/child-flags.js';

describe('the check child process heap flags', () => {
  it('caps the young generation and favours size, unless the user chose', () => {
    expect(childHeapFlags([], undefined)).toEqual(['--max-semi-space-size=4', '--optimize-for-size']);
    expect(childHeapFlags(['--max-old-space-size=100'], '--enable-source-maps')).toEqual([
      '--max-semi-space-size=4',
      '--optimize-for-size',
    ]);
    expect(childHeapFlags(['--max-semi-space-size=32'], undefined)).toEqual(['--optimize-for-size']);
    expect(childHeapFlags([], '--max-old-space-size=100 --max_semi_space_size=8')).toEqual(['--optimize-for-size']);
    expect(childHeapFlags([], '--min-semi-space-size=8')).toEqual(['--optimize-for-size']);
    expect(childHeapFlags(['--max-heap-size=300'], undefined)).toEqual(['--optimize-for-size']);
    expect(childHeapFlags(['--no-optimize-for-size'], undefined)).toEqual(['--max-semi-space-size=4']);
  });
});
