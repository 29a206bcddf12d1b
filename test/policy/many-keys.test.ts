/**
 * Policy loading stays linear in the number of keys: unknown keys past the first 50 are counted in
 * one problem, duplicate keys are still found (by one set per mapping, as the yaml package would
 * by comparing every pair), and a bad exemption rule is reported once, however many changefeeds.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/model/policy/load.js';
import { MAX_UNKNOWN_KEYS } from '../../src/model/policy/schema.js';
import { compilePosture } from '../../src/model/posture/compile.js';
import { changefeedConfigFiles } from '../../src/parse/ticdc/changefeed.js';

const BASE = 'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["**"] }\n    log_backup: { enabled: true }\n';

function problemsOf(text: string) {
  const result = loadPolicy('policy.yml', (p) => (p === 'policy.yml' ? text : undefined));
  return result.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
}

describe('a policy with many keys', () => {
  it('lists the first unknown keys one by one and counts the rest in one problem', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `unknown_${i}: 1`).join('\n');
    const problems = problemsOf(`${BASE}${keys}\n`);
    expect(MAX_UNKNOWN_KEYS).toBe(50);
    expect(problems).toHaveLength(MAX_UNKNOWN_KEYS + 1);
    expect(problems[0]).toMatch(/^7:1 unknown key `unknown_0`; expected one of `version`/);
    expect(problems[49]).toMatch(/^56:1 unknown key `unknown_49`;/);
    expect(problems[50]).toBe('57:1 2950 more unknown keys from here on (only the first 50 are listed one by one)');
  });

  it('lists every unknown key when there are few', () => {
    const problems = problemsOf(`${BASE}clusterz: 1\nrulez: 2\n`);
    expect(problems).toEqual(['7:1 unknown key `clusterz`; did you mean `clusters`?', '8:1 unknown key `rulez`; did you mean `rules`?']);
  });

  it('finds each repeated key of a large mapping, in flow and block style', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i}: 1`).join('\n');
    const problems = problemsOf(`${BASE}scan: { include: ["a"], include: ["b"] }\n${keys}\nk7: 2\nk4999: 3\n`);
    expect(problems).toEqual([
      '7:25 YAML syntax error: Map keys must be unique',
      '5008:1 YAML syntax error: Map keys must be unique',
      '5009:1 YAML syntax error: Map keys must be unique',
    ]);
  });

  it('reports a bad exemption rule once, not once per changefeed', () => {
    const text = `${BASE}    changefeeds:\n      - { id: a, rules: ["app.*"], downstream: { kind: kafka } }\n      - { id: b, rules: ["app.*"], downstream: { kind: kafka } }\n    exemptions:\n      - { tables: ["sc[.*"], skip: [changefeeds, log_backup], reason: x }\n`;
    const loaded = loadPolicy('policy.yml', () => text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const { problems } = compilePosture(
      loaded.policy,
      changefeedConfigFiles(() => undefined),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'clusters.prod.exemptions: invalid table filter rule `sc[.*`: syntax error: failed to parse character class',
    ]);
  });
});
