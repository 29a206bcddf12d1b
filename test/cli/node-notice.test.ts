import { describe, expect, it } from 'vitest';
import { slowNodeNotice } from '../../src/shells/cli/node-notice.js';

describe('the slow-Node.js notice', () => {
  it('is one line for a whole-repository check on Node.js before 22', () => {
    const notice = slowNodeNotice('20.20.2', true);
    expect(notice).toBe(
      'tidb-import-guard: note: Node.js 20.20.2 runs the check about 1.5x slower than Node.js 22 or later; use a newer Node.js for large repositories\n',
    );
    expect(slowNodeNotice('v18.0.0', true)).toContain('Node.js 18.0.0 runs');
  });

  it('is absent on Node.js 22 and later, for chosen paths, and for a version it cannot read', () => {
    expect(slowNodeNotice('22.0.0', true)).toBeUndefined();
    expect(slowNodeNotice('24.21.0', true)).toBeUndefined();
    expect(slowNodeNotice('20.20.2', false)).toBeUndefined();
    expect(slowNodeNotice('unknown', true)).toBeUndefined();
  });
});
