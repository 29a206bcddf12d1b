/**
 * The import graph of src/ as data: every file, its stage (the first folder under src/), and the
 * relative modules it imports (static imports, re-exports, dynamic `import()`; type-only imports
 * count too, since they tie the stages together just the same). docs/architecture.md states the
 * rule that test/architecture/import-graph.test.ts checks with these functions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** The stages in pipeline order: a file may import from its own stage or an earlier one. */
export const STAGES = ['core', 'files', 'parse', 'model', 'lint', 'report', 'shells'] as const;
export type Stage = (typeof STAGES)[number];

export interface Edge {
  readonly from: string;
  readonly to: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]+)\1/g;

/** The relative module specifiers of one module's text (comments are dropped first). */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(SPECIFIER)].map((m) => m[2]!);
}

/** The stage of a repository path under src/; `src/index.ts`, the action's entry, is a shell. */
export function stageOf(path: string): Stage | undefined {
  if (path === 'src/index.ts') return 'shells';
  const top = path.split('/')[1] ?? '';
  return (STAGES as readonly string[]).includes(top) ? (top as Stage) : undefined;
}

/** Every import between src files, from the files' texts keyed by repository path. */
export function edgesOf(files: ReadonlyMap<string, string>): Edge[] {
  const edges: Edge[] = [];
  for (const [from, text] of files) {
    for (const spec of importsOf(text)) {
      const to = posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.js$/, '.ts');
      if (to.startsWith('src/')) edges.push({ from, to });
    }
  }
  return edges;
}

/** The imports whose target sits in a later stage than the importing file. */
export function backwardEdges(edges: readonly Edge[]): Edge[] {
  const rank = (path: string): number => STAGES.indexOf(stageOf(path) ?? 'shells');
  return edges.filter((e) => rank(e.to) > rank(e.from));
}

/** Every cycle: the files of each strongly connected component of two or more files, or a self-import. */
export function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort(byCodeUnit);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const enter = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
  };
  // Tarjan's algorithm with an explicit stack: no recursion depth to worry about.
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = next.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const to = targets[frame.next++]!;
        if (!index.has(to)) {
          enter(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || targets.includes(frame.node)) found.push(component.sort(byCodeUnit));
    }
  }
  return found;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The texts of every .ts file under src/ of the repository at `root`, keyed by repository path. */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(posix.join(root, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.set(path, readFileSync(posix.join(root, path), 'utf8'));
    }
  };
  walk('src');
  return files;
}

/** One import of a module, relative or a package, and whether only types come through it. */
export interface ImportOf {
  readonly spec: string;
  readonly typeOnly: boolean;
}

const STATEMENT = /\b(import|export)(\s+type\b)?[^'";]*?\bfrom\s*(['"])([^'"]+)\3|\bimport\s*\(?\s*(['"])([^'"]+)\5/g;

/** Every module one module's text imports (packages too), with whether the import is type-only. */
export function importStatementsOf(text: string): ImportOf[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(STATEMENT)].map((m) =>
    m[4] !== undefined ? { spec: m[4], typeOnly: m[2] !== undefined } : { spec: m[6]!, typeOnly: false },
  );
}

/**
 * What turns text into a document: the parser packages, and the parse-stage modules that read text
 * (the SQL lexer and splitter, the SET-function finder, the TOML reader). The parse stage calls
 * them, and so does the lint engine's file reader, which streams each file through the parse stage
 * once.
 */
export const TEXT_PARSERS = {
  packages: ['yaml', 'smol-toml', 'node-sql-parser'],
  modules: ['src/parse/sql/lexer.ts', 'src/parse/sql/split.ts', 'src/parse/sql/set-functions.ts', 'src/parse/toml/document.ts'],
  /** Who reads files and parses them once: the parse stage itself, and the engine's per-file readers. */
  allowed: (path: string): boolean => stageOf(path) === 'parse' || /^src\/lint\/engine\/read-[\w-]+\.ts$/.test(path),
  /** Who must only ever receive parsed documents. */
  checked: (path: string): boolean => stageOf(path) === 'model' || stageOf(path) === 'lint',
} as const;

/**
 * Imports through which a model or lint file could parse text again (`from -> what`): a parser
 * package, or a value import of a parse-stage text reader. Type-only imports are data shapes and pass.
 */
export function parserImports(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [from, text] of files) {
    if (!TEXT_PARSERS.checked(from) || TEXT_PARSERS.allowed(from)) continue;
    for (const { spec, typeOnly } of importStatementsOf(text)) {
      if (typeOnly) continue;
      const target = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.js$/, '.ts') : spec;
      const isPackage = TEXT_PARSERS.packages.some((p) => target === p || target.startsWith(`${p}/`));
      if (isPackage || (TEXT_PARSERS.modules as readonly string[]).includes(target)) found.push(`${from} -> ${target}`);
    }
  }
  return found.sort(byCodeUnit);
}
