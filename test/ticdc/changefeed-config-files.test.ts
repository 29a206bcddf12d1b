/**
 * A changefeed config the policy points at (`config:`) is read and parsed once, in the parse stage
 * (src/parse/ticdc/changefeed.ts); the posture compiles from the parsed config and never sees text.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/model/policy/load.js';
import { compilePosture } from '../../src/model/posture/compile.js';
import { changefeedConfigFiles } from '../../src/parse/ticdc/changefeed.js';
import { setHas } from '../../src/core/filter/index.js';

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: false }
    changefeeds:
      - { id: a, config: cdc/feed.toml, downstream: { kind: kafka } }
      - { id: b, config: cdc/feed.toml, downstream: { kind: kafka } }
      - { id: c, config: cdc/other.toml, downstream: { kind: kafka } }
`;

function policy() {
  const loaded = loadPolicy('policy.yml', (p) => (p === 'policy.yml' ? POLICY : undefined));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return loaded.policy;
}

describe('changefeedConfigFiles', () => {
  it('reads and parses a config shared by two changefeeds once', () => {
    const files: Record<string, string> = {
      'cdc/feed.toml': '[filter]\nrules = ["app.*"]\n',
      'cdc/other.toml': '[filter]\nrules = ["billing.*"]\n',
    };
    const reads: string[] = [];
    const { posture, problems } = compilePosture(
      policy(),
      changefeedConfigFiles((path) => {
        reads.push(path);
        return files[path];
      }),
    );
    expect(problems).toEqual([]);
    expect(reads).toEqual(['cdc/feed.toml', 'cdc/other.toml']);
    const feeds = posture.clusters.get('prod')!.changefeeds;
    expect(feeds.map((f) => [f.id, f.rulesText])).toEqual([
      ['a', "['app.*']"],
      ['b', "['app.*']"],
      ['c', "['billing.*']"],
    ]);
    expect(setHas(feeds[0]!.replicated, { schema: 'app', table: 'orders' })).toBe(true);
  });

  it('says why a config is missing, refused or not TOML, once per path', () => {
    let reads = 0;
    const configs = changefeedConfigFiles((path) => {
      reads++;
      if (path === 'gone.toml') return undefined;
      if (path === 'link.toml') return { refused: 'is a symbolic link that leads outside the repository' };
      return '[filter\n';
    });
    expect(configs('gone.toml')).toEqual({ ok: false, reason: 'was not found in the repository' });
    expect(configs('link.toml')).toEqual({ ok: false, reason: 'is a symbolic link that leads outside the repository' });
    const broken = configs('broken.toml');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.reason).toMatch(/^is not valid TOML: /);
    expect(configs('broken.toml')).toBe(broken);
    expect(reads).toBe(3);
  });

  it('a problem with the config is an invalid-policy problem at the changefeed, worded as before', () => {
    const { problems } = compilePosture(
      policy(),
      changefeedConfigFiles(() => undefined),
    );
    expect(problems.map((p) => [p.location.line, p.message])).toEqual([
      [8, 'changefeed a: config file `cdc/feed.toml` was not found in the repository'],
      [9, 'changefeed b: config file `cdc/feed.toml` was not found in the repository'],
      [10, 'changefeed c: config file `cdc/other.toml` was not found in the repository'],
    ]);
  });
});
