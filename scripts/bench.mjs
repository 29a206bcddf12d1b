// npm run bench: speed and memory of `check` on generated, deterministic repositories (cli.md,
// "Speed and memory"; the scale issue's targets). Figures only: nothing here asserts a threshold.
//
// Three tables:
// - growth: the benchmark repository at several sizes (1x is ~30 MB of SQL migrations with a few
//   IMPORT INTO and BACKUP among ordinary DDL/DML, 400 Lightning configs, a five-cluster policy
//   with changefeeds; Nx has N times the migrations and configs). For each size: files, MB, wall
//   time, MB/s, time per MB relative to the smallest size, peak RSS (and relative to the smallest
//   size: near 1 when memory does not grow with the repository), and the ratio to the
//   read-and-decode floor (a process that only walks, reads and decodes the same files), the two
//   measured in alternating pairs in one run.
// - shapes: pathological input shapes, each at two sizes 4x apart, with the time ratio (linear
//   cost gives about 4).
// - flat: what memory grows with. The 1x repository's jobs, configs and policy (so the same
//   findings) plus ordinary migrations (no IMPORT INTO, no BACKUP) up to Nx its size, at two sizes
//   4x apart: peak RSS should not grow with the repository's files and bytes (ratio near 1.00),
//   only with what the report must hold (the growth table's "RSS MB per 1k more jobs+findings").
// - start-up and pull-request scope.
//
//   npm run bench [-- --sizes 1,4,16,64] [--runs N] [--only growth,flat,shapes,startup]
//                 [--flat-sizes 4,16] [--dir DIR] [--regenerate] [--timeout SECONDS]
//   BENCH_DIST=/path/to/other/dist npm run bench   (the same figures for another build, to compare)
//
// Repositories are generated once into DIR (default .bench; 64x is about 1.9 GB and 650,000 files,
// so point --dir at a roomy disk) and reused while their parameters are unchanged.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const ACTION = join(DIST, 'index.js');
const BASE_SQL_BYTES = 30 * 1024 * 1024;
const BASE_CONFIGS = 400;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}
const RUNS = Math.max(1, Number(option('runs', '5')) || 5);
const SIZES = option('sizes', '1,4,16,64')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const ONLY = new Set(option('only', 'growth,flat,shapes,startup').split(','));
const FLAT_SIZES = option('flat-sizes', '4,16')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const DIR = resolve(option('dir', join(ROOT, '.bench')));
const REGENERATE = process.argv.includes('--regenerate');
const TIMEOUT_MS = Number(option('timeout', '300')) * 1000;

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes files under `root`, creating each directory once. */
function writer(root) {
  const made = new Set();
  return (p, text) => {
    const file = join(root, p);
    const dir = join(file, '..');
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, text);
  };
}

/** Generates `dir` with `make(write)` unless it exists with the same parameters. */
function ensureRepo(dir, params, make) {
  const stamp = join(dir, '.bench-params');
  const wanted = JSON.stringify(params);
  if (!REGENERATE && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return false;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '.git'), { recursive: true });
  make(writer(dir));
  writeFileSync(stamp, wanted);
  return true;
}

const BENCH_POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["migrations/prod/**", "deploy/prod/**"] }
    log_backup: { enabled: true, task: pitr-prod }
    changefeeds:
      - { id: prod-to-dr, rules: ["app*.*", "billing.*", "!app.tmp_*"], downstream: { cluster: dr } }
      - { id: prod-to-kafka, rules: ["billing.*", "events.*"], downstream: { kind: kafka } }
      - { id: prod-to-analytics, rules: ["*.*", "!scratch.*"], downstream: { cluster: analytics } }
    exemptions:
      - { tables: ["scratch.*"], skip: [log_backup, changefeeds], reason: staging data }
  staging:
    tidb_version: "8.1.0"
    match: { paths: ["migrations/staging/**", "deploy/staging/**"] }
    log_backup: { enabled: false }
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["migrations/dr/**", "deploy/dr/**"] }
    log_backup: { enabled: false }
  analytics:
    tidb_version: "7.5.0"
    match: { paths: ["migrations/analytics/**", "deploy/analytics/**"] }
    log_backup: { enabled: true, task: pitr-analytics }
  legacy:
    tidb_version: "6.5.3"
    match: { paths: ["migrations/legacy/**", "deploy/legacy/**"] }
    log_backup: { enabled: true }
