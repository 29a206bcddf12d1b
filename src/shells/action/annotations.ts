/**
 * Which findings become workflow annotations. GitHub shows at most 10 error and 10 warning
 * annotations per step (and drops the rest silently), so the action chooses: findings on lines
 * the pull request changed first, then the rest in report order; the summary states how many
 * were not shown. Notices get the same cap. Suppressed findings are never annotated.
 */
import type { Finding, Severity } from '../../core/types.js';
import type { CommentableLines } from './patch.js';

export const MAX_ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationPlan {
  readonly shown: readonly Finding[];
  readonly omitted: Readonly<Record<Severity, number>>;
}

export function planAnnotations(
  findings: readonly Finding[],
  patches: ReadonlyMap<string, CommentableLines> | undefined,
  limit: number = MAX_ANNOTATIONS_PER_SEVERITY,
): AnnotationPlan {
  const onChangedLine = (finding: Finding): boolean => patches?.get(finding.file)?.added.has(finding.line) ?? false;
  const shown: Finding[] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofSeverity = findings.filter((finding) => !finding.suppressed && finding.severity === severity);
    // A stable partition keeps report order within each half.
    const ordered = [...ofSeverity.filter(onChangedLine), ...ofSeverity.filter((finding) => !onChangedLine(finding))];
    shown.push(...ordered.slice(0, limit));
    omitted[severity] = Math.max(0, ordered.length - limit);
  }
  return { shown, omitted };
}
