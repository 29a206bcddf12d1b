/**
 * A validator's problem as its rule words it (headline, then help): parse-stage tests check what
 * the user reads without building a whole repository.
 */
import type { ImportIntoProblem } from '../../src/parse/sql/validate-import-into.js';
import { renderMessage } from '../../src/lint/rules/report.js';
import { rule as invalidImportInto } from '../../src/lint/rules/invalid-import-into.js';
import type { LightningProblem } from '../../src/parse/lightning/validate.js';
import { rule as invalidLightningConfig } from '../../src/lint/rules/invalid-lightning-config.js';
import { rule as deprecatedLightningKey } from '../../src/lint/rules/deprecated-lightning-key.js';

function joined({ message, help }: { message: string; help?: string }): string {
  return help ? `${message}: ${help}` : message;
}

export function importIntoText(p: ImportIntoProblem): string {
  return joined(renderMessage(invalidImportInto, p.kind, p.data));
}

export function lightningText(p: LightningProblem): string {
  return joined(
    p.verdict === 'invalid' ? renderMessage(invalidLightningConfig, p.kind, p.data) : renderMessage(deprecatedLightningKey, p.kind, p.data),
  );
}

/** The problem with its words, for tests written against the text. */
export function withText<P extends LightningProblem>(p: P): P & { readonly message: string } {
  return { ...p, message: lightningText(p) };
}
