/**
 * The Markdown of the sticky pull-request summary comment and of the job summary: a headline with
 * the counts, the posture table (cluster, log backup, changefeeds, jobs, findings by severity,
 * what to do), then lists of findings. Pure; kept under GitHub's 65,536-character comment limit by
 * cutting the lists and saying how many entries were left out.
 */
import type { Finding, Severity } from '../core/types.js';
import type { CheckResult, ClusterPosture } from '../lint/result.js';
import { SEVERITY_LABEL } from './github-comments.js';
import { codeSpan, escapeMarkdownText, inlineMarkdown, linkTarget, tableCell } from './markdown.js';
import { groupFindings, type FindingGroup } from './groups.js';
import { groupHelp } from './help.js';
import { ruleDocUrl } from './doc-links.js';

export { tableCell };

/** GitHub rejects comment bodies of 65,536 characters or more; keep a margin for the tail. */
export const MAX_COMMENT_LENGTH = 65_000;

export interface SummarySection {
  readonly title: string;
  readonly findings: readonly Finding[];
}

export interface SummaryInput {
  readonly result: CheckResult;
  /** What was linted, in words: "4 files changed in #12", "all files". */
  readonly scope: string;
  readonly failOn: Severity | 'never';
  /**
   * Fork mode's publisher: the verdict is the lint run's conclusion as GitHub's `workflow_run`
   * event gives it, never one computed from the artifact's findings (which a forged artifact
   * could make look clean).
   */
  readonly lintRun?: { readonly conclusion?: string };
  /** Hidden marker that makes the comment findable again (summary comment only). */
  readonly marker?: string;
  readonly sections: readonly SummarySection[];
  readonly inline?: {
    readonly posted: number;
    readonly alreadyPosted: number;
    readonly removed: number;
    readonly resolved: number;
    /** Rewritten because a finding's severity changed (an approved weakening); said only when some were. */
    readonly updated?: number;
  };
  readonly annotationsOmitted?: Readonly<Record<Severity, number>>;
  /** Sentences about how this run went (a fallback, a skipped API call). */
  readonly notes?: readonly string[];
  readonly findingLink?: (finding: Finding) => string | undefined;
  /** A rule's doc page; default: at this release (report/doc-links.ts). */
  readonly docsUrl?: (ruleId: string) => string | undefined;
  readonly maxLength?: number;
}

/** Rows of a section shown before the rest fold into a `<details>`. */
export const SUMMARY_ROWS_SHOWN = 10;

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

