/**
 * `posture verify` (posture.md): compares each cluster that has a snapshot (its `posture:` key, or
 * `--snapshot FILE`, whose `cluster` field names the policy cluster) with the policy and reports
 * `posture-drift` findings in the policy file. For scheduled runs: no repository scan, and
 * `--fail-on warning` by default, since the command exists to find drift.
 * Exit 1 on drift at or above --fail-on, 0 none, 2 could not do its job.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nowMs } from '../../core/now.js';
import type { Finding } from '../../core/types.js';
import { createChecker, sortFindings, summarize } from '../../lint/engine/check.js';
import { TOOL_VERSION } from '../../core/tool-version.js';
import { discoverPolicy, loadPolicy } from '../../model/policy/load.js';
import type { Policy, PolicyProblem } from '../../model/policy/types.js';
import { compilePosture } from '../../model/posture/compile.js';
import { changefeedConfigFiles } from '../../parse/ticdc/changefeed.js';
import { loadSnapshots } from '../../model/posture-live/bind.js';
import { parseSnapshot } from '../../model/posture-live/load.js';
import type { PostureSnapshot } from '../../model/posture-live/snapshot.js';
import type { Report } from '../../lint/result.js';
import { failsCheck } from '../../report/verdict.js';
import { findRepositoryRoot, toRepoPath } from '../../files/files.js';
import type { CliIo } from './io.js';
import { policyFindingVerbatim } from '../shell-findings.js';
import { FAIL_ON, renderReport, type ReportFormat } from './render.js';

/** The formats `posture verify` offers (its findings are about the policy: no code frames to show). */
const FORMATS = ['text', 'json', 'sarif', 'github'] as const satisfies readonly ReportFormat[];

function fail(io: CliIo, message: string): number {
  io.stderr(`tidb-import-guard: posture verify: ${message}\n`);
  return 2;
}

/** The policy's problems as `invalid-policy` findings (their text as the loader gave it, as always). */
function problemFinding(p: PolicyProblem): Finding {
  return policyFindingVerbatim(p);
}

function report(policyFile: string, findings: readonly Finding[]): Report {
  const sorted = sortFindings(findings);
  return {
    version: 1,
    tool: { name: 'tidb-import-guard', version: TOOL_VERSION },
    policy: policyFile,
    findings: sorted,
    summary: summarize(sorted, 0, 0),
  };
}

export async function verifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        policy: { type: 'string' },
        snapshot: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'warning' },
        root: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) return fail(io, `--format must be one of ${FORMATS.join(', ')}`);
  const failOn = values['fail-on'] as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) return fail(io, `--fail-on must be one of ${FAIL_ON.join(', ')}`);

  const root = values.root !== undefined ? resolve(io.cwd, values.root) : findRepositoryRoot(io.cwd);
  const read = (p: string): string | undefined => {
    const abs = resolve(root, p);
    if (toRepoPath(root, abs) === undefined) return undefined; // never outside the repository
    try {
      return readFileSync(abs, 'utf8');
    } catch {
      return undefined;
    }
  };
  let policyPath: string | undefined;
  if (values.policy !== undefined) {
    policyPath = toRepoPath(root, isAbsolute(values.policy) ? values.policy : resolve(io.cwd, values.policy));
    if (policyPath === undefined) return fail(io, `--policy ${values.policy} is not inside the repository ${root}`);
  } else policyPath = discoverPolicy((p) => existsSync(resolve(root, p)));
  if (policyPath === undefined)
    return fail(io, 'no policy file: create .github/tidb-import-guard.yml (or run `tidb-import-guard init`), or pass --policy');
  const loaded = loadPolicy(policyPath, read);
  const render = (r: Report): string => renderReport(format, r, { colour: false });
  if (!loaded.ok) {
    io.stdout(render(report(policyPath, loaded.problems.map(problemFinding))));
    return fail(io, `the policy ${policyPath} is invalid (${loaded.problems.length} problem(s))`);
  }
  let policy: Policy = loaded.policy;

  // --snapshot files bind (or rebind) clusters for this run only.
  const extra = new Map<string, { path: string; snapshot: PostureSnapshot }>();
  for (const file of values.snapshot ?? []) {
    const abs = resolve(io.cwd, file);
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch {
      return fail(io, `cannot read --snapshot ${file}`);
    }
    const parsed = parseSnapshot(text);
    if (!parsed.ok) return fail(io, `--snapshot ${file} ${parsed.problems.join('; ')}`);
    const name = parsed.snapshot.cluster;
    if (!policy.clusters.some((c) => c.name === name)) {
      return fail(
        io,
        `--snapshot ${file} describes cluster \`${name}\`, which the policy does not define (clusters: ${policy.clusters.map((c) => `\`${c.name}\``).join(', ')})`,
      );
    }
    extra.set(name, { path: toRepoPath(root, abs) ?? file, snapshot: parsed.snapshot });
  }
  if (extra.size) {
    policy = {
      ...policy,
      clusters: policy.clusters.map((c) => {
        const given = extra.get(c.name);
        if (!given) return c;
        return {
          ...c,
          posture: c.posture
            ? { ...c.posture, path: given.path }
            : {
                path: given.path,
                maxAgeSeconds: 7 * 86_400,
                maxAgeText: '7d',
                location: c.location,
                declaresLogBackup: true,
                declaresChangefeeds: true,
              },
        };
      }),
    };
  }
  const bound = loadSnapshots({ ...policy, clusters: policy.clusters.filter((c) => !extra.has(c.name)) }, read);
  if (bound.problems.length) {
    io.stdout(render(report(policyPath, bound.problems.map(problemFinding))));
    return fail(io, `a posture snapshot of the policy is invalid (${bound.problems.length} problem(s))`);
  }
  const snapshots = new Map(bound.snapshots);
  for (const [name, given] of extra) snapshots.set(name, given.snapshot);
  if (!snapshots.size) return fail(io, 'no cluster has a posture snapshot: give clusters a `posture:` key, or pass --snapshot FILE');

  const compiled = compilePosture(policy, changefeedConfigFiles(read), snapshots);
  if (compiled.problems.length) {
    const problems = compiled.problems.map((p) => ({ ...p.location, message: p.message }));
    io.stdout(render(report(policyPath, problems.map(problemFinding))));
    return fail(io, `the policy ${policyPath} is invalid (${problems.length} problem(s))`);
  }
  const now = nowMs(io.env);
  const checker = createChecker({
    policy,
    posture: compiled.posture,
    today: new Date(now).toISOString().slice(0, 10),
    now,
    fullScope: false,
    snapshots,
  });
  const findings = checker.finish().report.findings.filter((f) => f.rule === 'posture-drift');
  const result = report(policyPath, findings);
  io.stdout(render(result));
  const checked = [...snapshots.keys()]
    .sort()
    .map((n) => `\`${n}\``)
    .join(', ');
  io.stderr(
    `tidb-import-guard: posture verify: compared ${checked} with ${policyPath}: ${findings.length ? `${findings.length} drift finding(s)` : 'no drift'}\n`,
  );
  return failsCheck(findings, failOn) ? 1 : 0;
}
