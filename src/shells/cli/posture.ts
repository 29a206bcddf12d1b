/**
 * `posture fetch`, `posture verify` and `init` (posture.md): thin shells over src/model/posture-live/.
 *   posture fetch --pd URL[,URL...] [--output FILE] [--cluster NAME] [--policy FILE]
 *                 [--cacert FILE] [--cert FILE] [--key FILE] [--timeout SECONDS] [--root DIR]
 * Exit 0 written; 2 could not connect, read or decode (the message names the endpoint or key).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSnapshot, DecodeError } from '../../model/posture-live/decode.js';
import { EtcdReadError, parsePdEndpoints, readEtcdView } from '../posture-fetch/etcd-reader.js';
import { renderSnapshot } from '../../model/posture-live/snapshot.js';
import { loadPolicy } from '../../model/policy/load.js';
import { findRepositoryRoot, toRepoPath } from '../../files/files.js';
import type { CliIo } from './io.js';
import { todayInstant } from '../../core/now.js';

export const POSTURE_USAGE = `Usage:
  tidb-import-guard posture fetch --pd URL[,URL...] [options]   read a cluster's real posture from PD
  tidb-import-guard posture verify [options]                    compare the policy with its snapshots
  tidb-import-guard init [--posture FILE...] [--output FILE]    write a draft policy

Options of posture fetch:
  --pd URLS            PD client URLs, http://host:port or https://host:port, comma-separated
  --output FILE        write the snapshot to FILE (default: standard output)
  --cluster NAME       the policy cluster the snapshot describes (default: default)
  --policy FILE        with --cluster: write to the path that cluster's \`posture:\` names
  --cacert FILE        CA certificate of PD's TLS
  --cert FILE          client certificate (PD with a CA requires one)
  --key FILE           the client certificate's key
  --timeout SECONDS    bound on the whole read (default 30)
  --root DIR           repository root for --policy (default: the git top level)

Options of posture verify:
  --policy FILE        the policy (default: .github/tidb-import-guard.yml, then tidb-import-guard.yml; .yaml too)
  --snapshot FILE      a snapshot to compare (repeatable); its \`cluster\` names the policy cluster
  --format FORMAT      text (default), json, sarif or github
  --fail-on LEVEL      warning (default), error, notice or never
  --root DIR           the repository root

Options of init:
  --posture FILE       a snapshot; one cluster per snapshot (repeatable)
  --output FILE        where to write (default: .github/tidb-import-guard.yml)
  --force              overwrite an existing file
  --root DIR           the repository root
`;

export async function postureCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'fetch') return fetchCommand(rest, io);
  if (sub === 'verify') return (await import('./posture-verify.js')).verifyCommand(rest, io);
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(POSTURE_USAGE);
    return 0;
  }
  io.stderr(
    `tidb-import-guard: ${sub === undefined ? 'posture needs a subcommand' : `unknown posture subcommand \`${sub}\``}\n\n${POSTURE_USAGE}`,
  );
  return 2;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`tidb-import-guard: posture fetch: ${message}\n`);
  return 2;
}

async function fetchCommand(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        pd: { type: 'string' },
        output: { type: 'string' },
        cluster: { type: 'string' },
        policy: { type: 'string' },
        cacert: { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
        timeout: { type: 'string', default: '30' },
        root: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return fail(io, `${(error as Error).message}\n\n${POSTURE_USAGE}`);
  }
  if (values.pd === undefined) return fail(io, '--pd is required (PD client URLs, such as http://pd-0.prod.internal:2379)');
  const parsed = parsePdEndpoints(values.pd);
  if (!parsed.ok) return fail(io, parsed.message);
  const timeout = Number(values.timeout);
  if (!/^\d+(\.\d+)?$/.test(values.timeout ?? '') || !(timeout > 0) || timeout > 3600)
    return fail(io, '--timeout must be a number of seconds between 0 and 3600');
  if ((values.cert === undefined) !== (values.key === undefined))
    return fail(io, '--cert and --key go together (the client certificate and its key)');
  const tlsFlags = values.cacert !== undefined || values.cert !== undefined;
  const tlsEndpoints = parsed.endpoints[0]?.tls === true;
  if (tlsFlags && !tlsEndpoints) return fail(io, '--cacert, --cert and --key need https:// PD endpoints');
  if (values.policy !== undefined && values.cluster === undefined)
    return fail(io, '--policy needs --cluster (whose `posture:` path to write)');
  if (values.policy !== undefined && values.output !== undefined)
    return fail(io, 'give either --output or --policy with --cluster, not both');

  const readPem = (flag: string, file: string | undefined): Buffer | undefined | string => {
    if (file === undefined) return undefined;
    try {
      return readFileSync(resolve(io.cwd, file));
    } catch {
      return `cannot read --${flag} ${file}`;
    }
  };
  const ca = readPem('cacert', values.cacert);
  const cert = readPem('cert', values.cert);
  const key = readPem('key', values.key);
  for (const v of [ca, cert, key]) if (typeof v === 'string') return fail(io, v);

  const cluster = values.cluster ?? 'default';
  let output = values.output !== undefined ? resolve(io.cwd, values.output) : undefined;
  let shown = values.output;
  if (values.policy !== undefined) {
    const root = values.root !== undefined ? resolve(io.cwd, values.root) : findRepositoryRoot(io.cwd);
    const policyAbs = isAbsolute(values.policy) ? values.policy : resolve(io.cwd, values.policy);
    const policyPath = toRepoPath(root, policyAbs);
    if (policyPath === undefined) return fail(io, `--policy ${values.policy} is not inside the repository ${root}`);
    const loaded = loadPolicy(policyPath, (p) => {
      try {
        return readFileSync(resolve(root, p), 'utf8');
      } catch {
        return undefined;
      }
    });
    if (!loaded.ok) {
      const first = loaded.problems[0];
      return fail(
        io,
        `the policy ${policyPath} is invalid${first ? ` (${first.file}:${first.line}:${first.column}: ${first.message})` : ''}`,
      );
    }
    const bound = loaded.policy.clusters.find((c) => c.name === cluster);
    if (!bound)
      return fail(
        io,
        `the policy has no cluster \`${cluster}\` (clusters: ${loaded.policy.clusters.map((c) => `\`${c.name}\``).join(', ')})`,
      );
    if (!bound.posture)
      return fail(
        io,
        `cluster \`${cluster}\` has no \`posture:\` key in the policy; add one (such as \`posture: posture/${cluster}.json\`) or use --output`,
      );
    output = resolve(root, bound.posture.path);
    shown = bound.posture.path;
  }

  let text: string;
  try {
    const view = await readEtcdView({
      endpoints: parsed.endpoints,
      ...(tlsFlags
        ? {
            tls: { ...(ca ? { ca: ca as Buffer } : {}), ...(cert ? { cert: cert as Buffer } : {}), ...(key ? { key: key as Buffer } : {}) },
          }
        : {}),
      timeoutMs: Math.round(timeout * 1000),
    });
    const snapshot = buildSnapshot(view, { cluster, takenAt: todayInstant(io.env), pd: parsed.endpoints.map((e) => e.display) });
    text = renderSnapshot(snapshot);
    const summary =
      `${snapshot.log_backup.tasks.length} log backup task(s), ${snapshot.ticdc.changefeeds.length} changefeed(s), ` +
      `${snapshot.ticdc.captures.length} TiCDC capture(s), TiDB ${snapshot.tidb.versions.join(', ') || 'version unknown'}`;
    if (output === undefined) io.stdout(text);
    else {
      try {
        mkdirSync(dirname(output), { recursive: true });
        const temporary = `${output}.tmp-${process.pid}`;
        writeFileSync(temporary, text);
        renameSync(temporary, output);
      } catch (error) {
        return fail(io, `cannot write ${shown}: ${(error as Error).message}`);
      }
    }
    io.stderr(
      `tidb-import-guard: posture of \`${cluster}\` read from ${parsed.endpoints.map((e) => e.display).join(', ')}: ${summary}${output !== undefined ? `; wrote ${shown}` : ''}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof EtcdReadError) return fail(io, error.message);
    if (error instanceof DecodeError) return fail(io, `${error.message} (read from ${parsed.endpoints.map((e) => e.display).join(', ')})`);
    throw error;
  }
}
