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
import { posix } from 'node:path';
import type { ConfinedReader } from '../files/confined.js';
import { scanWalk, type ScanRules } from '../files/walk.js';
import { isLightningConfig, readLightningConfig } from '../parse/lightning/config.js';
import { foldLightningKeys } from '../parse/lightning/fold-keys.js';
import { parseToml } from '../parse/toml/document.js';

/** A Lightning config is small; one larger than this is linted only when it changed itself. */
const CONFIG_MAX_BYTES = 1024 * 1024;

/** The repository paths a relative `value` in the config at `configPath` may name (beside it, from the root). */
function candidates(value: string, configPath: string): string[] {
  let path = value.trim().replace(/\\/g, '/');
  const prefixed = /^(file|local):\/\//i.exec(path);
  if (prefixed) path = path.slice(prefixed[0].length).split('?')[0] ?? '';
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return [];
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:\//.test(path) || path.startsWith('~')) return [];
  const out: string[] = [];
  for (const joined of [posix.join(posix.dirname(configPath), path), path]) {
    const normal = posix.normalize(joined).replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../') || posix.isAbsolute(normal)) continue;
    out.push(normal === '.' ? '' : normal);
  }
  return out;
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
    if (config.dataSourceDir) reads.push(...candidates(config.dataSourceDir.value, path));
    for (const rule of config.filter?.rules ?? []) {
      const text = rule.value.trim();
      if (text.startsWith('@')) reads.push(...candidates(text.slice(1), path));
    }
    if (reads.some((dependency) => touches(dependency, changed))) out.push(path);
  }
  walk.end();
  return out;
}