`;

const CLUSTERS = ['prod', 'staging', 'dr', 'analytics', 'legacy'];
const SCHEMAS = ['app', 'app2', 'billing', 'events', 'scratch', 'reports'];

/** One migration's text; with `jobs`, about 2% have an IMPORT INTO and 1% a BACKUP. */
function migration(rand, i, jobs) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const s = pick(SCHEMAS);
  const t = `t_${i}_${Math.floor(rand() * 1000)}`;
  const parts = [
    `-- migration ${i}: ${pick(['add table', 'backfill', 'index', 'cleanup'])}`,
    `USE ${s};`,
    `CREATE TABLE IF NOT EXISTS \`${t}\` (\n  id BIGINT PRIMARY KEY AUTO_RANDOM,\n  name VARCHAR(64) NOT NULL DEFAULT 'it''s; fine',\n  payload JSON,\n  created_at DATETIME DEFAULT CURRENT_TIMESTAMP\n) /*T![placement] PLACEMENT POLICY=p1 */;`,
    `ALTER TABLE \`${t}\` ADD INDEX idx_name (name);`,
  ];
  const rows = 20 + Math.floor(rand() * 60);
  const values = [];
  for (let r = 0; r < rows; r++) values.push(`(${r}, 'name-${r} /* not a comment */', '{"k": "v;${r}"}')`);
  parts.push(`INSERT INTO \`${t}\` (id, name, payload) VALUES\n  ${values.join(',\n  ')};`);
  parts.push(`UPDATE \`${t}\` SET name = CONCAT(name, '-x') WHERE id < 10; # trailing comment`);
  if (!jobs) return parts.join('\n\n') + '\n';
  if (rand() < 0.02)
    parts.push(
      `IMPORT INTO ${s}.${t} FROM 's3://dumps/${s}/${t}.*.csv' WITH skip_rows = 1, thread = 4${rand() < 0.5 ? ', DISABLE_PRECHECK' : ''};`,
    );
  if (rand() < 0.01) parts.push(`BACKUP TABLE ${s}.${t} TO 's3://backups/${t}/';`);
  return parts.join('\n\n') + '\n';
}

/** The benchmark repository at `scale` times the 1x size (the 1x one is the historical `.bench/repo`). */
function generateGrowth(write, scale) {
  const rand = rng(20261124);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  write('.github/tidb-import-guard.yml', BENCH_POLICY);
  const clusters = CLUSTERS;
  const schemas = SCHEMAS;
  const ddl = (i) => migration(rand, i, true);
  let bytes = 0;
  let i = 0;
  while (bytes < BASE_SQL_BYTES * scale) {
    const c = pick(clusters);
    const text = ddl(i);
    write(`migrations/${c}/${String(i).padStart(7, '0')}_m.sql`, text);
    bytes += Buffer.byteLength(text);
    i++;
  }
  for (let j = 0; j < BASE_CONFIGS * scale; j++) {
    const c = pick(clusters);
    const backend = rand() < 0.4 ? 'tidb' : 'local';
    write(
      `deploy/${c}/import-${j}.toml`,
      `[lightning]\nlevel = "info"\n${rand() < 0.3 ? 'check-requirements = false\n' : ''}\n[tikv-importer]\nbackend = "${backend}"\n${backend === 'local' ? 'sorted-kv-dir = "/mnt/kv"\n' : ''}\n[mydumper]\ndata-source-dir = "s3://dumps/${j}"\nfilter = ['${pick(schemas)}.*', '!${pick(schemas)}.tmp_*']\n\n[tidb]\nhost = "tidb.${c}.internal"\nport = 4000\nuser = "importer"\n`,
    );
  }
}

/**
 * The 1x repository (its jobs, configs and policy, so its findings), plus ordinary migrations
 * (no IMPORT INTO, no BACKUP) until the SQL is `scale` times the 1x size: the repository grows, what
 * the report must hold does not.
 */
function generateFlat(write, scale) {
  generateGrowth(write, 1);
  const rand = rng(20261206);
  let bytes = 0;
  for (let i = 0; bytes < BASE_SQL_BYTES * (scale - 1); i++) {
    const c = CLUSTERS[i % CLUSTERS.length];
    const text = migration(rand, i, false);
    write(`migrations/${c}/more/${String(i).padStart(7, '0')}_m.sql`, text);
    bytes += Buffer.byteLength(text);
  }
}

