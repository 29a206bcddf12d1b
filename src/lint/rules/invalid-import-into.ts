import type { Diagnostic } from '../../core/types.js';
import type { MessageTemplate, Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report } from './report.js';
import { validateImportInto, type ImportIntoProblem, type ImportIntoProblemKind } from '../../parse/sql/validate-import-into.js';

/** Every bad value is the same headline; the help says what the value must be. */
const badValue = (help: string): MessageTemplate => ({
  message: 'TiDB rejects {{option}}={{value}} (error 8164, ErrInvalidOptionVal)',
  help,
});
const USE_PATH_OR_URI = "use an absolute server path ('/data/file.csv') or a cloud storage URI (s3://, gs://, azure://)";

export const rule: Rule<DocumentSubject, ImportIntoProblemKind | 'setFunction' | 'inTransaction'> = {
  id: 'invalid-import-into',
  meta: {
    description:
      'An IMPORT INTO statement TiDB would reject: bad options, formats, locations, SELECT-source restrictions, or an explicit transaction.',
    rationale: 'A migration that fails on TiDB is better found at review time than when it runs.',
    defaultSeverity: 'error',
    category: 'correctness',
    stage: 'document',
    anchor: 'the offending token',
    docs: 'docs/rules/invalid-import-into.md',
    summary: 'an IMPORT INTO statement TiDB would reject',
    // One message per check of src/parse/sql/validate-import-into.ts (which cites TiDB's source), by its problem kind.
    messages: {
      selectVariable: {
        message: "TiDB's parser rejects user variable @{{name}} in IMPORT INTO ... FROM SELECT",
        help: 'list table columns only, and compute values in the SELECT',
      },
      selectSet: {
        message: "TiDB's parser rejects a SET clause in IMPORT INTO ... FROM SELECT",
        help: 'compute the values in the SELECT instead',
      },
      unsupportedFormat: {
        message: "TiDB rejects FORMAT '{{format}}' (error 8157, ErrLoadDataUnsupportedFormat)",
        help: "use 'csv', 'sql' or 'parquet'",
      },
      unknownOptionNear: {
        message: 'TiDB rejects unknown IMPORT INTO option {{option}} (error 8163, ErrUnknownOption)',
        help: 'did you mean {{near}}?',
      },
      unknownOption: {
        message: 'TiDB rejects unknown IMPORT INTO option {{option}} (error 8163, ErrUnknownOption)',
        help: 'remove it or fix its spelling',
      },
      removedOption: {
        message: 'TiDB rejects unknown IMPORT INTO option {{option}} (error 8163, ErrUnknownOption)',
        help: '{{option}} existed only in 2023 development versions and was removed; remove it or fix its spelling',
      },
      duplicateOption: { message: 'TiDB rejects option {{option}} given twice (error 8165, ErrDuplicateOption)', help: 'keep one' },
      missingValue: {
        message: 'TiDB rejects option {{option}} without a value (error 8164, ErrInvalidOptionVal)',
        help: 'write {{option}}=<value>',
      },
      flagWithValue: {
        message: 'TiDB rejects a value for flag option {{option}} (error 8164, ErrInvalidOptionVal)',
        help: 'write just {{option}}',
      },
      notString: badValue('{{option}} must be a quoted string'),
      notInteger: badValue('{{option}} must be an integer {{bound}}'),
      notSize: badValue("{{option}} must be a size like '100GiB' or '512MiB'"),
      sizeNotPositive: badValue("{{option}} must be a size greater than zero, like '100GiB' or '512MiB'"),
      notCharset: badValue('{{option}} must be one of {{allowed}}'),
      empty: badValue('{{option}} must not be empty'),
      tooLong: badValue('{{option}} must be at most one byte'),
      negative: badValue('{{option}} must not be negative'),
      notPositive: badValue('{{option}} must be greater than zero'),
      belowMinusOne: badValue('{{option}} must be -1 (unlimited) or more'),
      notChecksumLevel: badValue("{{option}} must be 'required', 'optional' or 'off'"),
      badGroupKey: badValue("{{option}} must be 1 to 256 characters, only letters, digits, `_` and `-` (TiDB's naming rule)"),
      badCloudStorageUri: badValue('{{option}} must be an s3:// or gs:// URI (or empty for local sort)'),
      csvOnlyFormat: {
        message:
          "TiDB rejects CSV-only option {{option}} for a non-CSV source (error 8166, ErrLoadDataUnsupportedOption; FORMAT is '{{format}}')",
        help: 'remove the option or import CSV',
      },
      csvOnlySuffix: {
        message:
          'TiDB rejects CSV-only option {{option}} for a non-CSV source (error 8166, ErrLoadDataUnsupportedOption; the file name says {{format}})',
        help: 'remove the option or import CSV',
      },
      notWithSelect: {
        message: 'TiDB rejects option {{option}} in IMPORT INTO ... FROM SELECT (error 8166, ErrLoadDataUnsupportedOption)',
        help: 'only THREAD and DISABLE_PRECHECK apply; remove it',
      },
      splitFileSkipRows: {
        message: 'TiDB rejects SKIP_ROWS greater than 1 together with SPLIT_FILE (error 8164, ErrInvalidOptionVal)',
        help: 'use SKIP_ROWS=0 or 1, or drop SPLIT_FILE',
      },
      splitFileNoTerminator: {
        message: 'TiDB rejects SPLIT_FILE without LINES_TERMINATED_BY (error 8164, ErrInvalidOptionVal)',
        help: "add LINES_TERMINATED_BY='\\n' (the files' line ending)",
      },
      emptyLocation: {
        message: 'TiDB rejects an empty file location (error 8156, ErrLoadDataEmptyPath)',
        help: 'give an absolute server path or a cloud storage URI',
      },
      relativeLocation: {
        message: 'TiDB rejects a relative or non-path file location (error 8158, ErrLoadDataInvalidURI)',
        help: USE_PATH_OR_URI,
      },
      noDataSuffix: {
        message: 'TiDB refuses server-disk files without a data suffix (error 8158, ErrLoadDataInvalidURI)',
        help: 'name the file *.csv, *.sql or *.parquet (optionally compressed: {{suffixes}})',
      },
      wildcardDirectory: {
        message: 'TiDB allows wildcards (*, [...]) only in the file name, not in directories (error 8158, ErrLoadDataInvalidURI)',
        help: 'list one directory per statement',
      },
      badScheme: {
        message: 'TiDB cannot read IMPORT INTO data from a {{scheme}}:// location (error 8158, ErrLoadDataInvalidURI)',
        help: USE_PATH_OR_URI,
      },
      setFunction: {
        message:
          'TiDB rejects {{name}} in an IMPORT INTO column assignment: "FUNCTION {{name}} is not supported in IMPORT INTO column assignment, index {{index}}"',
        help: 'compute the value without {{upper}}, or set the column after the import',
      },
      inTransaction: {
        message: 'IMPORT INTO cannot run in an explicit transaction, and the one `{{begin}}` opened is still open here',
        help: 'COMMIT the transaction before the import, or move the import out of it',
      },
    },
  },
  check(subject): Diagnostic[] {
    if (subject.kind !== 'sql') return [];
    const out: Diagnostic[] = [];
    for (const stmt of subject.jobs.imports) {
      for (const p of validateImportInto(stmt)) {
        out.push(report(rule, p.kind, p.data, { span: p.span, fingerprintKey: `${p.code}:${fingerprintText(p)}` }));
      }
    }
    for (const stmt of subject.jobs.imports) {
      stmt.assignments.forEach((a, index) => {
        for (const f of a.rejectedFunctions) {
          const upper = f.name.toUpperCase();
          const legacy = `TiDB rejects this statement: "FUNCTION ${f.name} is not supported in IMPORT INTO column assignment, index ${index}". Compute the value without ${upper}, or set the column after the import.`;
          out.push(report(rule, 'setFunction', { name: f.name, upper, index }, { span: f.span, fingerprintKey: `0:${legacy}` }));
        }
      });
    }
    for (const { statement, beginKeyword } of subject.jobs.inTransaction) {
      const at = beginKeyword.toUpperCase();
      const legacy = `IMPORT INTO cannot run inside an explicit transaction (TiDB: "cannot run IMPORT INTO in explicit transaction"): the transaction opened by \`${at}\` is still open here. COMMIT it before the import, or move the import out of the transaction.`;
      out.push(report(rule, 'inTransaction', { begin: at }, { span: statement.importKeywordSpan, fingerprintKey: `0:${legacy}` }));
    }
    return out;
  },
};

