/**
 * `init [--posture FILE...] [--output FILE] [--force] [--root DIR]` (posture.md): scans the
 * repository with the default scan rules, finds every import job, and writes a draft policy
 * (src/model/posture-live/draft.ts) that validates against the schema and maps every job. It refuses to
 * overwrite an existing file without --force. Exit 0 written, 2 could not.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFile } from '../../lint/engine/read-file.js';
import { loadPolicy, POLICY_LOCATIONS } from '../../model/policy/load.js';
import { schemaAt } from '../../model/policy/schema.js';
import { parseSize } from '../../model/policy/build.js';
import { draftPolicy, isClusterName, type DraftJob, type DraftSnapshot } from '../../model/posture-live/draft.js';
import { parseSnapshot } from '../../model/posture-live/load.js';
import { createConfinedReader } from '../../files/confined.js';
import { fileSystemRepo, findRepositoryRoot, listFiles, toRepoPath } from '../../files/files.js';
import { repoDocuments } from '../../parse/repo-documents.js';
import { fileChunks } from '../../files/chunks.js';
import { mapToClusters } from '../../model/policy/mapping.js';
import { safeText } from '../../lint/sanitize.js';
import type { CliIo } from './io.js';

function fail(io: CliIo, message: string): number {
  io.stderr(`tidb-import-guard: init: ${message}\n`);
  return 2;
}

export async function initCommand(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        posture: { type: 'string', multiple: true },
        output: { type: 'string' },
        force: { type: 'boolean', default: false },
        root: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  const root = values.root !== undefined ? resolve(io.cwd, values.root) : findRepositoryRoot(io.cwd);
  const output = values.output !== undefined ? resolve(io.cwd, values.output) : resolve(root, POLICY_LOCATIONS[0] as string);
  const outputPath = toRepoPath(root, output);
  if (outputPath === undefined) return fail(io, `--output ${values.output} is not inside the repository ${root}`);
  if (existsSync(output) && !values.force) return fail(io, `${outputPath} exists; pass --force to overwrite it`);

  const snapshots: DraftSnapshot[] = [];
  for (const file of values.posture ?? []) {
    const abs = resolve(io.cwd, file);
    const path = toRepoPath(root, abs);
    if (path === undefined)
      return fail(io, `--posture ${file} is not inside the repository: commit snapshots with the policy, which binds them by path`);
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch {
      return fail(io, `cannot read --posture ${file}`);
    }
    const parsed = parseSnapshot(text);
    if (!parsed.ok) return fail(io, `--posture ${file} ${parsed.problems.join('; ')}`);
    if (snapshots.some((s) => s.snapshot.cluster === parsed.snapshot.cluster))
      return fail(io, `two snapshots describe cluster \`${parsed.snapshot.cluster}\``);
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(parsed.snapshot.cluster))
      return fail(io, `--posture ${file}: cluster name \`${parsed.snapshot.cluster}\` is not usable as a policy key`);
    snapshots.push({ path, snapshot: parsed.snapshot });
  }

  // The repository scan, with the schema's default scan rules (policy.md).
  const scan = {
    include: schemaAt(['scan', 'include'])?.default as readonly string[],
    exclude: schemaAt(['scan', 'exclude'])?.default as readonly string[],
  };
  const maxBytes = parseSize(schemaAt(['scan', 'max_file_bytes'])?.default as string);
  const reader = createConfinedReader(root);
  const listed = listFiles(root, root, [root], scan, reader);
  const repo = repoDocuments(fileSystemRepo(root, reader));
  const jobs: DraftJob[] = [];
  const unread: string[] = [];
  for (const path of listed.files) {
    const read = reader.read(path, maxBytes);
    let state;
    if (read.ok) state = readFile({ path, bytes: read.bytes }, repo);
    else if (read.kind === 'too-big' && read.size !== undefined && path.toLowerCase().endsWith('.sql')) {
      // A large SQL file is scanned in pieces, as check scans it: its imports are mapped too.
      try {
        state = readFile({ path, size: read.size, chunks: fileChunks(reader, path) }, repo);
      } catch {
        state = undefined;
      }
    }
    if (state === undefined && !read.ok) {
      unread.push(path);
      continue;
    }
    const directiveClusters = state?.directives.clusters?.names.map((n) => n.name);
    for (const job of state?.jobs ?? []) {
      jobs.push({ file: job.file, kind: job.kind, hosts: job.hosts, ...(directiveClusters?.length ? { directiveClusters } : {}) });
    }
  }

  const draft = draftPolicy(jobs, snapshots);
  // The draft must validate: check it as the linter will load it.
  const loaded = loadPolicy(outputPath, (p) =>
    p === outputPath
      ? draft.text
      : (() => {
          try {
            return readFileSync(resolve(root, p), 'utf8');
          } catch {
            return undefined;
          }
        })(),
  );
  if (!loaded.ok) {
    const first = loaded.problems[0]!;
    return fail(io, `internal error: the draft does not validate (${first.line}:${first.column}: ${safeText(first.message)})`);
  }
  // And it must map every job, as check maps them (posture.md: no unmapped-target).
  // A directive naming what no policy key can be (`cluster=a$b`) cannot be mapped by any draft: said, not drafted.
  const badDirective = new Set(jobs.filter((j) => j.directiveClusters?.some((n) => !isClusterName(n))).map((j) => j.file));
  const unmapped = jobs.filter((j) => {
    if (badDirective.has(j.file)) return false;
    const m = mapToClusters(loaded.policy, {
      path: j.file,
      ...(j.directiveClusters ? { directiveClusters: j.directiveClusters.map((name) => ({ name, span: { start: 0, end: 0 } })) } : {}),
      hosts: j.hosts,
    });
    return m.clusters.length === 0 || m.unknown.length > 0;
  });
  if (unmapped.length) {
    return fail(
      io,
      `internal error: the draft leaves ${unmapped.length} import file(s) unmapped (${unmapped
        .slice(0, 5)
        .map((j) => safeText(j.file))
        .join(', ')})`,
    );
  }
  try {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, draft.text);
  } catch (error) {
    return fail(io, `cannot write ${outputPath}: ${(error as Error).message}`);
  }
  const files = new Set(jobs.map((j) => j.file)).size;
  io.stderr(
    `tidb-import-guard: init: wrote ${outputPath}: ${draft.clusters} cluster(s) for ${jobs.length} import job(s) in ${files} file(s)` +
      `${snapshots.length ? `, from ${snapshots.length} posture snapshot(s)` : ''}${
        badDirective.size
          ? `; fix the cluster directive of ${[...badDirective]
              .slice(0, 10)
              .map((f) => safeText(f))
              .join(', ')} (a cluster name is letters, digits, \`_\`, \`.\`, \`-\`)`
          : ''
      }${
        unread.length
          ? `; could not read ${unread
              .slice(0, 10)
              .map((u) => safeText(u))
              .join(', ')}${unread.length > 10 ? ` and ${unread.length - 10} more` : ''} (map them by hand)`
          : ''
      }. ` +
      `Review the values marked "guessed", then run \`tidb-import-guard check${isAbsolute(values.output ?? '') || values.output === undefined ? '' : ` --policy ${values.output}`}\`.\n`,
  );
  return 0;
}