const ONE_CLUSTER = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["**"] }
    log_backup: { enabled: true }
`;

/**
 * Pathological shapes: each `make(write, n)` builds a repository of size n; the table runs each at
 * n and 4n. Sizes are picked so the smaller one takes about a second where cost is linear.
 */
const SHAPES = [
  {
    name: 'one file, many statements',
    unit: 'statements',
    n: 25_000,
    make(write, n) {
      write('.github/tidb-import-guard.yml', ONE_CLUSTER);
      const out = [];
      for (let i = 0; i < n; i++)
        out.push(
          i % 3 === 0
            ? 'USE app;'
            : i % 3 === 1
              ? `INSERT INTO t_${i % 97} VALUES (${i}, 'x;y');`
              : `UPDATE t_${i % 89} SET v = v + 1 WHERE id = ${i};`,
        );
      write('migrations/big.sql', out.join('\n') + '\n');
    },
  },
  {
    name: 'many IMPORT INTO in one file',
    unit: 'imports',
    n: 1_000,
    make(write, n) {
      write('.github/tidb-import-guard.yml', ONE_CLUSTER);
      const out = [];
      for (let i = 0; i < n; i++) out.push(`IMPORT INTO app.t_${i} FROM 's3://dumps/t_${i}.csv' WITH DISABLE_PRECHECK;`);
      write('migrations/imports.sql', out.join('\n') + '\n');
    },
  },
  {
    name: 'IMPORT INTO, then BACKUP of each, in one file',
    unit: 'imports + BACKUPs',
    n: 1_000,
    make(write, n) {
      write('.github/tidb-import-guard.yml', ONE_CLUSTER);
      const out = [];
      for (let i = 0; i < n; i++) out.push(`IMPORT INTO app.t_${i} FROM 's3://dumps/t_${i}.csv' WITH DISABLE_PRECHECK;`);
      // Backed up in reverse order, and every other one is a different table: each import's
      // remedy is far down a long list of later BACKUPs.
      for (let i = n - 1; i >= 0; i--) out.push(`BACKUP TABLE app.${i % 2 ? 'u' : 't'}_${i} TO 's3://backups/t_${i}/';`);
      write('migrations/imports.sql', out.join('\n') + '\n');
    },
  },
  {
    name: 'changefeeds + exemptions (1 cluster)',
    unit: 'feeds (2.5x exemptions)',
    n: 100,
    make(write, n) {
      const lines = [
        'version: 1',
        'clusters:',
        '  prod:',
        '    tidb_version: "8.5.1"',
        '    match: { paths: ["**"] }',
        '    log_backup: { enabled: true }',
        '    changefeeds:',
      ];
      for (let i = 0; i < n; i++) lines.push(`      - { id: feed-${i}, rules: ["app.*", "s${i}.*"], downstream: { kind: kafka } }`);
      lines.push('    exemptions:');
      for (let i = 0; i < 2.5 * n; i++) {
        lines.push(`      - { tables: ["scratch${i}.*"], skip: [${i % 5 === 0 ? `feed-${i % n}` : 'changefeeds'}], reason: scratch }`);
      }
      write('.github/tidb-import-guard.yml', lines.join('\n') + '\n');
      for (let i = 0; i < 20; i++)
        write(`migrations/m${i}.sql`, `IMPORT INTO app.t_${i} FROM 's3://dumps/t_${i}.csv' WITH DISABLE_PRECHECK;\n`);
    },
  },
  {
    name: 'unknown policy keys',
    unit: 'keys',
    n: 2_500,
    make(write, n) {
      const lines = [ONE_CLUSTER.trimEnd()];
      for (let i = 0; i < n; i++) lines.push(`unknown_key_${i}: ${i}`);
      write('.github/tidb-import-guard.yml', lines.join('\n') + '\n');
      write('migrations/m.sql', `IMPORT INTO app.t FROM 's3://dumps/t.csv';\n`);
    },
  },
  {
    name: 'configs sharing a data directory',
    unit: 'configs (x100 data files)',
    n: 25,
    make(write, n) {
      write('.github/tidb-import-guard.yml', ONE_CLUSTER);
      for (let f = 0; f < 100 * n; f++) write(`data/app.t_${f}.${String(f % 7).padStart(9, '0')}.csv`, '1,x\n');
      for (let i = 0; i < n; i++)
        write(`deploy/import-${i}.toml`, `[tikv-importer]\nbackend = "local"\n\n[mydumper]\ndata-source-dir = "../data"\n`);
    },
  },
  {
    name: 'many clusters',
    unit: 'clusters',
    n: 250,
    make(write, n) {
      const lines = ['version: 1', 'clusters:'];
      for (let i = 0; i < n; i++) {
        lines.push(
          `  c${i}:`,
          '    tidb_version: "8.5.1"',
          `    match: { paths: ["migrations/c${i}/**"] }`,
          '    log_backup: { enabled: true }',
        );
        lines.push('    changefeeds:', `      - { id: feed-${i}, rules: ["app.*"], downstream: { cluster: c${(i + 1) % n} } }`);
      }
      write('.github/tidb-import-guard.yml', lines.join('\n') + '\n');
      for (let i = 0; i < n; i++)
        write(`migrations/c${i}/m.sql`, `IMPORT INTO app.t_${i} FROM 's3://dumps/t_${i % 10}.csv' WITH DISABLE_PRECHECK;\n`);
    },
  },
];

function listAll(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) listAll(p, out);
    else if (p.endsWith('.sql') || p.endsWith('.toml')) out.push(p);
  }
  return out;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs node with `args`, sampling its peak resident set (VmHWM) from /proc while it runs; under
 * GNU time when there is one, which also gives the CPU time (user + system): on a shared machine
 * the CPU time is steadier than the wall time.
 */
function measure(args, cwd, env = {}) {
  return new Promise((resolveRun) => {
    const start = process.hrtime.bigint();
    const [command, argv] = TIME ? [TIME, ['-f', '\nTIG-TIME %U %S %M', process.execPath, ...args]] : [process.execPath, args];
    const child = spawn(command, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let peakKb = 0;
    const chunks = [];
    let err = '';
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4096)));
    const sample = () => {
      try {
        for (const pid of [
          child.pid,
          ...readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').split(' ').filter(Boolean),
        ]) {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
          if (m) peakKb = Math.max(peakKb, Number(m[1]));
        }
      } catch {}
    };
    const timer = setInterval(sample, 5);
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      clearTimeout(killer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const timed = /TIG-TIME ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(err);
      const killed = signal ?? /Command terminated by signal (\d+)/.exec(err)?.[1];
      resolveRun({
        code: killed ? null : code,
        signal: killed ? String(killed) : undefined,
        ms,
        cpuMs: timed ? (Number(timed[1]) + Number(timed[2])) * 1000 : undefined,
        peakMb: Math.max(peakKb, timed ? Number(timed[3]) : 0) / 1024,
        out: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtS = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const outcome = (r) =>
  r.signal ? `killed (${r.signal}) after ${fmtS(r.ms)}` : r.code === 0 ? fmtS(r.ms) : `${fmtS(r.ms)} (exit ${r.code})`;

function table(header, rows) {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

// The floor: walk, read and decode every file, in a fresh process like the check.
const floorScript = (repo) =>
  `const fs=require('fs');const p=require('path');const d=new TextDecoder('utf-8');let n=0;const w=(x)=>{for(const e of fs.readdirSync(x,{withFileTypes:true})){if(e.name==='.git')continue;const q=p.join(x,e.name);if(e.isDirectory())w(q);else if(q.endsWith('.sql')||q.endsWith('.toml'))n+=d.decode(fs.readFileSync(q)).length;}};w(${JSON.stringify(repo)});console.log(n);`;

if (!existsSync(CLI) && !process.env.BENCH_DIST) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
console.log(`tidb-import-guard bench: ${CLI} on Node ${process.version}, ${new Date().toISOString()}`);

async function growth() {
  const rows = [];
  let base;
  for (const scale of SIZES) {
    const repo = join(DIR, scale === 1 ? 'repo' : `repo-${scale}x`);
    const t0 = Date.now();
    if (ensureRepo(repo, { generator: 2, scale }, (write) => generateGrowth(write, scale))) {
      console.log(`generated ${repo} in ${fmtS(Date.now() - t0)}`);
    }
    const files = listAll(repo);
    let bytes = 0;
    for (const f of files) bytes += readFileSync(f).length;
    const mb = bytes / 1024 / 1024;
    // Fewer runs at the larger sizes; at least one alternating pair.
    const runs = Math.max(scale <= 16 ? 2 : 1, Math.round(RUNS / Math.sqrt(scale)));
    const reads = [];
    const checks = [];
    let peak = 0;
    let last;
    for (let k = 0; k < runs; k++) {
      reads.push(await measure(['-e', floorScript(repo)], repo));
      last = await measure([CLI, 'check', '--format', 'json', '--fail-on', 'never'], repo);
      checks.push(last);
      peak = Math.max(peak, last.peakMb);
    }
    const { jobs, findings } = reportCounts(last.out);
    const check = median(checks.map((r) => r.ms));
    const read = median(reads.map((r) => r.ms));
    const cpu = TIME ? median(checks.map((r) => r.cpuMs)) : undefined;
    const readCpu = TIME ? median(reads.map((r) => r.cpuMs)) : undefined;
    const items = typeof jobs === 'number' && typeof findings === 'number' ? jobs + findings : undefined;
    base ??= { msPerMb: check / mb, cpuPerMb: cpu === undefined ? undefined : cpu / mb, peak, items };
    const row = [
      `${scale}x`,
      files.length,
      mb.toFixed(0),
      jobs,
      findings,
      last.code === 0 ? fmtS(check) : outcome(last),
      cpu === undefined ? '-' : fmtS(cpu),
      (mb / (check / 1000)).toFixed(1),
      (check / mb / base.msPerMb).toFixed(2),
      cpu === undefined ? '-' : (cpu / mb / base.cpuPerMb).toFixed(2),
      peak.toFixed(0),
      // Memory flat with size reads as a ratio near 1 (issue 9: the walk streams, jobs are compact).
      (peak / base.peak).toFixed(2),
      // What memory may grow with: the jobs (the posture analysis needs every one) and the findings
      // (the report holds every one). The growth over the first size per 1,000 more of them.
      items === undefined || base.items === undefined || items <= base.items
        ? '-'
        : ((peak - base.peak) / ((items - base.items) / 1000)).toFixed(2),
      `${fmtS(read)}${readCpu === undefined ? '' : ` (${fmtS(readCpu)} CPU)`}`,
      (check / read).toFixed(2),
      cpu === undefined ? '-' : (cpu / readCpu).toFixed(2),
      runs,
    ];
    rows.push(row);
    console.log(`  ${row.join('  ')}`);
  }
  console.log('\ngrowth (whole-repository check, medians; floor = walk + read + decode only, alternating with the check)');
  console.log(
    table(
      [
        'size',
        'files',
        'MB',
        'jobs',
        'findings',
        'check wall',
        'check CPU',
        'MB/s',
        'wall/MB vs first',
        'CPU/MB vs first',
        'peak RSS MB',
        'peak RSS vs first',
        'RSS MB per 1k more jobs+findings',
        'floor wall (CPU)',
        'check/floor wall',
        'check/floor CPU',
        'runs',
      ],
      rows,
    ),
  );
}

/** The report's job and finding counts (from `--format json` output), or '?'. */
function reportCounts(out) {
  try {
    const report = JSON.parse(out);
    return { jobs: report.summary.jobs, findings: report.findings.length };
  } catch {
    return { jobs: '?', findings: '?' };
  }
}

/** Memory with the repository's size alone: the same jobs and findings in a repository 4x larger. */
async function flat() {
  const rows = [];
  let base;
  for (const scale of FLAT_SIZES) {
    const repo = join(DIR, `flat-${scale}x`);
    const t0 = Date.now();
    if (ensureRepo(repo, { generator: 1, flat: scale }, (write) => generateFlat(write, scale))) {
      console.log(`generated ${repo} in ${fmtS(Date.now() - t0)}`);
    }
    const files = listAll(repo);
    let bytes = 0;
    for (const f of files) bytes += readFileSync(f).length;
    const runs = Math.max(scale <= 16 ? 2 : 1, Math.round(RUNS / Math.sqrt(scale)));
    const checks = [];
    for (let k = 0; k < runs; k++) checks.push(await measure([CLI, 'check', '--format', 'json', '--fail-on', 'never'], repo));
    const last = checks[checks.length - 1];
    const peak = Math.max(...checks.map((r) => r.peakMb));
    const { jobs, findings } = reportCounts(last.out);
    base ??= { peak };
    const cpu = TIME ? median(checks.map((r) => r.cpuMs)) : undefined;
    const row = [
      `${scale}x`,
      files.length,
      (bytes / 1024 / 1024).toFixed(0),
      jobs,
      findings,
      last.code === 0 ? fmtS(median(checks.map((r) => r.ms))) : outcome(last),
      cpu === undefined ? '-' : fmtS(cpu),
      peak.toFixed(0),
      (peak / base.peak).toFixed(2),
      runs,
    ];
    rows.push(row);
    console.log(`  ${row.join('  ')}`);
  }
  console.log(
    "\nflat (the 1x repository's jobs and findings, with ordinary migrations up to each size: peak RSS vs first near 1.00 means memory does not grow with the repository's files and bytes)",
  );
  console.log(
    table(['size', 'files', 'MB', 'jobs', 'findings', 'check wall', 'check CPU', 'peak RSS MB', 'peak RSS vs first', 'runs'], rows),
  );
}

async function shapes() {
  const rows = [];
  for (const shape of SHAPES) {
    const results = [];
    for (const n of [shape.n, 4 * shape.n]) {
      const slug = shape.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      const repo = join(DIR, 'shapes', `${slug}-${n}`);
      ensureRepo(repo, { generator: 1, shape: shape.name, n }, (write) => shape.make(write, n));
      const r = await measure([CLI, 'check', '--format', 'json', '--fail-on', 'never'], repo);
      results.push(r);
    }
    const [a, b] = results;
    const ratio = a.signal || b.signal || a.code !== b.code ? '-' : (b.ms / a.ms).toFixed(1);
    const cpu = (r) => (r.cpuMs === undefined || r.signal ? '-' : fmtS(r.cpuMs));
    const cpuRatio = a.cpuMs === undefined || a.signal || b.signal ? '-' : (b.cpuMs / a.cpuMs).toFixed(1);
    const row = [
      shape.name,
      `${shape.n} / ${4 * shape.n} ${shape.unit}`,
      outcome(a),
      outcome(b),
      ratio,
      `${cpu(a)} / ${cpu(b)}`,
      cpuRatio,
      `${a.peakMb.toFixed(0)} / ${b.peakMb.toFixed(0)}`,
    ];
    rows.push(row);
    console.log(`  ${row.join('  ')}`);
  }
  console.log(
    '\npathological shapes (each at n and 4n; linear cost gives a ratio near 4 or below, start-up included; the unknown-keys policy is invalid, so exit 2 is its expected outcome)',
  );
  console.log(table(['shape', 'n / 4n', 'wall at n', 'wall at 4n', 'wall ratio', 'CPU n / 4n', 'CPU ratio', 'peak RSS MB'], rows));
}

async function startup() {
  const repo = join(DIR, 'repo');
  ensureRepo(repo, { generator: 2, scale: 1 }, (write) => generateGrowth(write, 1));
  const startups = [];
  for (let k = 0; k < 2 * RUNS; k++) startups.push((await measure([CLI, '--version'], ROOT)).ms);
  // The action's start-up: in a directory with no policy it loads everything, then stops (exit 2).
  const empty = mkdtempSync(join(tmpdir(), 'tig-bench-'));
  const actionStartups = [];
  for (let k = 0; k < 2 * RUNS; k++)
    actionStartups.push((await measure([ACTION], empty, { GITHUB_WORKSPACE: empty, RUNNER_TEMP: empty })).ms);
  rmSync(empty, { recursive: true, force: true });
  const changed = listAll(repo)
    .filter((f) => f.includes('/migrations/prod/'))
    .slice(0, 20);
  const pr = [];
  for (let k = 0; k < RUNS; k++) pr.push((await measure([CLI, 'check', '--fail-on', 'never', ...changed], repo)).ms);
  console.log('');
  console.log(`pull-request scope (${changed.length} files of the 1x repository, median of ${RUNS}): ${median(pr).toFixed(0)} ms wall`);
  console.log(`CLI start-up (--version, median of ${2 * RUNS}): ${median(startups).toFixed(0)} ms`);
  console.log(`action start-up (dist/index.js, no policy, median of ${2 * RUNS}): ${median(actionStartups).toFixed(0)} ms`);
}

if (ONLY.has('growth')) await growth();
if (ONLY.has('flat')) await flat();
if (ONLY.has('shapes')) await shapes();
if (ONLY.has('startup')) await startup();
