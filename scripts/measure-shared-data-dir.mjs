// Figures for issue 8 item 14: many Lightning configs sharing one large data directory.
// Generates .tmp/shared-data-dir (CONFIGS configs, FILES data files in one directory) and runs the
// bundled CLI on it under /usr/bin/time -v, printing wall time and peak RSS. Figures only.
//
//   node scripts/measure-shared-data-dir.mjs [CONFIGS=200] [FILES=20000] [all|one]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CONFIGS = Number(process.argv[2] ?? 200);
const FILES = Number(process.argv[3] ?? 20000);
// `one`: each config's filter picks one schema of 20; `all`: every config takes Lightning's default filter.
const FILTER = process.argv[4] ?? 'all';
const REPO = join(ROOT, '.tmp', `shared-data-dir-${CONFIGS}-${FILES}-${FILTER}`);
const CLI = process.env.MEASURE_DIST ? join(resolve(process.env.MEASURE_DIST), 'cli.js') : join(ROOT, 'dist', 'cli.js');

function write(path, text) {
  mkdirSync(join(REPO, path, '..'), { recursive: true });
  writeFileSync(join(REPO, path), text);
}

if (!existsSync(join(REPO, '.git'))) {
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(join(REPO, '.git'), { recursive: true });
  write(
    '.github/tidb-import-guard.yml',
    `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: true, task: pitr-prod }
    changefeeds:
      - { id: prod-to-dr, rules: ["app.*"], downstream: { kind: kafka } }
`,
  );
  for (let i = 0; i < FILES; i++) {
    const schema = `db${i % 20}`;
    write(`data/shared/${schema}.t${i}.0001.csv`, '1,2\n');
  }
  for (let i = 0; i < CONFIGS; i++) {
    write(
      `deploy/job${i}.toml`,
      `[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "../data/shared"
${FILTER === 'one' ? `filter = ['db${i % 20}.*']\n` : ''}`,
    );
  }
}

const r = spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, 'check', '--fail-on', 'never', '--format', 'json'], {
  cwd: REPO,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)/.exec(r.stderr)?.[1];
const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
let findings = '?';
try {
  findings = JSON.parse(r.stdout).findings.length;
} catch {}
console.log(
  `${CONFIGS} configs (${FILTER}), ${FILES} files: exit ${r.status}, wall ${wall}, peak RSS ${(rss / 1024).toFixed(0)} MiB, ${findings} findings`,
);
if (r.status !== 0 && r.status !== 1) console.log(r.stderr.split('\n').slice(0, 15).join('\n'));
