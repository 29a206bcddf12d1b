// One-off (issue 12): moves src/ folders into stage folders with `git mv` and rewrites every
// relative import specifier and every `src/...` path cited in code, tests, scripts and docs.
// Kept as the record of the move (docs/architecture.md); run again, it finds nothing to move.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

// Single files first (they win over their folder's move), then whole folders.
const FILES = {
  'src/shells/check-repository.ts': 'src/shells/check-repository.ts',
  'src/shells/posture-fetch/etcd-reader.ts': 'src/shells/posture-fetch/etcd-reader.ts',
  'src/core/tool-version.ts': 'src/core/tool-version.ts',
  'src/shells/rule-docs.ts': 'src/shells/rule-docs.ts',
  'src/report/markers.ts': 'src/report/markers.ts',
  'src/lint/result.ts': 'src/lint/result.ts',
  'src/lint/sanitize.ts': 'src/lint/sanitize.ts',
};
const FOLDERS = {
  'src/core/filter': 'src/core/filter',
  'src/files': 'src/files',
  'src/parse/toml': 'src/parse/toml',
  'src/parse/sql': 'src/parse/sql',
  'src/parse/lightning': 'src/parse/lightning',
  'src/parse/ticdc': 'src/parse/ticdc',
  'src/model/jobs': 'src/model/jobs',
  'src/model/policy': 'src/model/policy',
  'src/model/posture': 'src/model/posture',
  'src/model/posture-live': 'src/model/posture-live',
  'src/lint/engine': 'src/lint/engine',
  'src/lint/rules': 'src/lint/rules',
  'src/shells/cli': 'src/shells/cli',
  'src/shells/action': 'src/shells/action',
};

/** Where a repository path (file or folder, any extension) lives after the move. */
export function moved(path) {
  const asTs = path.replace(/\.js$/, '.ts');
  if (FILES[asTs]) return FILES[asTs].replace(/\.ts$/, path.endsWith('.js') ? '.js' : '.ts');
  for (const [from, to] of Object.entries(FOLDERS)) {
    if (path === from) return to;
    if (path.startsWith(`${from}/`)) return to + path.slice(from.length);
  }
  return path;
}

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = posix.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const CODE = /\.(ts|mts|mjs|js)$/;
const codeFiles = ['src', 'test', 'scripts'].flatMap((r) => walk(r)).filter((f) => CODE.test(f) && !f.startsWith('test/fixtures/'));
const docFiles = ['README.md', 'vitest.config.ts', ...walk('docs').filter((f) => f.endsWith('.md'))];

// 1. Rewrite the text of every file as it will read at its new place.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]+)\2/g;
const CITED = /(?<![\w.-])src\/([\w./-]+)/g;
// esbuild plugin filters in scripts/build.mjs name two source files by regular expression.
const FILTERS = [
  ['[\\\\/]src[\\\\/]policy[\\\\/]validator', '[\\\\/]src[\\\\/]model[\\\\/]policy[\\\\/]validator'],
  ['[\\\\/]src[\\\\/]posture-live[\\\\/]snapshot', '[\\\\/]src[\\\\/]model[\\\\/]posture-live[\\\\/]snapshot'],
];
const rewritten = new Map();
for (const file of [...codeFiles, ...docFiles]) {
  const old = readFileSync(file, 'utf8');
  const next = moved(file);
  let text = old;
  if (CODE.test(file)) {
    text = text.replace(SPECIFIER, (all, lead, q, spec) => {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      const newTarget = moved(target);
      if (newTarget === target && next === file) return all;
      let rel = posix.relative(posix.dirname(next), newTarget);
      if (!rel.startsWith('.')) rel = `./${rel}`;
      if (spec.endsWith('/') && !rel.endsWith('/')) rel += '/';
      return `${lead}${q}${rel}${q}`;
    });
  }
  text = text.replace(CITED, (_all, rest) => {
    const trail = rest.match(/[.]+$/)?.[0] ?? '';
    const path = `src/${rest.slice(0, rest.length - trail.length)}`;
    const to = moved(path.replace(/\/$/, '')) + (path.endsWith('/') ? '/' : '');
    return to + trail;
  });
  for (const [from, to] of FILTERS) text = text.split(from).join(to);
  if (text !== old) rewritten.set(file, text);
}

// 2. Move: files first, then folders.
const git = (...args) => execFileSync('git', args, { stdio: 'inherit' });
for (const [from, to] of Object.entries(FILES)) {
  if (!existsSync(from)) continue;
  mkdirSync(dirname(to), { recursive: true });
  git('mv', from, to);
}
for (const [from, to] of Object.entries(FOLDERS)) {
  if (!existsSync(from)) continue;
  mkdirSync(dirname(to), { recursive: true });
  if (existsSync(to)) {
    for (const f of walk(from)) {
      const dest = join(to, relative(from, f));
      mkdirSync(dirname(dest), { recursive: true });
      git('mv', f, dest);
    }
  } else git('mv', from, to);
}

// 3. Write the rewritten texts at their new places.
for (const [file, text] of rewritten) writeFileSync(moved(file), text);
console.log(`moved ${Object.keys(FILES).length} files and ${Object.keys(FOLDERS).length} folders; rewrote ${rewritten.size} files`);
