/** `--format text` (cli.md): layout, code frames, secrets and control characters, colour, links. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import type { Report } from '../../src/lint/result.js';
import { formatCompact, formatText } from '../../src/report/text.js';
import { codeFrame } from '../../src/report/code-frame.js';
import { groupFindings } from '../../src/report/groups.js';
import { alternatives, groupHelp } from '../../src/report/help.js';
import { wantsHyperlinks } from '../../src/shells/cli/conventions.js';

function finding(overrides: Partial<Finding> & Pick<Finding, 'file' | 'line'>): Finding {
  const rule = overrides.rule ?? 'log-backup-gap';
  return {
    rule,
    severity: 'error',
    column: 1,
    endLine: overrides.line,
    endColumn: 18,
    message: `${rule} message`,
    suppressed: false,
    fingerprint: `${rule}:${overrides.file}:${overrides.line}:${overrides.column ?? 1}`,
    ...overrides,
  };
}

function report(findings: Finding[]): Report {
  const count = (s: string): number => findings.filter((f) => !f.suppressed && f.severity === s).length;
  return {
    version: 1,
    tool: { name: 'tidb-import-guard', version: '1.0.0' },
    policy: 'p.yml',
    findings,
    summary: {
      files: 1,
      jobs: 1,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      suppressed: findings.filter((f) => f.suppressed).length,
    },
  };
}

const FILE = ['[tikv-importer]', 'backend = "local"', '[tidb]', 'password = "hunter2"'];
const lineText = (_file: string, n: number): string | undefined => FILE[n - 1];

describe('text format', () => {
  it('has the layout of cli.md: headline, location, excerpt underlined, help with alternatives', () => {
    const f = {
      ...finding({
        file: 'deploy/prod/orders.toml',
        line: 2,
        message: 'this physical import bypasses log backup `pitr_prod` for `app.orders`',
      }),
      help: 'take a snapshot right after it: `BACKUP TABLE app.orders TO \'<storage>\';`; or use logical mode: `backend = "tidb"`',
    } as Finding;
    expect(formatText(report([f]), { colour: false, lineText })).toBe(
      [
        'error[log-backup-gap]: this physical import bypasses log backup `pitr_prod` for `app.orders`',
        '  --> deploy/prod/orders.toml:2:1',
        '   |',
        ' 2 | backend = "local"',
        '   | ^^^^^^^^^^^^^^^^^',
        "   = help: take a snapshot right after it: BACKUP TABLE app.orders TO '<storage>';",
        '     or use logical mode: backend = "tidb"',
        '',
        '1 error, 0 warnings, 0 notices in 1 file, 1 import job.',
        '',
      ].join('\n'),
    );
  });

  it('shows the findings of one job as one block, the fixes they share once', () => {
    const gap = { ...finding({ file: 'a.toml', line: 2, job: 'j' }), help: 'back it up; or use logical mode' } as Finding;
    const feed = {
      ...finding({ file: 'a.toml', line: 2, rule: 'changefeed-gap', job: 'j' }),
      help: 'load the downstream; or use logical mode',
    } as Finding;
    const override = finding({ file: 'a.toml', line: 1, rule: 'precheck-override', job: 'j', endColumn: 16 });
    const text = formatText(report([override, gap, feed]), { colour: false, lineText });
    expect(text.match(/^error\[/gm)).toHaveLength(1);
    expect(text).toContain('error[precheck-override]: precheck-override message');
    expect(text).toContain('^^^^^^^^^^^^^^^ precheck-override');
    expect(text).toContain('^^^^^^^^^^^^^^^^^ changefeed-gap, log-backup-gap');
    expect(text).toContain('\n   = error[changefeed-gap]: changefeed-gap message\n     help: load the downstream\n');
    expect(text.match(/use logical mode/g)).toHaveLength(1);
    expect(text).toContain('   = or instead, for all of the above: use logical mode');
  });

  it('never echoes a secret or a control character from the source', () => {
    const secret = finding({ file: 'a.toml', line: 4, rule: 'plaintext-secret', column: 13, endColumn: 20 });
    const other = finding({ file: 'a.toml', line: 4, rule: 'invalid-lightning-config', column: 1, endColumn: 9, severity: 'warning' });
    // The secret's finding hidden (--quiet shows errors only): its span is masked all the same.
    const text = formatText(report([other]), { colour: false, lineText, secrets: [secret] });
    expect(text).not.toContain('hunter2');
    expect(text).toContain('password = "***"');
    // With no secret finding at all (the rule off), a password assignment is masked by shape.
    expect(formatText(report([other]), { colour: false, lineText, secrets: [] })).not.toContain('hunter2');
    const uri = "data-source-dir = 's3://b/x?access-key=AKIAEXAMPLE&secret-access-key=abc123'\u001b[2J\r";
    const frame = codeFrame([finding({ file: 'a', line: 1 })], () => uri, []);
    expect(frame[0]!.text).not.toMatch(/abc123|AKIAEXAMPLE|[\u0000-\u001f]/);
    expect(frame[0]!.text).toContain('\\x1b[2J');
  });

  it('cuts a long line to a window around the span', () => {
    const long = `${'x'.repeat(100_000)}backend = "local"${'y'.repeat(100_000)}`;
    const frame = codeFrame([finding({ file: 'a', line: 1, column: 100_001, endColumn: 100_018 })], () => long, []);
    expect(frame[0]!.text.length).toBeLessThan(130);
    expect(frame[0]!.text).toContain('backend = "local"');
    const at = frame[0]!.underline!.indexOf('^');
    expect(frame[0]!.text.slice(at, at + 17)).toBe('backend = "local"');
  });

  it('colours and links only when asked', () => {
    const f = finding({ file: 'a.toml', line: 2 });
    const plain = formatText(report([f]), { colour: false, hyperlinks: false, lineText });
    expect(plain).not.toContain('\u001b');
    const linked = formatText(report([f]), { colour: true, hyperlinks: true, lineText });
    expect(linked).toContain(
      '\u001b]8;;https://github.com/tidb-import-guard/tidb-import-guard/blob/v1.0.0/docs/rules/log-backup-gap.md\u001b\\log-backup-gap\u001b]8;;\u001b\\',
    );
    expect(linked).toContain('\u001b[31m');
  });

  it('compact keeps the one-line form', () => {
    const f = finding({ file: 'a.toml', line: 2, message: 'm' });
    expect(formatCompact(report([f]), { colour: false })).toBe(
      'a.toml:2:1: error: m [log-backup-gap]\n1 error, 0 warnings, 0 notices in 1 file, 1 import job.\n',
    );
  });
});

describe('hyperlink detection', () => {
  const tty = { colour: true, isTTY: true, toFile: false };
  it('is on only for terminals known to support OSC 8', () => {
    expect(wantsHyperlinks({ ...tty, env: { TERM_PROGRAM: 'iTerm.app' } })).toBe(true);
    expect(wantsHyperlinks({ ...tty, env: { VTE_VERSION: '7200' } })).toBe(true);
    expect(wantsHyperlinks({ ...tty, env: { VTE_VERSION: '4800' } })).toBe(false);
    expect(wantsHyperlinks({ ...tty, env: { TERM: 'xterm-256color' } })).toBe(false);
    expect(wantsHyperlinks({ ...tty, env: { TERM_PROGRAM: 'vscode', CI: 'true' } })).toBe(false);
    expect(wantsHyperlinks({ ...tty, env: { TERM_PROGRAM: 'WezTerm', TMUX: '/tmp/x' } })).toBe(false);
    expect(wantsHyperlinks({ ...tty, isTTY: false, env: { TERM_PROGRAM: 'iTerm.app' } })).toBe(false);
    expect(wantsHyperlinks({ ...tty, colour: false, env: { TERM_PROGRAM: 'iTerm.app' } })).toBe(false);
    expect(wantsHyperlinks({ ...tty, isTTY: false, env: { FORCE_HYPERLINK: '1' } })).toBe(true);
    expect(wantsHyperlinks({ ...tty, env: { TERM_PROGRAM: 'iTerm.app', FORCE_HYPERLINK: '0' } })).toBe(false);
  });
});

describe('groups and shared help', () => {
  it('joins findings of one job or one line, anchored where most of them are', () => {
    const a = finding({ file: 'a', line: 1, rule: 'precheck-override', job: 'j' });
    const b = finding({ file: 'a', line: 5, job: 'j' });
    const c = finding({ file: 'a', line: 5, rule: 'changefeed-gap', job: 'j' });
    const d = finding({ file: 'a', line: 5, rule: 'unsupported-on-version' });
    const e = finding({ file: 'b', line: 5, job: 'j' });
    const groups = groupFindings([a, b, c, d, e]);
    expect(groups.map((g) => [g.anchor.file, g.anchor.line, g.findings.map((f) => f.rule)])).toEqual([
      ['a', 5, ['unsupported-on-version', 'precheck-override', 'changefeed-gap', 'log-backup-gap']],
      ['b', 5, ['log-backup-gap']],
    ]);
  });

  it('splits alternatives and finds the shared ones', () => {
    expect(alternatives('a: `x; or y;`; or b; or c.')).toEqual(['a: `x; or y;`', 'b', 'c']);
    const f1 = { ...finding({ file: 'a', line: 1 }), help: 'one; or logical; or exempt a' } as Finding;
    const f2 = { ...finding({ file: 'a', line: 1, rule: 'x' }), help: 'two; or logical; or exempt b' } as Finding;
    const h = groupHelp([f1, f2]);
    expect(h.shared).toEqual(['logical']);
    expect(h.own.get(f1)).toEqual(['one', 'exempt a']);
  });

  it('keeps an aside the group repeats word for word on the first finding only', () => {
    const why = ' (it runs unchecked: `DISABLE_PRECHECK` switches off the precheck)';
    const f1 = { ...finding({ file: 'a', line: 1 }), help: `backup; or exempt a${why}` } as Finding;
    const f2 = { ...finding({ file: 'a', line: 1, rule: 'x' }), help: `import into dr; or exempt b${why}` } as Finding;
    const f3 = { ...finding({ file: 'a', line: 1, rule: 'y' }), help: 'load; or exempt c (a different aside)' } as Finding;
    const h = groupHelp([f1, f2, f3]);
    expect(h.own.get(f1)).toEqual(['backup', `exempt a${why}`]);
    expect(h.own.get(f2)).toEqual(['import into dr', 'exempt b']);
    expect(h.own.get(f3)).toEqual(['load', 'exempt c (a different aside)']);
  });
});

describe('one import, one message, on the example repository', () => {
  it('the engine gives the findings of one import job one job key, so every report groups them', async () => {
    const { checkRepository } = await import('../../src/shells/check-repository.js');
    const root = new URL('../../examples/', import.meta.url).pathname;
    const outcome = await checkRepository({ cwd: root, root, policyPath: new URL('../../policies/example.yml', import.meta.url).pathname });
    const invoices = outcome.result.report.findings.filter(
      (f) => f.file === 'migrations/prod/2026-11-21-import-invoices.sql' && !f.suppressed,
    );
    expect(invoices.map((f) => f.rule).sort()).toEqual(['changefeed-gap', 'changefeed-gap', 'log-backup-gap', 'precheck-override']);
    expect(new Set(invoices.map((f) => f.job)).size).toBe(1);
    expect(invoices[0]!.job).toBeDefined();
    const groups = groupFindings(invoices);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.findings[0]!.rule).toBe('precheck-override');
    expect(groups[0]!.anchor.line).toBe(4);
  });
});

describe('an override shown with its gaps', () => {
  it('leaves out the help that lists the gaps again; alone, it keeps it', () => {
    const override = {
      ...finding({ file: 'a', line: 1, rule: 'precheck-override', job: 'j' }),
      help: 'complete the procedure (the gaps again)',
    } as Finding;
    const gap = { ...finding({ file: 'a', line: 2, job: 'j' }), help: 'back it up' } as Finding;
    expect(groupHelp([override, gap]).own.get(override)).toEqual([]);
    expect(groupHelp([override]).own.get(override)).toEqual(['complete the procedure (the gaps again)']);
  });
});
