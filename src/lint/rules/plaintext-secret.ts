import type { Diagnostic, Span } from '../../core/types.js';
import type { Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report } from './report.js';
import { findCheckpointDsnCredentials, findUriCredentials, isSecretValue, type UriCredential } from '../../parse/lightning/secrets.js';
import type { StringValue } from '../../parse/sql/ast.js';
import type { TextSource } from '../../parse/sql/kept-text.js';

/** Where a secret is written and what it is (a key or parameter name: never the value). */
interface Secret {
  readonly span: Span;
  readonly what: string;
  readonly where: string;
}

export const rule: Rule<DocumentSubject, 'secret'> = {
  id: 'plaintext-secret',
  meta: {
    description: 'A password or storage credential written in plain text in a config, an import location or a backup target.',
    rationale:
      'Committed credentials are readable by everyone with access to the repository and its history; rotate them and pass them at run time.',
    defaultSeverity: 'error',
    category: 'security',
    stage: 'document',
    anchor: 'the value',
    docs: 'docs/rules/plaintext-secret.md',
    summary: 'a password or storage credential committed in plain text',
    messages: {
      secret: {
        message: '{{what}} is written in plain text in {{where}}',
        help: 'remove it, rotate the credential, and supply it at run time (environment variables, an IAM role, a credentials file outside the repository)',
      },
    },
  },
  check(subject): Diagnostic[] {
    const secrets = subject.kind === 'sql' ? sqlSecrets(subject) : lightningSecrets(subject);
    return secrets.map((s) =>
      report(rule, 'secret', { what: s.what, where: s.where }, { span: s.span, fingerprintKey: s.what, secretSpan: true }),
    );
  },
};

/**
 * Credentials inside a string literal. `valueStart` is where the decoded value starts in the file
 * when the literal has no escapes (offsets then map one to one); otherwise the whole literal is
 * the anchor.
 */
function uriSecrets(
  value: string,
  literal: Span,
  valueStart: number | undefined,
  where: string,
  find: (v: string) => UriCredential[] = findUriCredentials,
): Secret[] {
  return find(value).map((c) => ({
    span: valueStart === undefined ? literal : { start: valueStart + c.start, end: valueStart + c.end },
    what: c.param === 'password' ? 'A password in the URI' : `The \`${c.param}\` parameter`,
    where,
  }));
}

/** Where a literal's value starts, when the literal holds it unescaped. */
function valueStart(text: TextSource, s: { readonly value: string; readonly span: Span }): number | undefined {
  return text.slice(s.span.start + 1, s.span.end - 1) === s.value ? s.span.start + 1 : undefined;
}

function sqlSecrets(subject: Extract<DocumentSubject, { kind: 'sql' }>): Secret[] {
  const { text, jobs } = subject;
  const secrets: Secret[] = [];
  for (const stmt of jobs.imports) {
    if (stmt.source?.kind === 'file') {
      const loc = stmt.source.location;
      secrets.push(...uriSecrets(loc.value, loc.span, valueStart(text, loc), 'the IMPORT INTO location'));
    }
    for (const o of stmt.options) {
      if (o.name === 'cloud_storage_uri' && o.value?.kind === 'string' && typeof o.value.value === 'string') {
        const v = o.value as { value: string; span: Span };
        secrets.push(...uriSecrets(v.value, v.span, valueStart(text, v), '`CLOUD_STORAGE_URI`'));
      }
    }
  }
  for (const stmt of subject.statements) {
    if (stmt.kind === 'backup' && stmt.location) {
      secrets.push(...uriSecrets(stmt.location.value, stmt.location.span, valueStart(text, stmt.location), 'the BACKUP target'));
    }
    // `RESTORE ... FROM 's3://...?secret-access-key=...'`, and RESTORE POINT's FULL_BACKUP_STORAGE.
    if (stmt.kind === 'restore') {
      for (const { value, after } of stmt.strings) {
        const where =
          after === 'FROM'
            ? 'the RESTORE source'
            : after && /^[A-Z_][A-Z0-9_]{0,63}$/.test(after)
              ? `\`${after}\``
              : 'the RESTORE statement';
        secrets.push(...uriSecrets(value.value, value.span, valueStart(text, value), where));
      }
    }
    // `LOAD DATA ... INFILE 's3://...?secret-access-key=...'`: the location is a storage URI like IMPORT INTO's.
    if (stmt.kind === 'load-data' && stmt.file) {
      const file: StringValue = stmt.file;
      secrets.push(...uriSecrets(file.value, file.span, valueStart(text, file), 'the LOAD DATA location'));
    }
  }
  return secrets;
}

function lightningSecrets(subject: Extract<DocumentSubject, { kind: 'lightning' }>): Secret[] {
  const { config, doc, text } = subject;
  const secrets: Secret[] = [];
  if (config.password && isSecretValue(config.password.value, false)) {
    secrets.push({ span: config.password.span, what: 'The `[tidb] password`', where: 'this Lightning config' });
  }
  if (config.dataSourceDir) {
    const d = config.dataSourceDir;
    secrets.push(...uriSecrets(d.value, d.span, valueStart(text, d), '`[mydumper] data-source-dir`'));
  }
  const dsn = doc.entry(['checkpoint', 'dsn']);
  if (dsn && typeof dsn.value === 'string') {
    const located = { value: dsn.value, span: dsn.valueSpan };
    secrets.push(...uriSecrets(dsn.value, dsn.valueSpan, valueStart(text, located), '`[checkpoint] dsn`', findCheckpointDsnCredentials));
  }
  return secrets;
}
