/**
 * A pull request's scope (`scope: changed`, `--changed-since`) lints the changed files. A Lightning
 * config also reads files that are not itself: the filter's `@file`s and its data directory, whose
 * file names are the tables it writes and whose schema files say which tables have a valid index.
 * A change to those changes what the (unchanged) config does: `rules.txt` going from `scratch.*` to
 * `app.*`, or `dump/app.orders.csv` added next to it, widens a physical import to protected tables.
 * So the Lightning configs of the repository that read a changed path are linted with the change.
 *
 * The paths a config reads are resolved as the model resolves them (src/model/jobs/data-directory.ts
 * and the filter's `@file` reader in src/model/jobs/lightning.ts): beside the config, and from the
 * repository root; either one that a changed path lies under brings the config in. This reads
 * every `.toml` in scope once (they are small), never the data files.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { ConfinedReader } from '../files/confined.js';
import { scanWalk, type ScanRules } from '../files/walk.js';
import { isLightningConfig, readLightningConfig } from '../parse/lightning/config.js';
import { foldLightningKeys } from '../parse/lightning/fold-keys.js';
import { dataDirectoryCandidates } from '../model/jobs/data-directory.js';
import { filterImportCandidates } from '../model/jobs/lightning.js';
import { parseToml } from '../parse/toml/document.js';

/** A Lightning config is small; one larger than this is linted only when it changed itself. */
const CONFIG_MAX_BYTES = 1024 * 1024;

function realpath(reader: ConfinedReader, path: string): string | undefined {
  try {
    return reader.fs.realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Whether `changed` is `dependency` or lies under it (`''` is the repository root). */
function touches(dependency: string, changed: readonly string[]): boolean {
  return changed.some((c) => dependency === '' || c === dependency || c.startsWith(`${dependency}/`));
}

/**
 * The in-scope `.toml` Lightning configs, other than `already`, whose data directory or filter
 * `@file` is, or holds, one of `changed`.
 */
export function dependentConfigs(
  root: string,
  cwd: string,
  scan: ScanRules,
  reader: ConfinedReader,
  changed: readonly string[],
  already: ReadonlySet<string>,
): string[] {
  if (!changed.length) return [];
  const walk = scanWalk(root, cwd, [root], scan, reader);
  // The model reads a linked data directory or @file where the link leads (the confined reader
  // follows links that stay in the repository), so a change there is a change to it as well.
  const realRoot = realpath(reader, reader.root);
  // Configs share data directories and @files: each dependency's real path is looked up once.
  const realPaths = new Map<string, string>();
  const realUnder = (dependency: string): string => {
    let known = realPaths.get(dependency);
    if (known === undefined) realPaths.set(dependency, (known = realPathUnder(dependency)));
    return known;
  };
  const realPathUnder = (dependency: string): string => {
    const real = realRoot === undefined ? undefined : realpath(reader, `${reader.root}/${dependency}`);
    if (real === undefined || real === dependency) return dependency;
    const rel = relative(realRoot!, real);
    return rel === '' ? '' : rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? dependency : rel.split(sep).join('/');
  };
  const out: string[] = [];
  for (const path of walk.files()) {
    if (already.has(path) || !path.toLowerCase().endsWith('.toml')) continue;
    const read = reader.readText(path, CONFIG_MAX_BYTES);
    if (!read.ok) continue;
    const parsed = parseToml(read.text);
    if (!parsed.ok) continue;
    const doc = foldLightningKeys(parsed.doc);
    if (!isLightningConfig(doc)) continue;
    const config = readLightningConfig(doc);
    const reads: string[] = [];
    if (config.dataSourceDir) {
      const where = dataDirectoryCandidates(config.dataSourceDir.value, path);
      if ('dirs' in where) reads.push(...where.dirs);
    }
    for (const rule of config.filter?.rules ?? []) {
      // As the filter reads an import line (src/core/filter/table-filter.ts): spaces and tabs trimmed.
      const text = rule.value.replace(/^[ \t]+|[ \t]+$/g, '');
      if (text.startsWith('@')) reads.push(...filterImportCandidates(text.slice(1), path));
    }
    if (reads.some((dependency) => touches(dependency, changed) || touches(realUnder(dependency), changed))) out.push(path);
  }
  walk.end();
  return out;
}
