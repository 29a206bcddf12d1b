import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report, splitHeadline } from './report.js';
import { validateImportInto } from '../../parse/sql/validate-import-into.js';
import { rejectedSetFunctions } from '../../parse/sql/set-functions.js';

export const rule: Rule<DocumentSubject, 'problem' | 'setFunction' | 'inTransaction'> = {
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
    messages: {
      // Worded by the validator (src/sql/validate-import-into.ts), which cites TiDB's error per check.
      problem: { message: '{{headline}}', help: '{{help}}' },
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
        // The fingerprint stays the validator's code and whole text, as before the cut.
        out.push(report(rule, 'problem', splitHeadline(p.message), { span: p.span, fingerprintKey: `${p.code}:${p.message}` }));
      }
    }
    for (const stmt of subject.jobs.imports) {
      stmt.assignments.forEach((a, index) => {
        for (const f of rejectedSetFunctions(a.expressionText)) {
          const start = a.expressionSpan.start + f.offset;
          const upper = f.name.toUpperCase();
          const legacy = `TiDB rejects this statement: "FUNCTION ${f.name} is not supported in IMPORT INTO column assignment, index ${index}". Compute the value without ${upper}, or set the column after the import.`;
          out.push(
            report(
              rule,
              'setFunction',
              { name: f.name, upper, index },
              { span: { start, end: start + f.name.length }, fingerprintKey: `0:${legacy}` },
            ),
          );
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
