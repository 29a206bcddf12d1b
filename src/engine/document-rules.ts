/**
 * Findings a document gives on its own, whatever cluster it targets: what TiDB or Lightning would
 * reject (correctness) and credentials written into it (security). Filled in by the correctness
 * and security rules.
 */
import type { Diagnostic } from '../core/types.js';
import type { SqlJobs } from '../jobs/sql.js';
import type { LightningConfig } from '../lightning/config.js';
import type { SqlDocument } from '../sql/ast.js';
import type { TomlDocument } from '../toml/document.js';

export function documentDiagnosticsForSql(_doc: SqlDocument, _jobs: SqlJobs, _text: string): Diagnostic[] {
  return [];
}

export function documentDiagnosticsForLightning(_doc: TomlDocument, _config: LightningConfig): Diagnostic[] {
  return [];
}
