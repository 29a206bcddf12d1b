/**
 * The bundles validate policies with ajv's standalone code generated at build time
 * (src/model/policy/validator-code.ts, scripts/build.mjs); the source compiles the same schema at run time.
 * These tests prove the generated validator is the run-time one: same verdict, same errors (with
 * the schema nodes the messages read), and the bundled CLI reports the same problems as the source.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyValidator } from '../../src/model/policy/validator.js';
import { policyValidatorModule } from '../../src/model/policy/validator-code.js';
import { tempRepo } from '../helpers/repo.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const example = parse(readFileSync(join(ROOT, 'policies/example.yml'), 'utf8')) as Record<string, unknown>;

const SAMPLES: Record<string, unknown> = {
  'the example policy': example,
  'an empty document': {},
  'a wrong version and an unknown key': { ...example, version: 2, clustres: {} },
  'a cluster with wrong types': {
    version: 1,
    clusters: { prod: { tidb_version: 8, match: { paths: 'x' }, log_backup: { enabled: 'yes' }, changefeeds: [{ rules: [] }] } },
  },
  'bad severities and sizes': { ...example, rules: { 'log-backup-gap': 'loud' }, scan: { max_file_bytes: '12 parsecs' } },
  'a waiver missing its reason': { ...example, waivers: [{ rule: 'log-backup-gap', paths: ['a/**'] }] },
  'extends with clusters': { version: 1, extends: 'base.yml', unmapped: 'maybe' },
  'not an object': ['version', 1],
};

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
let generated: Validate;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tig-validator-'));
  const file = join(dir, 'validator.mjs');
  // The generated code requires ajv's run-time helpers, which the bundler inlines; here they come
  // from the project's node_modules.
  const prelude = `import { createRequire } from 'node:module';\nconst require = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});\n`;
  writeFileSync(file, prelude + policyValidatorModule());
  const mod = (await import(pathToFileURL(file).href)) as { policyValidator: () => Validate };
  generated = mod.policyValidator();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the generated policy validator', () => {
  it.each(Object.entries(SAMPLES))('agrees with the run-time validator on %s', (_name, data) => {
    const runtime = policyValidator() as unknown as Validate;
    const ok = runtime(data);
    const runtimeErrors = structuredClone(runtime.errors);
    expect(generated(data)).toBe(ok);
    expect(generated.errors).toEqual(runtimeErrors);
  });

  it('finds problems where there are some (the samples are not all valid)', () => {
    const invalid = Object.values(SAMPLES).filter((d) => !generated(d));
    expect(invalid.length).toBe(Object.keys(SAMPLES).length - 1);
  });

  it('is what the bundles run: they compile no schema at start-up', () => {
    for (const bundle of ['dist/cli-main.js', 'dist/index.js']) {
      const text = readFileSync(join(ROOT, bundle), 'utf8');
      expect(text).not.toMatch(/addVocabulary\(/);
      expect(text).toContain('function policyValidator()');
    }
  });
});

describe('the bundled CLI on an invalid policy', () => {
  it('reports the same problems as the source', async () => {
    const policy =
      'version: 1\nclustres: {}\nclusters:\n  prod:\n    tidb_version: 8\n    match: { paths: x }\n    log_backup: { enabled: maybe }\n';
    const repo = tempRepo({ 'migrations/a.sql': 'SELECT 1;\n' }, policy);
    try {
      const source = await repo.check();
      const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--root', repo.root, '--format', 'json'], {
        cwd: repo.root,
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      const bundled = JSON.parse(run.stdout) as { findings: unknown[] };
      expect(source.fatal).toBeDefined();
      expect(source.result.report.findings.length).toBeGreaterThan(2);
      // The JSON report leaves out `messageId` (which template worded a finding: tests only).
      expect(bundled.findings).toEqual(source.result.report.findings.map(({ messageId: _id, ...f }) => f));
    } finally {
      repo.remove();
    }
  });
});