/**
 * Frozen: the text the validator gave each problem before its wording moved to the templates
 * above. Fingerprints are built from it (baselines record them), so it never changes when a
 * message is reworded (test/engine/fingerprint-stability.test.ts).
 */
function fingerprintText({ kind, data }: ImportIntoProblem): string {
  const option = data['option'] ?? '';
  const rejects = `TiDB rejects ${option}=${data['value'] ?? ''} (error 8164, ErrInvalidOptionVal): ${option}`;
  const how = "use an absolute server path ('/data/file.csv') or a cloud storage URI (s3://, gs://, azure://)";
  const csvOnly = (how: string) =>
    `TiDB rejects CSV-only option ${option} for a non-CSV source (error 8166, ErrLoadDataUnsupportedOption; ${how}): remove the option or import CSV.`;
  const unknown = `TiDB rejects unknown IMPORT INTO option ${option} (error 8163, ErrUnknownOption):`;
  switch (kind) {
    case 'selectVariable':
      return `TiDB's parser rejects user variable @${data['name']} in IMPORT INTO ... FROM SELECT: list table columns only, and compute values in the SELECT.`;
    case 'selectSet':
      return "TiDB's parser rejects a SET clause in IMPORT INTO ... FROM SELECT: compute the values in the SELECT instead.";
    case 'unsupportedFormat':
      return `TiDB rejects FORMAT '${data['format']}' (error 8157, ErrLoadDataUnsupportedFormat): use 'csv', 'sql' or 'parquet'.`;
    case 'unknownOptionNear':
      return `${unknown} did you mean ${data['near']}?`;
    case 'unknownOption':
      return `${unknown} remove it or fix its spelling.`;
    case 'removedOption':
      return `${unknown} ANALYZE_TABLE existed only in 2023 development versions and was removed; remove it or fix its spelling.`;
    case 'duplicateOption':
      return `TiDB rejects option ${option} given twice (error 8165, ErrDuplicateOption): keep one.`;
    case 'missingValue':
      return `TiDB rejects option ${option} without a value (error 8164, ErrInvalidOptionVal): write ${option}=<value>.`;
    case 'flagWithValue':
      return `TiDB rejects a value for flag option ${option} (error 8164, ErrInvalidOptionVal): write just ${option}.`;
    case 'notString':
      return `${rejects} must be a quoted string.`;
    case 'notInteger':
      return `${rejects} must be an integer ${data['bound']}.`;
    case 'notSize':
      return `${rejects} must be a size like '100GiB' or '512MiB'.`;
    case 'sizeNotPositive':
      return `${rejects} must be a size greater than zero, like '100GiB' or '512MiB'.`;
    case 'notCharset':
      return `${rejects} must be one of ${data['allowed']}.`;
    case 'empty':
      return `${rejects} must not be empty.`;
    case 'tooLong':
      return `${rejects} must be at most one byte.`;
    case 'negative':
      return `${rejects} must not be negative.`;
    case 'notPositive':
      return `${rejects} must be greater than zero.`;
    case 'belowMinusOne':
      return `${rejects} must be -1 (unlimited) or more.`;
    case 'notChecksumLevel':
      return `${rejects} must be 'required', 'optional' or 'off'.`;
    case 'badGroupKey':
      return `${rejects} must be 1 to 256 characters, only letters, digits, \`_\` and \`-\` (TiDB's naming rule).`;
    case 'badCloudStorageUri':
      return `${rejects} must be an s3:// or gs:// URI (or empty for local sort).`;
    case 'csvOnlyFormat':
      return csvOnly(`FORMAT is '${data['format']}'`);
    case 'csvOnlySuffix':
      return csvOnly(`the file name says ${data['format']}`);
    case 'notWithSelect':
      return `TiDB rejects option ${option} in IMPORT INTO ... FROM SELECT (error 8166, ErrLoadDataUnsupportedOption): only THREAD and DISABLE_PRECHECK apply; remove it.`;
    case 'splitFileSkipRows':
      return 'TiDB rejects SKIP_ROWS greater than 1 together with SPLIT_FILE (error 8164, ErrInvalidOptionVal): use SKIP_ROWS=0 or 1, or drop SPLIT_FILE.';
    case 'splitFileNoTerminator':
      return "TiDB rejects SPLIT_FILE without LINES_TERMINATED_BY (error 8164, ErrInvalidOptionVal): add LINES_TERMINATED_BY='\\n' (the files' line ending).";
    case 'emptyLocation':
      return 'TiDB rejects an empty file location (error 8156, ErrLoadDataEmptyPath): give an absolute server path or a cloud storage URI.';
    case 'relativeLocation':
      return `TiDB rejects a relative or non-path file location (error 8158, ErrLoadDataInvalidURI): ${how}.`;
    case 'noDataSuffix':
      return `TiDB refuses server-disk files without a data suffix (error 8158, ErrLoadDataInvalidURI): name the file *.csv, *.sql or *.parquet (optionally compressed: ${data['suffixes']}).`;
    case 'wildcardDirectory':
      return 'TiDB allows wildcards (*, [...]) only in the file name, not in directories (error 8158, ErrLoadDataInvalidURI): list one directory per statement.';
    case 'badScheme':
      return `TiDB cannot read IMPORT INTO data from a ${data['scheme']}:// location (error 8158, ErrLoadDataInvalidURI): ${how}.`;
  }
}