/** Repository text as a code span inside a table cell. */
function cellCode(text: string): string {
  return codeSpan(text, { table: true, max: 200 });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function countText(counts: { readonly error: number; readonly warning: number; readonly notice: number }): string {
  const parts: string[] = [];
  if (counts.error) parts.push(plural(counts.error, 'error'));
  if (counts.warning) parts.push(plural(counts.warning, 'warning'));
  if (counts.notice) parts.push(plural(counts.notice, 'notice'));
  return parts.length ? parts.join(', ') : 'none';
}

function whatToDo(cluster: ClusterPosture): string {
  const guarded = cluster.logBackup.enabled || cluster.changefeeds.length > 0;
  if (cluster.findings.error > 0) {
    return guarded
      ? 'Fix the errors before merging: import in logical mode (`backend = "tidb"`), or take the backup / load the downstream named in each finding and record it; a reviewed waiver goes in the policy'
      : 'Fix the errors before merging (see each finding)';
  }
  if (cluster.findings.warning > 0) return 'Review the warnings';
  if (cluster.findings.notice > 0) return 'Nothing blocks; notices record the documented procedure';
  if (cluster.jobs === 0) return 'No import jobs in scope';
  return 'Nothing to do';
}

export function renderPostureTable(clusters: readonly ClusterPosture[]): string {
  if (clusters.length === 0) return '_The policy defines no clusters._';
  const rows = clusters.map((cluster) => {
    const logBackup = cluster.logBackup.enabled ? `on${cluster.logBackup.task ? ` (${cellCode(cluster.logBackup.task)})` : ''}` : 'off';
    const changefeeds = cluster.changefeeds.length
      ? cluster.changefeeds
          .map((feed) => `${cellCode(feed.id)} → ${escapeMarkdownText(feed.downstream, { table: true, max: 200 })}`)
          .join('<br>')
      : 'none';
    const clusterName = escapeMarkdownText(cluster.cluster, { table: true, max: 200 });
    const name = cluster.description
      ? `**${clusterName}**<br>${escapeMarkdownText(cluster.description, { table: true, max: 500 })}`
      : `**${clusterName}**`;
    return `| ${name} | v${escapeMarkdownText(cluster.tidbVersion, { table: true, max: 100 })} | ${logBackup} | ${changefeeds} | ${cluster.jobs} | ${countText(cluster.findings)} | ${whatToDo(cluster)} |`;
  });
  return ['| Cluster | TiDB | Log backup | Changefeeds | Jobs | Findings | What to do |', '|---|---|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}

function headline(input: SummaryInput): string {
  const { summary } = input.result.report;
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}, ${summary.suppressed} suppressed`;
  const failing =
    input.failOn !== 'never' &&
    input.result.report.findings.some((finding) => !finding.suppressed && RANK[finding.severity] >= RANK[input.failOn as Severity]);
  if (input.lintRun) {
    const { conclusion } = input.lintRun;
    const verdict =
      conclusion === 'success'
        ? '✅ **The lint run passed**'
        : conclusion === 'failure'
          ? '❌ **The lint run failed**'
          : `⚠️ **The lint run ended ${conclusion ? codeSpan(conclusion, { max: 40 }) : 'without a conclusion'}**`;
    return `${verdict} (its status, as GitHub reports it, is the check). Its artifact reports ${counts}. Policy ${codeSpan(input.result.report.policy, { max: 500 })}; linted ${escapeMarkdownText(input.scope, { max: 500 })}.`;
  }
  const verdict = failing
    ? `❌ **This check fails** (fail-on: \`${input.failOn}\`)`
    : `✅ **This check passes** (fail-on: \`${input.failOn}\`)`;
  return `${verdict}: ${counts}. Policy ${codeSpan(input.result.report.policy, { max: 500 })}; linted ${escapeMarkdownText(input.scope, { max: 500 })} (${plural(summary.files, 'file')}, ${plural(summary.jobs, 'import job')}).`;
}

function ruleCell(ruleId: string, docsUrl: (ruleId: string) => string | undefined): string {
  const code = codeSpan(ruleId, { table: true, max: 100 });
  const target = linkTarget(docsUrl(ruleId));
  return target ? `[${code}](${target})` : code;
}

function helpCell(parts: readonly string[]): string {
  return parts.map((part, i) => `${i > 0 ? 'or ' : ''}${inlineMarkdown(part, { table: true })}`).join('; ');
}

/**
 * One row per group (report/groups.ts): the findings of one import job read as one message, the
 * lead's headline and fix, then a line per other finding with its own fix, then the shared fixes.
 */
function groupRow(group: FindingGroup, link: string | undefined, docsUrl: (ruleId: string) => string | undefined): string {
  const [lead, ...rest] = group.findings as [Finding, ...Finding[]];
  const location = `${group.anchor.file}:${group.anchor.line}`;
  const code = codeSpan(location, { table: true, max: 500 });
  const target = linkTarget(link);
  const where = target ? `[${code}](${target})` : code;
  const helps = groupHelp(group.findings);
  const fix = (f: Finding): string => {
    const own = helps.own.get(f) ?? [];
    return own.length ? ` **Fix:** ${helpCell(own)}` : '';
  };
  const lines = [`${tableCell(lead.message)}${fix(lead)}`];
  for (const f of rest) lines.push(`• ${ruleCell(f.rule, docsUrl)}: ${tableCell(f.message)}${fix(f)}`);
  if (helps.shared.length) lines.push(`**Or instead, for all of the above:** ${helpCell(helps.shared)}`);
  return `| ${SEVERITY_LABEL[lead.severity]} | ${where} | ${ruleCell(lead.rule, docsUrl)} | ${lines.join('<br>')} |`;
}

export function renderSummary(input: SummaryInput): string {
  const maxLength = input.maxLength ?? MAX_COMMENT_LENGTH;
  const head: string[] = [];
  if (input.marker) head.push(input.marker);
  head.push('## TiDB import guard', '', headline(input), '', renderPostureTable(input.result.clusters));

  const tail: string[] = [];
  if (input.inline) {
    const { posted, alreadyPosted, removed, resolved, updated } = input.inline;
    tail.push(
      `Inline review comments: ${posted} new, ${alreadyPosted} already posted, ${removed} removed (fixed), ${resolved} marked resolved${updated ? `, ${updated} updated (a finding's severity changed)` : ''}.`,
    );
  }
  const omitted = input.annotationsOmitted;
  if (omitted && omitted.error + omitted.warning + omitted.notice > 0) {
    tail.push(
      `Not shown as annotations (GitHub shows at most 10 of each severity per step): ${countText(omitted)}. Every finding is in the job summary and the JSON report (the \`report-json\` output).`,
    );
  }
  for (const note of input.notes ?? []) tail.push(`> ${note.replace(/\r\n|\r|\n/g, ' ')}`);
  const tailText = tail.length ? `\n\n${tail.join('\n\n')}` : '';

  let body = head.join('\n');
  // Room for the tail and one "left out" line.
  const budget = maxLength - tailText.length - 200;
  let left = 0;
  const docsUrl = input.docsUrl ?? ((ruleId: string) => ruleDocUrl(ruleId));
  const tableHead = '| Severity | Where | Rule | Message |\n|---|---|---|---|';
  const detailsClose = '\n\n</details>';
  for (const section of input.sections) {
    if (section.findings.length === 0) continue;
    const sectionHead = `\n\n### ${section.title} (${section.findings.length})\n\n${tableHead}`;
    if (left > 0 || body.length + sectionHead.length > budget) {
      left += section.findings.length;
      continue;
    }
    body += sectionHead;
    const groups = groupFindings(section.findings);
    let inDetails = false;
    for (const [index, group] of groups.entries()) {
      // Long lists fold: the first rows stay in view, the rest open on a click.
      if (index === SUMMARY_ROWS_SHOWN && groups.length > SUMMARY_ROWS_SHOWN + 1 && left === 0) {
        const rest = groups.slice(index).reduce((n, g) => n + g.findings.length, 0);
        const open = `\n\n<details><summary>${plural(rest, 'more finding')}</summary>\n\n${tableHead}`;
        if (body.length + open.length + detailsClose.length <= budget) {
          body += open;
          inDetails = true;
        }
      }
      const row = `\n${groupRow(group, input.findingLink?.(group.anchor), docsUrl)}`;
      if (left > 0 || body.length + row.length + (inDetails ? detailsClose.length : 0) > budget) {
        left += group.findings.length;
        continue;
      }
      body += row;
    }
    if (inDetails) body += detailsClose;
  }
  if (left > 0) body += `\n\n…and ${plural(left, 'more finding')} not listed here (the list was cut to stay under GitHub's size limit).`;
  return (body + tailText).slice(0, maxLength);
}
