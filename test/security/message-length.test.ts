/**
 * Messages have a bounded length (issue 8 item 15: one finding was 338 KB, a 10,000-rule filter
 * quoted whole). Lists are cut with a count of what was left out; the whole message is bounded by
 * MAX_MESSAGE_LENGTH as a backstop, cut between whole escapes; review comments and summaries stay
 * within GitHub's limits.
 */
import { describe, expect, it } from 'vitest';
import { renderReviewComment } from '../../src/report/github-comments.js';
import { renderSummary } from '../../src/report/github-summary.js';
import { formatText } from '../../src/report/text.js';
import { MAX_MESSAGE_LENGTH } from '../../src/lint/sanitize.js';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const RULES = 10_000;

describe('message length', () => {
  it('a 10,000-rule filter gives messages that quote a few rules and count the rest', async () => {
    const rules = Array.from({ length: RULES }, (_, i) => `'app${i}.orders_${'x'.repeat(20)}*'`).join(', ');
    // A 20 KB key name with control characters: the unknown-key message quotes it whole, so the
    // message bound (not a list cut) is what holds.
    const hugeKey = JSON.stringify(`k${'\u001by'.repeat(10_000)}`);
    const { result, findings } = await lint(
      {
        'deploy/prod/big.toml': `[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = [${rules}]\n`,
        'deploy/prod/huge.toml': `[tikv-importer]\nbackend = "tidb"\n[tidb]\n${hugeKey} = 1\n`,
      },
      SIMPLE_POLICY,
    );
    expect(findings.map((f) => `${f.file}:${f.rule}`)).toEqual([
      'deploy/prod/big.toml:precheck-blocks-import',
      'deploy/prod/huge.toml:invalid-lightning-config',
    ]);
    const longest = Math.max(...findings.flatMap((f) => [f.message.length, f.help?.length ?? 0]));
    expect(longest).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    const big = findings.filter((f) => f.file === 'deploy/prod/big.toml');
    expect(big.some((f) => `${f.message} ${f.help}`.includes(`${(RULES - 5).toLocaleString('en-US')} more rules`))).toBe(true);
    const cut = findings.find((f) => f.file === 'deploy/prod/huge.toml')!.message;
    expect(cut).toMatch(/^unknown key `tidb\.k(\\x1by)+ … \[[\d,]+ more characters not shown\]$/);
    for (const f of findings) expect(f.message).not.toContain('\u001b');

    const text = formatText(result.report, { colour: false });
    expect(text.length).toBeLessThan(findings.length * (MAX_MESSAGE_LENGTH + 200) + 200);
    const comment = renderReviewComment(findings, {});
    expect(comment.length).toBeLessThan(65_536);
    const summary = renderSummary({ result, scope: 'all files', failOn: 'error', sections: [{ title: 'Findings', findings }] });
    expect(summary.length).toBeLessThan(65_536);
  }, 60_000);
});
