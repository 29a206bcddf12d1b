/**
 * Findings a document gives on its own, whatever cluster it targets: what TiDB or Lightning would
 * reject (correctness) and credentials written into it (security).
 */
import type { Diagnostic, Span } from '../../core/types.js';
import type { SqlJobs } from '../../model/jobs/sql.js';
import type { LightningConfig, Located } from '../../parse/lightning/config.js';
import type { LightningFilter } from '../../model/jobs/lightning.js';
import { findCheckpointDsnCredentials, findUriCredentials, isSecretValue, type UriCredential } from '../../parse/lightning/secrets.js';
import { validateLightningConfig } from '../../parse/lightning/validate.js';
import type { SqlStatement, StringValue } from '../../parse/sql/ast.js';
import type { TextSource } from '../../parse/sql/kept-text.js';
import { validateImportInto } from '../../parse/sql/validate-import-into.js';
import { rejectedSetFunctions } from '../../parse/sql/set-functions.js';
import type { TomlDocument } from '../../parse/toml/document.js';
import { rule as deprecatedLightningKey } from '../rules/deprecated-lightning-key.js';
import { rule as invalidImportInto } from '../rules/invalid-import-into.js';
import { rule as invalidLightningConfig } from '../rules/invalid-lightning-config.js';
import { rule as plaintextSecret, type SecretSubject } from '../rules/plaintext-secret.js';

type Secret = SecretSubject['secrets'][number];

/**
 * Credentials inside a string literal. `valueStart` is where the decoded value starts in the file
 * when the literal has no escapes (offsets then map one to one); otherwise the whole literal is
 * the anchor.
 */
function uriSecrets(value: string, literal: Span, valueStart: number | undefined, where: string, find: (v: string) => UriCredential[] = findUriCredentials): Secret[] {
  return find(value).map((c) => ({
    span: valueStart === undefined ? literal : { start: valueStart + c.start, end: valueStart + c.end },
    what: c.param === 'password' ? 'A password in the URI' : `The \`${c.param}\` parameter`,
    where,
  }));
}

function sqlStringStart(text: TextSource, s: StringValue): number | undefined {
  const inner = text.slice(s.span.start + 1, s.span.end - 1);
  return inner === s.value ? s.span.start + 1 : undefined;
}

/** `doc.statements`: the statements findings can be about (imports, backups, LOAD DATA); `text` holds their spans. */
export function documentDiagnosticsForSql(doc: { readonly statements: readonly SqlStatement[] }, jobs: SqlJobs, text: TextSource): Diagnostic[] {
  const problems = jobs.imports.flatMap((stmt) => validateImportInto(stmt));
  for (const stmt of jobs.imports) {
    stmt.assignments.forEach((a, index) => {
      for (const f of rejectedSetFunctions(a.expressionText)) {
        const start = a.expressionSpan.start + f.offset;
        problems.push({
          code: 0,
          span: { start, end: start + f.name.length },
          message: `TiDB rejects this statement: "FUNCTION ${f.name} is not supported in IMPORT INTO column assignment, index ${index}". Compute the value without ${f.name.toUpperCase()}, or set the column after the import.`,
        });
      }
    });
  }
  for (const { statement, beginKeyword } of jobs.inTransaction) {
    const at = beginKeyword.toUpperCase();
    problems.push({
      code: 0,
      span: statement.importKeywordSpan,
      message: `IMPORT INTO cannot run inside an explicit transaction (TiDB: "cannot run IMPORT INTO in explicit transaction"): the transaction opened by \`${at}\` is still open here. COMMIT it before the import, or move the import out of the transaction.`,
    });
  }
  const secrets: Secret[] = [];
  for (const stmt of jobs.imports) {
    if (stmt.source?.kind === 'file') {
      const loc = stmt.source.location;
      secrets.push(...uriSecrets(loc.value, loc.span, sqlStringStart(text, loc), 'the IMPORT INTO location'));
    }
    for (const o of stmt.options) {
      if (o.name === 'cloud_storage_uri' && o.value?.kind === 'string' && typeof o.value.value === 'string') {
        const v = o.value;
        const start = text.slice(v.span.start + 1, v.span.end - 1) === v.value ? v.span.start + 1 : undefined;
        secrets.push(...uriSecrets(v.value as string, v.span, start, '`CLOUD_STORAGE_URI`'));
      }
    }
  }
  for (const stmt of doc.statements) {
    if (stmt.kind === 'backup' && stmt.location) {
      secrets.push(...uriSecrets(stmt.location.value, stmt.location.span, sqlStringStart(text, stmt.location), 'the BACKUP target'));
    }
    if (stmt.kind === 'load-data' && stmt.file) secrets.push(...loadDataSecrets(text, stmt.file));
  }
  return [...invalidImportInto.check({ problems }), ...plaintextSecret.check({ secrets })];
}

/** `LOAD DATA ... INFILE 's3://...?secret-access-key=...'`: the location is a storage URI like IMPORT INTO's. */
function loadDataSecrets(text: TextSource, file: StringValue): Secret[] {
  return uriSecrets(file.value, file.span, sqlStringStart(text, file), 'the LOAD DATA location');
}

function tomlStringStart(text: string, v: Located<string>): number | undefined {
  const inner = text.slice(v.span.start + 1, v.span.end - 1);
  return inner === v.value ? v.span.start + 1 : undefined;
}

export function documentDiagnosticsForLightning(
  doc: TomlDocument,
  config: LightningConfig,
  text: string,
  filter: LightningFilter,
): Diagnostic[] {
  const problems = validateLightningConfig(doc, config);
  if (config.filter) {
    const parsed = filter.parsed;
    if (!parsed.ok) {
      // An `@file` the repository lacks may exist where Lightning runs: not an error here.
      for (const e of parsed.errors.filter((x) => !(x.importLine === undefined && filter.missingImports.length && x.message.startsWith('cannot open filter file')))) {
        const at = config.filter.rules[e.ruleIndex];
        if (at) problems.push({ kind: 'invalid', span: at.span, message: `Invalid table filter rule in \`[mydumper] filter\`: ${e.message}. Lightning refuses to start with it.` });
      }
    }
  }
  const secrets: Secret[] = [];
  if (config.password && isSecretValue(config.password.value, false)) {
    secrets.push({ span: config.password.span, what: 'The `[tidb] password`', where: 'this Lightning config' });
  }
  if (config.dataSourceDir) {
    const d = config.dataSourceDir;
    secrets.push(...uriSecrets(d.value, d.span, tomlStringStart(text, d), '`[mydumper] data-source-dir`'));
  }
  const dsn = doc.entry(['checkpoint', 'dsn']);
  if (dsn && typeof dsn.value === 'string') {
    const located = { value: dsn.value, span: dsn.valueSpan, keySpan: dsn.keySpan };
    secrets.push(...uriSecrets(dsn.value, dsn.valueSpan, tomlStringStart(text, located), '`[checkpoint] dsn`', findCheckpointDsnCredentials));
  }
  return [
    ...invalidLightningConfig.check({ problems }),
    ...deprecatedLightningKey.check({ problems }),
    ...plaintextSecret.check({ secrets }),
  ];
}
