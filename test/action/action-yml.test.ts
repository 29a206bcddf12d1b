/** action.yml is a public contract (github.md): input and output names, runtime, entry point. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './harness.js';
import { parseInputs } from '../../src/shells/action/inputs.js';

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}
const action = parse(readFileSync(`${PROJECT_ROOT}/action.yml`, 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs dist/index.js on node24 and has branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });

  it('has exactly the documented inputs and outputs, each described', () => {
    expect(Object.keys(action.inputs)).toEqual(['policy', 'paths', 'scope', 'fail-on', 'comment', 'sarif', 'github-token']);
    expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings', 'notices', 'suppressed', 'sarif-file', 'report-json']);
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)])
      expect(entry.description.length).toBeGreaterThan(10);
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('has defaults the input parser accepts, giving the documented behaviour', () => {
    const parsed = parseInputs((name) => action.inputs[name]?.default ?? '');
    expect(parsed).toEqual({ ok: true, inputs: { paths: [], failOn: 'error', comment: 'review', token: '${{ github.token }}' } });
  });
});
