// Moves source files and rewrites every relative import of them (and their own imports) in src/,
// test/ and scripts/, and the `src/...` paths docs cite:
//   node scripts/move-module.mjs src/old/a.ts src/new/a.ts [more pairs...]
// The tool of the stage move (issue 12); see docs/architecture.md for where things go.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node scripts/move-module.mjs FROM.ts TO.ts [FROM.ts TO.ts ...]');
  process.exit(2);
}
const FILES = {};
for (let i = 0; i < args.length; i += 2) FILES[posix.normalize(args[i])] = posix.normalize(args[i + 1]);

function moved(path) {
  const asTs = path.replace(/\.js$/, '.ts');
  if (FILES[asTs]) return FILES[asTs].replace(/\.ts$/, path.endsWith('.js') ? '.js' : '.ts');
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
const docFiles = ['README.md', ...walk('docs').filter((f) => f.endsWith('.md'))];
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]+)\2/g;
const CITED = /(?<![\w.-])src\/([\w./-]+)/g;

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
      return `${lead}${q}${rel}${q}`;
    });
  }
  text = text.replace(CITED, (_all, rest) => {
    const trail = rest.match(/[.]+$/)?.[0] ?? '';
    return moved(`src/${rest.slice(0, rest.length - trail.length)}`) + trail;
  });
  if (text !== old) rewritten.set(file, text);
}
for (const [from, to] of Object.entries(FILES)) {
  mkdirSync(dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to], { stdio: 'inherit' });
}
for (const [file, text] of rewritten) writeFileSync(moved(file), text);
console.log(`moved ${Object.keys(FILES).length} file(s); rewrote ${rewritten.size} file(s)`);
