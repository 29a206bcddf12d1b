/**
 * Hostile input for the policy loader (YAML → schema → validated policy): never throws, every
 * problem is positioned inside the file it names, and alias bombs, deep nesting, huge keys and
 * thousands of unknown keys cost work linear in the text.
 */
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildLineIndex } from '../../src/core/lines.js';
import { loadPolicy } from '../../src/model/policy/load.js';
import { parsePolicyYaml } from '../../src/parse/policy/yaml-tree.js';
import type { LoadResult } from '../../src/model/policy/types.js';
import { fcParams } from '../helpers/properties.js';
import { hostileText } from './checks.js';
import { doublingRatio, measureWork } from './work-meter.js';

/** Problems whose position is not inside the file they name (files: path → text). */
function misplaced(result: LoadResult, files: Readonly<Record<string, string>>): string[] {
  if (result.ok) return [];
  const wrong: string[] = [];
  for (const p of result.problems) {
    const text = files[p.file];
    if (text === undefined) {
      wrong.push(`${p.file}: not a policy file`);
      continue;
    }
    if (!p.message) wrong.push(`${p.file}:${p.line}: no message`);
    const lines = buildLineIndex(text);
    const inside = (line: number, column: number): boolean =>
      Number.isInteger(line) &&
      Number.isInteger(column) &&
      line >= 1 &&
      line <= lines.lineCount &&
      column >= 1 &&
      column <= lines.lineText(line).length + 2;
    if (!inside(p.line, p.column) || !inside(p.endLine, p.endColumn))
      wrong.push(`${p.file}:${p.line}:${p.column}-${p.endLine}:${p.endColumn} outside`);
    else if (p.endLine < p.line || (p.endLine === p.line && p.endColumn < p.column))
      wrong.push(`${p.file}:${p.line}:${p.column} ends before it starts`);
  }
  return wrong;
}

function load(files: Readonly<Record<string, string>>, entry = 'policy.yml'): LoadResult {
  return loadPolicy(entry, (path) => files[path]);
}

const WORDS = [
  'version: 1\n',
  'version: 2\n',
  'clusters:\n',
  '  prod:\n',
  '    tidb_version: "8.5"\n',
  '    tidb_version: 8.5\n',
  '    match: { paths: [x] }\n',
  '    log_backup: { enabled: true }\n',
  '    changefeeds:\n',
  '      - id: f\n',
  '        rules: ["a.*", "!b.*", "/x/.*", "@f"]\n',
  '        config: cdc.toml\n',
  '  - a\n',
  '&a [*a]\n',
  '*a\n',
  '&b\n',
  '<<: *a\n',
  '{',
  '}',
  '[',
  ']',
  ': :\n',
  '? x\n',
  '- \n',
  '"\n',
  "'\n",
  '|\n',
  '>-\n',
  '!!binary x\n',
  '!tag\n',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '# c\n',
  '\t',
  '  ',
  'extends: [base.yml]\n',
  'extends: [policy.yml]\n',
  'extends: ["https://u:p@h/x.yml"]\n',
  'rules:\n',
  '  log-backup-gap: off\n',
  'waivers:\n',
  '  - rule: log-backup-gap\n',
  '    reason: r\n',
  '    expires: 2026-13-40\n',
  'scan: { max_file_bytes: 10XB }\n',
  'unmapped: maybe\n',
  '\ufeff',
  '\u0000',
  '\ud800',
];
const yamlShaped = fc.array(fc.constantFrom(...WORDS), { maxLength: 16 }).map((p) => p.join(''));

