// npm run bench: speed and memory of `check` on a generated, deterministic repository (cli.md).
// Generates .bench/repo once (fixed seed): ~30 MB of SQL migrations with a few IMPORT INTO among
// ordinary DDL/DML, hundreds of Lightning configs, a policy with several clusters and changefeeds.
// Reports wall time, MB/s, files/s and peak RSS of the bundled CLI, next to the time to merely
// read and decode the same files, plus start-up and pull-request-scope figures. Figures only:
// nothing here asserts a threshold.
//
//   npm run bench [-- --runs N] [-- --regenerate]
//   BENCH_DIST=/path/to/other/dist npm run bench   (the same figures for another build, to compare)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const REPO = join(ROOT, '.bench', 'repo');
const TARGET_SQL_BYTES = 30 * 1024 * 1024;
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const ACTION = join(DIST, 'index.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;

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

function generate() {
  rmSync(REPO, { recursive: true, force: true });
  const rand = rng(20261124);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const write = (p, text) => {
    mkdirSync(join(REPO, p, '..'), { recursive: true });
    writeFileSync(join(REPO, p), text);
  };
  mkdirSync(join(REPO, '.git'), { recursive: true });
  const clusters = ['prod', 'staging', 'dr', 'analytics', 'legacy'];
  write(
    '.github/tidb-import-guard.yml',
    `version: 1
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
`,
  );
  const schemas = ['app', 'app2', 'billing', 'events', 'scratch', 'reports'];
  const ddl = (i) => {
    const s = pick(schemas);
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
    if (rand() < 0.02) parts.push(`IMPORT INTO ${s}.${t} FROM 's3://dumps/${s}/${t}.*.csv' WITH skip_rows = 1, thread = 4${rand() < 0.5 ? ', DISABLE_PRECHECK' : ''};`);
    if (rand() < 0.01) parts.push(`BACKUP TABLE ${s}.${t} TO 's3://backups/${t}/';`);
    return parts.join('\n\n') + '\n';
  };
  let bytes = 0;
  let i = 0;
  while (bytes < TARGET_SQL_BYTES) {
    const c = pick(clusters);
    const text = ddl(i);
    write(`migrations/${c}/${String(i).padStart(6, '0')}_m.sql`, text);
    bytes += Buffer.byteLength(text);
    i++;
  }
  for (let j = 0; j < 400; j++) {
    const c = pick(clusters);
    const backend = rand() < 0.4 ? 'tidb' : 'local';
    write(
      `deploy/${c}/import-${j}.toml`,
      `[lightning]\nlevel = "info"\n${rand() < 0.3 ? 'check-requirements = false\n' : ''}\n[tikv-importer]\nbackend = "${backend}"\n${backend === 'local' ? 'sorted-kv-dir = "/mnt/kv"\n' : ''}\n[mydumper]\ndata-source-dir = "s3://dumps/${j}"\nfilter = ['${pick(schemas)}.*', '!${pick(schemas)}.tmp_*']\n\n[tidb]\nhost = "tidb.${c}.internal"\nport = 4000\nuser = "importer"\n`,
    );
  }
  return i;
}

function listAll(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) listAll(p, out);
    else out.push(p);
  }
  return out;
}

/** Runs a command, sampling its peak resident set (VmHWM) from /proc while it runs. */
function measure(args, cwd, env = {}) {
  return new Promise((resolveRun) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKb = 0;
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', () => {});
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {}
    };
    const timer = setInterval(sample, 5);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolveRun({ code, ms, peakMb: peakKb / 1024, out });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(CLI) && !process.env.BENCH_DIST) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const fresh = !existsSync(join(REPO, '.github', 'tidb-import-guard.yml')) || process.argv.includes('--regenerate');
if (fresh) {
  const n = generate();
  console.log(`generated ${n} SQL migrations and 400 Lightning configs in .bench/repo`);
}
const files = listAll(REPO).filter((f) => f.endsWith('.sql') || f.endsWith('.toml'));
const totalBytes = files.reduce((n, f) => n + statSync(f).size, 0);
const mb = totalBytes / 1024 / 1024;

// Baseline: read and decode every file, in a fresh process like the check.
const readScript = `const fs=require('fs');const p=require('path');const d=new TextDecoder('utf-8');let n=0;const w=(x)=>{for(const e of fs.readdirSync(x,{withFileTypes:true})){if(e.name==='.git')continue;const q=p.join(x,e.name);if(e.isDirectory())w(q);else if(q.endsWith('.sql')||q.endsWith('.toml'))n+=d.decode(fs.readFileSync(q)).length;}};w(${JSON.stringify(REPO)});console.log(n);`;
const reads = [];
const checks = [];
let peak = 0;
let lastOut = '';
for (let k = 0; k < RUNS; k++) {
  reads.push((await measure(['-e', readScript], REPO)).ms);
  const r = await measure([CLI, 'check', '--format', 'json', '--fail-on', 'never'], REPO);
  checks.push(r.ms);
  peak = Math.max(peak, r.peakMb);
  lastOut = r.out;
}
const summary = JSON.parse(lastOut).summary;
const startups = [];
for (let k = 0; k < 2 * RUNS; k++) startups.push((await measure([CLI, '--version'], ROOT)).ms);
// The action's start-up: in a directory with no policy it loads everything, then stops (exit 2).
const empty = mkdtempSync(join(tmpdir(), 'tig-bench-'));
const actionStartups = [];
for (let k = 0; k < 2 * RUNS; k++) actionStartups.push((await measure([ACTION], empty, { GITHUB_WORKSPACE: empty, RUNNER_TEMP: empty })).ms);
rmSync(empty, { recursive: true, force: true });
const changed = files.filter((f) => f.includes('/migrations/prod/')).slice(0, 20);
const pr = [];
for (let k = 0; k < RUNS; k++) pr.push((await measure([CLI, 'check', '--fail-on', 'never', ...changed], REPO)).ms);

const check = median(checks);
const read = median(reads);
console.log(`repository: ${files.length} files, ${mb.toFixed(1)} MB (${summary.jobs} import jobs; ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices)`);
console.log(`check (whole repository, median of ${RUNS}): ${check.toFixed(0)} ms wall, ${(mb / (check / 1000)).toFixed(1)} MB/s, ${(files.length / (check / 1000)).toFixed(0)} files/s, peak RSS ${peak.toFixed(0)} MB`);
console.log(`read and decode only (median of ${RUNS}):    ${read.toFixed(0)} ms wall  -> check is ${(check / read).toFixed(2)}x the read time`);
console.log(`pull-request scope (${changed.length} files, median of ${RUNS}): ${median(pr).toFixed(0)} ms wall`);
console.log(`CLI start-up (--version, median of ${2 * RUNS}): ${median(startups).toFixed(0)} ms`);
console.log(`action start-up (dist/index.js, no policy, median of ${2 * RUNS}): ${median(actionStartups).toFixed(0)} ms`);
