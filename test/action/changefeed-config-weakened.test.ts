/**
 * A changefeed whose tables come from a `config:` file (the TiCDC changefeed config): a pull
 * request that narrows the rules inside that file narrows the changefeed like rules written in
 * the policy, so it is `policy-weakened`. The action reads the base's config at the base commit;
 * before, only the policy was compared and edits inside the file passed unseen, so a pull request
 * could add an import into a table and drop that table from the changefeed in the same change.
 */
import { describe, expect, it } from 'vitest';
import { type FakeGitHub } from '../github-server/server.js';
import { BASE_SHA, readWorkspaceFile, runOnPullRequest, withFakeGitHub, writeFile } from './harness.js';

const POLICY = '.github/tidb-import-guard.yml';
const CONFIG = 'cdc/prod-to-dr.toml';
const FEED = '    changefeeds:\n      - id: prod-to-dr\n        config: cdc/prod-to-dr.toml\n        downstream: { kind: mysql }\n';
const RULES = (rules: string) => `case-sensitive = false\n\n[filter]\nrules = [${rules}]\n`;

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

function base(rules: string): void {
  const policy = `${readWorkspaceFile(workspace, POLICY)}${FEED}`;
  writeFile(workspace, POLICY, policy);
  server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
  server.state.contents.set(`${BASE_SHA}:${CONFIG}`, RULES(rules));
}

describe("a changefeed's config file in a pull request", () => {
  it('rules narrowed inside the file: policy-weakened, naming a table no longer replicated', async () => {
    base("'app.*', 'billing.*'");
    writeFile(workspace, CONFIG, RULES("'billing.*'"));
    const { code, findings } = await runOnPullRequest(server, workspace, 91, [CONFIG]);
    const weakened = findings.filter((f) => f.rule === 'policy-weakened');
    expect(weakened).toEqual([expect.objectContaining({ severity: 'error', suppressed: false, file: POLICY })]);
    expect(code).toBe(1);
  });

  it('rules widened inside the file: nothing weakened', async () => {
    base("'billing.*'");
    writeFile(workspace, CONFIG, RULES("'app.*', 'billing.*'"));
    const { findings } = await runOnPullRequest(server, workspace, 92, [CONFIG]);
    expect(findings.filter((f) => f.rule === 'policy-weakened')).toEqual([]);
  });

  it('the same rules, reformatted: nothing weakened', async () => {
    base("'app.*', 'billing.*'");
    writeFile(workspace, CONFIG, `# reviewed\ncase-sensitive = false\n[filter]\nrules = [\n  'billing.*',\n  'app.*',\n]\n`);
    const { findings } = await runOnPullRequest(server, workspace, 93, [CONFIG]);
    expect(findings.filter((f) => f.rule === 'policy-weakened')).toEqual([]);
  });
});