/** YAML that parses: a policy with random values swapped in at random places. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;
const POLICY_PATHS: readonly (readonly string[])[] = [
  ['version'],
  ['clusters'],
  ['clusters', 'prod'],
  ['clusters', 'prod', 'match'],
  ['clusters', 'prod', 'log_backup'],
  ['clusters', 'prod', 'changefeeds'],
  ['clusters', 'prod', 'exemptions'],
  ['clusters', 'dr'],
  ['rules'],
  ['waivers'],
  ['scan'],
  ['scan', 'include'],
  ['unmapped'],
  ['extends'],
  ['x'],
];
const BASE_POLICY = {
  version: 1,
  scan: { include: ['**/*.sql'], max_file_bytes: '1MiB' },
  clusters: {
    prod: {
      tidb_version: '8.5.1',
      match: { paths: ['**'] },
      log_backup: { enabled: true, task: 'pitr' },
      changefeeds: [{ id: 'f', rules: ['app.*', '!app.tmp_*'], downstream: { kind: 'kafka' } }],
      exemptions: [{ tables: ['scratch.*'], skip: ['log_backup'], reason: 'rebuildable' }],
    },
  },
  rules: { 'deprecated-lightning-key': 'notice' },
};
const mutatedPolicy = fc.tuple(fc.constantFrom(...POLICY_PATHS), jsonValue).map(([path, value]) => {
  const base = structuredClone(BASE_POLICY) as Record<string, unknown>;
  let at: Record<string, unknown> = base;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]!] = value;
  return stringify(base);
});

describe('policy loader on hostile text', () => {
  it('never throws; problems are positioned inside the file (arbitrary text)', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        expect(misplaced(load({ 'policy.yml': text }), { 'policy.yml': text })).toEqual([]);
      }),
      fcParams('policy: arbitrary text', 200),
    );
  });

  it('never throws; problems are positioned inside the file they name (YAML-shaped, with extends)', () => {
    fc.assert(
      fc.property(yamlShaped, yamlShaped, (text, base) => {
        const files = { 'policy.yml': text, 'base.yml': base };
        expect(misplaced(load(files), files)).toEqual([]);
      }),
      fcParams('policy: YAML fragments', 400),
    );
  });

  it('valid YAML with a random value anywhere in a policy: a policy or positioned problems', () => {
    fc.assert(
      fc.property(mutatedPolicy, (text) => {
        const result = load({ 'policy.yml': text });
        expect(misplaced(result, { 'policy.yml': text })).toEqual([]);
      }),
      fcParams('policy: mutated policies', 100),
    );
  });
});

describe('repeated keys (found in one pass, not by the yaml package)', () => {
  const keyish = fc.constantFrom('a', 'b', '"a"', "'b'", '1', '"1"', 'true', '~', '', '? a', '&x a', '*x', '.nan', '0x1', '1.0');
  const mapText = fc.array(
    fc.tuple(
      fc.constantFrom('', '  ', '    '),
      keyish,
      fc.constantFrom(': 1', ':', ': { a: 1, a: 2 }', ': [a, b]', ': {b: 1, "b": 2, c: 3}'),
    ),
    { maxLength: 10 },
  );
  it('are the keys the yaml package reports', () => {
    fc.assert(
      fc.property(mapText, (lines) => {
        const text = lines.map(([indent, key, value]) => `${indent}${key}${value}`).join('\n') + '\n';
        const reference = parseDocument(text, { uniqueKeys: true, strict: true });
        if (reference.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return;
        const expected = reference.errors.map((e) => e.pos[0]).sort((a, b) => a - b);
        const lineIndex = buildLineIndex(text);
        const ours = parsePolicyYaml('p.yml', text).problems.filter((p) => p.message.endsWith('Map keys must be unique'));
        const offsets = ours.map((p) => lineIndex.lineStart(p.line) + p.column - 1).sort((a, b) => a - b);
        // The same keys; `yaml` may point at the white space before a key (after an empty value), we at the key.
        expect(offsets.length).toBe(expected.length);
        offsets.forEach((at, i) => expect(text.slice(expected[i], at)).toMatch(/^\s*$/));
      }),
      fcParams('policy: duplicate keys as yaml finds them', 400),
    );
  });
});

/** `levels` anchors, each an array of `width` aliases of the previous one (the "billion laughs"). */
function aliasBomb(levels: number, width = 9): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `version: 1\n${lines.join('\n')}\n`;
}

