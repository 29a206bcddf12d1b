/**
 * The pipeline's one-way rule, checked on the real tree (docs/architecture.md): every file under
 * src/ sits in a stage folder, no import points to a later stage, and no files import each other
 * in a cycle, and no model or lint file imports a parser (each file is parsed once, in the parse
 * stage, and later stages receive the parsed documents). The checker itself is tested on small made-up graphs first, so a broken checker
 * cannot pass the real tree by finding nothing.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backwardEdges, cycles, edgesOf, importStatementsOf, parserImports, readSources, stageOf } from './import-graph.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the import-graph checker', () => {
  const graph = (files: Record<string, string>) => edgesOf(new Map(Object.entries(files)));

  it('finds static, type-only, re-exported and dynamic imports, and ignores commented-out ones', () => {
    const edges = graph({
      'src/lint/a.ts': [
        "import { x } from '../core/x.js';",
        "import type { T } from './t.js';",
        "export { y } from '../model/y.js';",
        "const z = await import('../report/z.js');",
        "// import { no } from '../shells/no.js';",
        "/* import { no } from '../shells/no2.js'; */",
        "import { readFileSync } from 'node:fs';",
      ].join('\n'),
    });
    expect(edges.map((e) => e.to)).toEqual(['src/core/x.ts', 'src/lint/t.ts', 'src/model/y.ts', 'src/report/z.ts']);
  });

  it('flags an import of a later stage and accepts same-stage and earlier ones', () => {
    const edges = graph({
      'src/core/types.ts': "import type { TableSet } from '../model/filter/index.js';",
      'src/model/jobs/a.ts': "import { b } from '../policy/b.js';\nimport { c } from '../../parse/sql/c.js';",
      'src/shells/cli/main.ts': "import { d } from '../../lint/engine/d.js';",
    });
    expect(backwardEdges(edges)).toEqual([{ from: 'src/core/types.ts', to: 'src/model/filter/index.ts' }]);
  });

  it('finds a cycle through three files and a self-import, and no cycle in a chain', () => {
    expect(
      cycles(
        graph({
          'src/model/policy/weakened.ts': "import '../../lint/rules/registry.js';",
          'src/lint/rules/registry.ts': "import './policy-weakened.js';",
          'src/lint/rules/policy-weakened.ts': "import '../../model/policy/weakened.js';",
          'src/core/self.ts': "import './self.js';",
          'src/core/a.ts': "import './b.js';",
          'src/core/b.ts': "import './c.js';",
        }),
      ),
    ).toEqual([['src/core/self.ts'], ['src/lint/rules/policy-weakened.ts', 'src/lint/rules/registry.ts', 'src/model/policy/weakened.ts']]);
  });

  it('tells type-only imports from value imports, packages included', () => {
    expect(
      importStatementsOf(
        [
          "import { parse } from 'smol-toml';",
          "import type { Document } from 'yaml';",
          "export type { T } from './t.js';",
          "import {\n  a,\n  b,\n} from '../x.js';",
          "import 'side-effect';",
          "const m = await import('./dyn.js');",
          "// import { no } from 'yaml';",
        ].join('\n'),
      ),
    ).toEqual([
      { spec: 'smol-toml', typeOnly: false },
      { spec: 'yaml', typeOnly: true },
      { spec: './t.js', typeOnly: true },
      { spec: '../x.js', typeOnly: false },
      { spec: 'side-effect', typeOnly: false },
      { spec: './dyn.js', typeOnly: false },
    ]);
  });

  it('flags a model or lint file importing a parser package or a parse-stage text reader, and nothing else', () => {
    const files = new Map(
      Object.entries({
        'src/model/posture/feed.ts':
          "import { parseToml } from '../../parse/toml/document.js';\nimport type { TomlDocument } from '../../parse/toml/document.js';",
        'src/model/policy/diff.ts': "import { parseDocument } from 'yaml';\nimport type { Document } from 'yaml';",
        'src/model/jobs/schema.ts':
          "import { tokenize } from '../../parse/sql/lexer.js';\nimport { parseTableSchema } from '../../parse/sql/parse.js';",
        'src/lint/rules/r.ts': "import { SqlSplitter } from '../../parse/sql/split.js';\nimport { parse } from 'smol-toml/dist/index.js';",
        'src/lint/engine/read-file.ts': "import { parseToml } from '../../parse/toml/document.js';",
        'src/parse/policy/yaml-tree.ts': "import { parseDocument } from 'yaml';",
        'src/shells/cli/x.ts': "import { parse } from 'yaml';",
      }),
    );
    expect(parserImports(files)).toEqual([
      'src/lint/rules/r.ts -> smol-toml/dist/index.js',
      'src/lint/rules/r.ts -> src/parse/sql/split.ts',
      'src/model/jobs/schema.ts -> src/parse/sql/lexer.ts',
      'src/model/policy/diff.ts -> yaml',
      'src/model/posture/feed.ts -> src/parse/toml/document.ts',
    ]);
  });

  it('knows the stage of each folder and of the action entry', () => {
    expect(stageOf('src/index.ts')).toBe('shells');
    expect(stageOf('src/parse/sql/lexer.ts')).toBe('parse');
    expect(stageOf('src/engine/check.ts')).toBeUndefined();
  });
});

describe('src/', () => {
  const files = readSources(ROOT);
  const edges = edgesOf(files);

  it('is read whole: every file and the imports between them', () => {
    expect(files.size).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(files.size);
    for (const e of edges) expect(files.has(e.to), `${e.from} imports ${e.to}, which does not exist`).toBe(true);
  });

  it('has every file in a stage folder', () => {
    expect([...files.keys()].filter((path) => stageOf(path) === undefined)).toEqual([]);
  });

  it('has no import of a later stage', () => {
    expect(backwardEdges(edges).map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('parses each file once: no model or lint file imports a parser', () => {
    expect(parserImports(files)).toEqual([]);
  });
});
