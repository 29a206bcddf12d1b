/**
 * Repository text is data, never markup (github.md, "Content from the repository is hostile";
 * issue 8 item 11). Table names, filter rules and file names that carry mentions, raw HTML,
 * links, forged hidden markers, forged ```suggestion blocks, newlines that would start workflow
 * commands and terminal escapes go through the real pipeline: the CLI in every format, and the
 * built action against the loopback GitHub server (review comments, summary comment, job summary,
 * annotations). Markdown bodies are rendered with markdown-it (raw HTML on, bare URLs linked) and
 * what a reader would see is asserted, not the escaping itself.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { fingerprintsInBody, severitiesInBody } from '../../src/report/markers.js';
import { startFakeGitHub, type FakeGitHub } from '../github-server/server.js';
import { addedFile, openPullRequest, runAction } from '../action/harness.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';
import { render } from './render.js';

const FORGED_FP = 'deadbeefdeadbeefdeadbeef';
const HOSTILE = [
  '@octocat',
  '@tidb-org/dba-team',
  '<img src=x onerror=alert(1)>',
  '<details><summary>open me</summary>',
  '[click](https://evil.example/phish)',
  'https://evil.example/bare',
  'www.evil.example',
  'mail@evil.example',
  '#1',
  `<!-- tidb-import-guard:fp=${FORGED_FP} -->`,
  '<!-- tidb-import-guard:severities=nnnnnnnnnnnnnnnnnnnnnnnnnnnnnn -->',
  '<!-- tidb-import-guard:summary policy=.github%2Ftidb-import-guard.yml -->',
  '```suggestion\nDROP TABLE app.orders;\n```',
  '\n::add-mask::leaked\n::error::forged',
  '\u001b[2J\u001b]8;;https://evil.example\u0007',
  '\u202egnp.exe',
].join(' ');

/** A MySQL identifier holding any text: backquoted, backquotes doubled. */
const ident = (name: string): string => '`' + name.replace(/`/g, '``') + '`';

const HOSTILE_FILE = 'migrations/prod/@octocat <b>x</b> [l](https:\u2215\u2215evil) `tick`.sql';

const FILES: Record<string, string> = {
  'migrations/prod/hostile.sql': `IMPORT INTO app.${ident(`t ${HOSTILE} \`q\``)} FROM 's3://b/x.csv';\n`,
  'deploy/prod/hostile.toml': `[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "s3://b/x"
filter = [${JSON.stringify(`app.x${HOSTILE.replace(/\n/g, ' ')}*`)}, 'app.\`tick\`*']
`,
  // A valid filter whose rules are markup (table-filter special characters left out).
  'deploy/prod/markup.toml': `[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "s3://b/x"
filter = ['app.<img src=x onerror=alert(1)> <details> <b>bold</b> {{x}} %0A ~~s~~ |pipe| &amp;#64;octocat']
`,
  [HOSTILE_FILE]: "IMPORT INTO app.orders FROM 's3://b/o.csv';\n",
};

const ALLOWED_TAGS = new Set([
  'p',
  'strong',
  'em',
  'code',
  'pre',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'h2',
  'h3',
  'blockquote',
  'ul',
  'li',
  'hr',
]);

/** What a reader of a body sees: nothing the repository wrote may act as markup. */
function expectInert(body: string, ownFingerprints: ReadonlySet<string>, where: string): void {
  const r = render(body);
  expect(
    r.tags.filter((t) => !ALLOWED_TAGS.has(t)),
    `${where}: HTML elements`,
  ).toEqual([]);
  // The tool's own links only: to the file on GitHub (its name percent-encoded) or to the docs.
  expect(
    r.links.filter((href) => new URL(href).host !== 'github.com'),
    `${where}: links`,
  ).toEqual([]);
  expect(r.mentions, `${where}: mentions`).toEqual([]);
  expect(r.issueRefs, `${where}: issue references`).toEqual([]);
  for (const s of r.suggestions) expect(s, `${where}: suggestion`).not.toMatch(/DROP|evil|octocat/);
  for (const comment of r.comments) {
    expect(comment, `${where}: hidden marker`).toMatch(
      /^<!-- tidb-import-guard:(fp|policy|resolved-fp|severities|summary policy)=?[^\s>]* -->$/,
    );
  }
  for (const fp of fingerprintsInBody(body)) expect(ownFingerprints.has(fp), `${where}: forged fingerprint ${fp}`).toBe(true);
  // The severities marker a later run reads is the tool's own: one, as long as the fingerprints it lists.
  expect(body.match(/<!-- tidb-import-guard:severities=/g)?.length ?? 0, `${where}: severities markers`).toBeLessThanOrEqual(1);
  const severities = severitiesInBody(body);
  if (severities !== undefined) expect(severities.length, `${where}: severities`).toBe(new Set(fingerprintsInBody(body)).size);
  expect(body).not.toContain('\u001b');
}

async function cli(root: string, format: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  await main(['check', '--format', format, '--fail-on', 'never'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: root,
    env: {},
    isTTY: false,
  });
  return stdout + stderr;
}

describe('hostile names through the CLI', () => {
  it('text, github, json and sarif: no control character, no line a workflow command did not write', async () => {
    const repo = tempRepo(FILES, SIMPLE_POLICY);
    try {
      const compact = await cli(repo.root, 'compact');
      expect(compact).toContain('@octocat'); // the names are shown, as data
      for (const line of compact.trimEnd().split('\n')) {
        expect(line).toMatch(/^(.+:\d+:\d+: (error|warning|notice): .* \[[a-z-]+\]|\d+ errors?, .*)$/);
      }
      const text = await cli(repo.root, 'text');
      for (const output of [compact, text]) {
        expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      }
      // The hostile table names are quoted by the help (text shows it; compact shows headlines only).
      expect(text).toContain('\\n::add-mask::leaked');
      expect(text).toContain('\\x1b[2J');
      // Text output's lines are the tool's own layout: no line starts as a workflow command.
      for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*::/);

      const github = await cli(repo.root, 'github');
      for (const line of github.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=/);
      expect(github).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);

      for (const format of ['json', 'sarif']) {
        const out = JSON.parse(await cli(repo.root, format)) as {
          findings?: { message: string; help?: string }[];
          runs?: { results: { message: { text: string } }[] }[];
        };
        const messages = out.findings?.flatMap((f) => [f.message, f.help ?? '']) ?? out.runs![0]!.results.map((r) => r.message.text);
        expect(messages.length).toBeGreaterThan(3);
        for (const m of messages) expect(m).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      }
    } finally {
      repo.remove();
    }
  });
});

describe('hostile names through the action', () => {
  let server: FakeGitHub | undefined;
  afterEach(async () => {
    expect(server?.violations ?? []).toEqual([]);
    await server?.close();
    server = undefined;
  });

  it('review comments, the summary comment and the job summary render inert; annotations start no command; a re-run adds nothing', async () => {
    server = await startFakeGitHub();
    const workspace = join(mkdtempSync(join(tmpdir(), 'tig-markup-')), 'workspace');
    mkdirSync(join(workspace, '..', 'temp'));
    const write = (p: string, text: string) => {
      mkdirSync(dirname(join(workspace, p)), { recursive: true });
      writeFileSync(join(workspace, p), text);
    };
    write('.github/tidb-import-guard.yml', SIMPLE_POLICY);
    cpSync(new URL('../../examples/cdc/prod-to-kafka.toml', import.meta.url).pathname, join(workspace, 'cdc/prod-to-kafka.toml'));
    for (const [path, text] of Object.entries(FILES)) write(path, text);
    openPullRequest(
      server,
      5,
      Object.keys(FILES).map((p) => addedFile(workspace, p)),
    );

    const run = await runAction({ server, workspace, pullNumber: 5, inputs: { 'fail-on': 'error' } });
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as {
      findings: { fingerprint: string; message: string; help?: string; file: string }[];
    };
    const own = new Set(report.findings.map((f) => f.fingerprint));
    expect(report.findings.some((f) => `${f.message} ${f.help ?? ''}`.includes('@octocat'))).toBe(true);
    expect(report.findings.some((f) => f.file === HOSTILE_FILE)).toBe(true);

    const reviews = server.state.reviewComments;
    expect(reviews.length).toBeGreaterThan(0);
    for (const c of reviews) expectInert(c.body, own, `review comment on ${c.path}`);
    expect(server.state.issueComments).toHaveLength(1);
    expectInert(server.state.issueComments[0]!.body, own, 'summary comment');
    expect(run.summary).toContain('octocat');
    expect(run.summary).toContain('img src=x');
    expectInert(run.summary, own, 'job summary');

    // Annotations: no control character reaches the log, no line starts a command of the repository's.
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    for (const line of run.stdout.split('\n')) expect(line).not.toMatch(/^::(add-mask|set-output|set-env|stop-commands|add-path)/);

    // A forged marker would make the next run count a finding as posted, or post duplicates.
    const before = reviews.map((c) => c.id);
    const again = await runAction({ server, workspace, pullNumber: 5 });
    expect(again.code).toBe(1);
    expect(server.state.reviewComments.map((c) => c.id)).toEqual(before);
    expect(server.state.issueComments).toHaveLength(1);
  }, 120_000);
});