describe('policy loader: alias bombs, deep nesting, huge keys (bounded, counted)', () => {
  const cases: readonly [string, string][] = [
    ['an alias bomb at the top level', aliasBomb(12)],
    [
      'an alias bomb inside clusters',
      `version: 1\nclusters:\n  prod:\n    tidb_version: "8.5"\n    match: { paths: ["**"] }\n    log_backup: { enabled: true }\n    x: ${aliasBomb(12).replace('version: 1\n', '').split('\n').join(' ')}\n`,
    ],
    [
      'an alias bomb in a list of rules',
      `version: 1\nb: &b ["a.*", "a.*", "a.*", "a.*", "a.*", "a.*", "a.*", "a.*"]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\nclusters:\n  prod:\n    tidb_version: "8.5"\n    match: { paths: ["**"] }\n    log_backup: { enabled: true }\n    exemptions: [{ tables: [*d, *d, *d, *d], skip: [log_backup], reason: r }]\n`,
    ],
    ['deeply nested flow sequences', `version: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
    ['deeply nested flow mappings', `version: 1\nx: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`],
    ['deeply nested block mappings', `version: 1\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`],
    ['a key of a megabyte', `version: 1\n${'k'.repeat(1 << 20)}: 1\n`],
    ['an unterminated quoted key of a megabyte', `version: 1\n"${'k'.repeat(1 << 20)}\n`],
  ];
  it.each(cases)('%s: problems, not a crash', (_name, text) => {
    const result = load({ 'policy.yml': text });
    expect(result.ok).toBe(false);
    expect(misplaced(result, { 'policy.yml': text })).toEqual([]);
    if (!result.ok) for (const p of result.problems) expect(p.message.length).toBeLessThan(2000);
  });

  const PATHOLOGICAL: readonly [string, (n: number) => string][] = [
    ['unknown top-level keys', (n) => `version: 1\n${Array.from({ length: Math.ceil(n / 10) }, (_, i) => `key${i}: 1`).join('\n')}\n`],
    [
      'unknown keys in a cluster',
      (n) =>
        `version: 1\nclusters:\n  prod:\n    tidb_version: "8.5"\n${Array.from({ length: Math.ceil(n / 12) }, (_, i) => `    key${i}: 1`).join('\n')}\n`,
    ],
    [
      'many clusters',
      (n) =>
        `version: 1\nclusters:\n${Array.from({ length: Math.ceil(n / 80) }, (_, i) => `  c${i}:\n    tidb_version: "8.5"\n    match: { paths: ["p${i}/**"] }\n    log_backup: { enabled: true }`).join('\n')}\n`,
    ],
    [
      'many waivers',
      (n) =>
        `version: 1\nclusters: { prod: { tidb_version: "8.5", match: { paths: ["**"] }, log_backup: { enabled: true } } }\nwaivers:\n${Array.from({ length: Math.ceil(n / 60) }, (_, i) => `  - { rule: log-backup-gap, paths: ["p${i}"], reason: r }`).join('\n')}\n`,
    ],
    ['alias bombs of growing width', (n) => aliasBomb(6, Math.ceil(n / 600))],
  ];
  it.each(PATHOLOGICAL)('%s: twice the text, at most about twice the work', (_name, make) => {
    const { small, large, ratio } = doublingRatio(make, 6000, (text) => load({ 'policy.yml': text }));
    expect({ small, large, ratio: Math.round(ratio * 100) / 100, linear: ratio < 2.6 }).toMatchObject({ linear: true });
  });

  it('random YAML-shaped text: work stays a small multiple of the length', () => {
    fc.assert(
      fc.property(yamlShaped, (text) => {
        const { work } = measureWork(() => load({ 'policy.yml': text }));
        expect(work).toBeLessThanOrEqual(2000 * (text.length + 10));
      }),
      fcParams('policy: work per character', 100),
    );
  });
});
