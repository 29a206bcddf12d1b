import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src/core/types.js';
import { parseToml, type TomlDocument } from '../../src/parse/toml/document.js';
import { readLightningConfig } from '../../src/parse/lightning/config.js';
import { validateLightningConfig, type LightningProblem } from '../../src/parse/lightning/validate.js';

export const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tidb');

export function readFixture(name: string): string {
  return readFileSync(join(fixtureDir, name), 'utf8');
}

export function docOf(text: string): TomlDocument {
  const result = parseToml(text);
  if (!result.ok) throw new Error(`parse error: ${result.message} at ${result.offset}`);
  return result.doc;
}

export function problemsOf(text: string): LightningProblem[] {
  const doc = docOf(text);
  return validateLightningConfig(doc, readLightningConfig(doc));
}

export const under = (text: string, span: Span): string => text.slice(span.start, span.end);

/** A minimal valid config, so tests see only the problem they add. */
export const VALID_BASE = '[tikv-importer]\nbackend = "local"\nsorted-kv-dir = "/tmp/kv"\n[mydumper]\ndata-source-dir = "/data"\n';
