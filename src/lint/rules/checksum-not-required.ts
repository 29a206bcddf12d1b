import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report } from './report.js';

/**
 * The post-import checksum (`ADMIN CHECKSUM TABLE` after the import) set to `off` or `optional`:
 * IMPORT INTO's `CHECKSUM_TABLE` option (default `required`; TiDB pkg/executor/importer/import.go
 * `checksumTableOption`) and Lightning's `[post-restore] checksum` (default `required`; `false`
 * and `true` are the older spellings of `off` and `required`). A warning by default: a policy
 * that requires checksums sets `checksum-not-required: error` in its `rules:` map, one that does
 * not care sets it `off`.
 */
export const rule: Rule<DocumentSubject, 'importInto' | 'lightning'> = {
  id: 'checksum-not-required',
  meta: {
    description:
      'An import that switches the post-import checksum off, or makes a mismatch a mere warning (`CHECKSUM_TABLE`, `[post-restore] checksum`).',
    rationale:
      'The checksum compares what was imported with what was read; without it, a partial or corrupted physical import completes as if it had succeeded.',
    defaultSeverity: 'warning',
    category: 'correctness',
    stage: 'document',
    anchor: 'the `CHECKSUM_TABLE` option; the `[post-restore] checksum` key',
    docs: 'docs/rules/checksum-not-required.md',
    summary: 'an import that switches the post-import checksum off or makes it optional',
    messages: {
      importInto: {
        message: "`CHECKSUM_TABLE='{{value}}'` lets this IMPORT INTO of {{table}} finish without a verified checksum",
        help: "remove the option (the default is `'required'`), or write `CHECKSUM_TABLE='required'`",
      },
      lightning: {
        message: '`checksum = {{value}}` lets this physical import finish without a verified checksum',
        help: 'write `checksum = "required"` under `[post-restore]` (the default), or remove the key',
      },
    },
  },
  check(subject): Diagnostic[] {
    if (subject.kind === 'sql') {
      const out: Diagnostic[] = [];
      for (const stmt of subject.jobs.imports) {
        for (const o of stmt.options) {
          if (o.name !== 'checksum_table' || typeof o.value?.value !== 'string') continue;
          const value = o.value.value.toLowerCase();
          if (value !== 'off' && value !== 'false' && value !== 'optional') continue;
          const table = stmt.table ? `\`${stmt.table.schema ? `${stmt.table.schema.value}.` : ''}${stmt.table.name.value}\`` : 'its table';
          out.push(report(rule, 'importInto', { value, table }, { span: o.span, fingerprintKey: value }));
        }
      }
      return out;
    }
    // The logical backend writes SQL and runs no post-import checksum: the key means nothing there.
    if (subject.config.backend?.value.toLowerCase() === 'tidb') return [];
    const entry = subject.doc.entry(['post-restore', 'checksum']);
    if (!entry) return [];
    const value = entry.value;
    const weak = value === false || (typeof value === 'string' && ['off', 'optional', 'false'].includes(value.toLowerCase()));
    if (!weak) return [];
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    const span = { start: entry.keySpan.start, end: entry.valueSpan.end };
    // The key as written (`checksum`, or dotted `post-restore.checksum`) keeps its place.
    const fix = {
      title: 'Require the checksum',
      span,
      replacement: `${subject.text.slice(entry.keySpan.start, entry.keySpan.end)} = "required"`,
    };
    return [report(rule, 'lightning', { value: shown }, { span, fingerprintKey: shown, fix })];
  },
};
