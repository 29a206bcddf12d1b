/**
 * A validator's problem as its rule words it (headline, then help): parse-stage tests check what
 * the user reads without building a whole repository.
 */
import type { ImportIntoProblem } from '../../src/parse/sql/validate-import-into.js';
import { renderMessage } from '../../src/lint/rules/report.js';
import { rule as invalidImportInto } from '../../src/lint/rules/invalid-import-into.js';

function joined({ message, help }: { message: string; help?: string }): string {
  return help ? `${message}: ${help}` : message;
}

export function importIntoText(p: ImportIntoProblem): string {
  return joined(renderMessage(invalidImportInto, p.kind, p.data));
}
