import { describe, expect, it } from 'vitest';
import { buildSarif } from '../../src/report/sarif.js';
import { finding } from './helpers.js';

const rules = [
  { id: 'log-backup-gap', meta: { description: 'Import bypasses log backup', defaultSeverity: 'error' as const } },
  { id: 'deprecated-lightning-key', meta: { description: 'Deprecated key', defaultSeverity: 'warning' as const } },
  { id: 'plaintext-secret', meta: { description: 'Secret in plain text', defaultSeverity: 'error' as const } },
];

describe('buildSarif', () => {
  const findings = [
    finding({
      file: 'deploy/prod/orders.toml',
      line: 7,
      column: 1,
      endColumn: 18,
      cluster: 'prod',
      tables: ['app.orders'],
      fingerprint: 'fp1',
    }),
    finding({ file: 'sql/with space.sql', line: 2, rule: 'deprecated-lightning-key', severity: 'notice', fingerprint: 'fp2' }),
    finding({ file: 'a.sql', line: 3, suppressed: true, suppression: { kind: 'waiver', reason: 'CHG-1234' }, fingerprint: 'fp3' }),
    finding({ file: 'b.sql', line: 4, suppressed: true, suppression: { kind: 'inline', reason: 'staging copy' }, fingerprint: 'fp4' }),
    finding({ file: 'sql/a#b?.sql', line: 5, rule: 'deprecated-lightning-key', severity: 'notice', fingerprint: 'fp5' }),
  ];
  const log = buildSarif({
    findings,
    rules,
    helpMarkdown: (id) => (id === 'log-backup-gap' ? '# log-backup-gap\n\nWhy it matters.' : undefined),
    toolVersion: '1.0.0',
  });
  const run = log.runs[0]!;

  it('is SARIF 2.1.0 with every rule, sorted, with help markdown and a doc link', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(['deprecated-lightning-key', 'log-backup-gap', 'plaintext-secret']);
    const gap = run.tool.driver.rules?.[1];
    expect(gap?.help?.markdown).toContain('Why it matters.');
    expect(gap?.help?.markdown).toContain('(docs/rules/log-backup-gap.md)');
    expect(gap?.defaultConfiguration?.level).toBe('error');
    expect(run.tool.driver.rules?.[2]?.properties?.['security-severity']).toBe('8.0');
  });

  it('puts repository-relative URIs, regions, levels and fingerprints on results', () => {
    const first = run.results?.[0];
    expect(first?.ruleId).toBe('log-backup-gap');
    expect(first?.ruleIndex).toBe(1);
    expect(first?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'deploy/prod/orders.toml', uriBaseId: '%SRCROOT%' });
    expect(first?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 7, startColumn: 1, endLine: 7, endColumn: 18 });
    expect(first?.partialFingerprints).toEqual({ primaryLocationLineHash: 'fp1' });
    expect(first?.properties).toMatchObject({ cluster: 'prod', tables: ['app.orders'] });
    expect(run.results?.[1]?.level).toBe('note');
    expect(run.results?.[1]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('sql/with%20space.sql');
    expect(run.results?.[4]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('sql/a%23b%3F.sql');
  });

  it('keeps suppressed findings with their suppression kind and reason', () => {
    expect(run.results?.[2]?.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'CHG-1234' }]);
    expect(run.results?.[3]?.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'staging copy' }]);
    expect(run.results?.[0]?.suppressions).toBeUndefined();
  });

  it('uses an absolute doc link and helpUri when given a docs base, and is deterministic', () => {
    const withBase = buildSarif({ findings, rules, toolVersion: '1.0.0', docsBaseUrl: 'https://github.com/o/r/blob/v1/' });
    expect(withBase.runs[0]?.tool.driver.rules?.[0]?.helpUri).toBe('https://github.com/o/r/blob/v1/docs/rules/deprecated-lightning-key.md');
    expect(JSON.stringify(buildSarif({ findings, rules, toolVersion: '1.0.0' }))).toBe(
      JSON.stringify(buildSarif({ findings, rules, toolVersion: '1.0.0' })),
    );
  });
});

describe('formatSarif', () => {
  it('lists every rule of the registry with its doc page as help, and the report findings as results', async () => {
    const { formatSarif } = await import('../../src/report/sarif.js');
    const { RULES } = await import('../../src/lint/rules/registry.js');
    const report = {
      version: 1 as const,
      tool: { name: 'tidb-import-guard' as const, version: '1.2.3' },
      policy: '.github/tidb-import-guard.yml',
      findings: [finding({ file: 'a.sql', line: 1, rule: 'precheck-blocks-import' })],
      summary: { files: 1, jobs: 1, errors: 1, warnings: 0, notices: 0, suppressed: 0 },
    };
    const log = JSON.parse(formatSarif(report, { helpMarkdown: (id) => `# ${id} page` })) as import('sarif').Log;
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id).sort());
    expect(rules.every((r) => r.help?.markdown?.startsWith(`# ${r.id} page`))).toBe(true);
    expect(log.runs[0]?.tool.driver.version).toBe('1.2.3');
    const result = log.runs[0]?.results?.[0];
    expect(rules[result?.ruleIndex ?? -1]?.id).toBe('precheck-blocks-import');
  });
});
