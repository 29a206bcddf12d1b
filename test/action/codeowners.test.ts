/**
 * CODEOWNERS as GitHub reads it. The cases follow the examples of GitHub's "About code owners"
 * page (docs.github.com, repositories/.../customizing-your-repository/about-code-owners).
 */
import { describe, expect, it } from 'vitest';
import { ownerText, ownersOf, parseCodeOwners } from '../../src/shells/action/codeowners.js';

const owners = (text: string, path: string): string[] => ownersOf(parseCodeOwners(text), path).owners.map(ownerText);

describe("patterns (GitHub's documented examples)", () => {
  const file = [
    '# This is a comment.',
    '*       @global-owner1 @global-owner2',
    '*.js    @js-owner #This is an inline comment.',
    '*.go docs@example.com',
    '*.txt @octo-org/octocats',
    '/build/logs/ @doctocat',
    'docs/* docs@example.com',
    'apps/ @octocat',
    '/docs/ @doctocat',
    '/scripts/ @doctocat @octocat',
    '**/logs @octocat',
    '/apps/ @octocat',
    '/apps/github',
    '/apps/ @octocat',
    '/apps/github @doctocat',
  ].join('\n');

  it('the last matching line wins', () => {
    expect(owners(file, 'README.md')).toEqual(['@global-owner1', '@global-owner2']);
    expect(owners(file, 'src/index.js')).toEqual(['@js-owner']);
    expect(owners(file, 'notes.txt')).toEqual(['@octo-org/octocats']);
    expect(owners(file, 'main.go')).toEqual(['docs@example.com']);
  });

  it('a trailing slash owns everything under the directory; a leading slash anchors it at the root', () => {
    expect(owners('/build/logs/ @doctocat\n', 'build/logs/today/a.log')).toEqual(['@doctocat']);
    expect(owners('/build/logs/ @doctocat\n', 'x/build/logs/a.log')).toEqual([]);
    // In the full file a later `**/logs` takes it.
    expect(owners(file, 'build/logs/today/a.log')).toEqual(['@octocat']);
    expect(owners(file, 'x/build/logs/a.log')).toEqual(['@octocat']); // **/logs
    expect(owners(file, 'scripts/deploy/run.sh')).toEqual(['@doctocat', '@octocat']);
  });

  it('docs/* owns the files directly in docs/, not deeper ones', () => {
    const text = '* @all\ndocs/* @doc-owner\n';
    expect(owners(text, 'docs/getting-started.md')).toEqual(['@doc-owner']);
    expect(owners(text, 'docs/build-app/troubleshooting.md')).toEqual(['@all']);
  });

  it('apps/ without a leading slash owns an apps directory anywhere', () => {
    const text = 'apps/ @octocat\n';
    expect(owners(text, 'apps/a.js')).toEqual(['@octocat']);
    expect(owners(text, 'x/y/apps/a.js')).toEqual(['@octocat']);
    expect(owners(text, 'apps.js')).toEqual([]);
  });

  it('a matching line without owners leaves the path unowned (not the same as no match)', () => {
    expect(owners(file, 'apps/github/index.js')).toEqual(['@doctocat']);
    const unowned = '/apps/ @octocat\n/apps/github\n';
    const parsed = parseCodeOwners(unowned);
    expect(ownersOf(parsed, 'apps/github/index.js')).toEqual({ rule: parsed.rules[1], owners: [] });
    expect(owners(unowned, 'apps/main/index.js')).toEqual(['@octocat']);
    expect(ownersOf(parsed, 'README.md').rule).toBeUndefined();
  });

  it('a pattern with a slash is anchored; without one it matches a name at any depth', () => {
    expect(owners('.github/tidb-import-guard.yml @dba\n', '.github/tidb-import-guard.yml')).toEqual(['@dba']);
    expect(owners('.github/tidb-import-guard.yml @dba\n', 'x/.github/tidb-import-guard.yml')).toEqual([]);
    expect(owners('tidb-import-guard.yml @dba\n', 'x/tidb-import-guard.yml')).toEqual(['@dba']);
    expect(owners('/.github/ @dba\n', '.github/tidb-import-guard.yml')).toEqual(['@dba']);
    expect(owners('/.github @dba\n', '.github/tidb-import-guard.yml')).toEqual(['@dba']);
  });

  it('** matches zero or more directories; ? one character; paths are case-sensitive', () => {
    expect(owners('a/**/b.yml @x\n', 'a/b.yml')).toEqual(['@x']);
    expect(owners('a/**/b.yml @x\n', 'a/1/2/b.yml')).toEqual(['@x']);
    expect(owners('policy?.yml @x\n', 'policy1.yml')).toEqual(['@x']);
    expect(owners('policy?.yml @x\n', 'policy12.yml')).toEqual([]);
    expect(owners('Policy.yml @x\n', 'policy.yml')).toEqual([]);
  });

  it('owners are case-insensitive (stored lowercase); e-mail owners are kept as such', () => {
    const parsed = parseCodeOwners('* @Alice @ACME/DBAs a@b.io\n');
    expect(parsed.rules[0]!.owners).toEqual([
      { kind: 'user', login: 'alice' },
      { kind: 'team', org: 'acme', slug: 'dbas' },
      { kind: 'email', address: 'a@b.io' },
    ]);
  });
});

describe('invalid lines are skipped, as GitHub skips them, and reported', () => {
  it.each([
    ['!negated.yml @x', /negation/],
    ['policy[12].yml @x', /character ranges/],
    ['\\#file @x', /leading `#`/],
    ['*.yml not-an-owner', /is not an owner/],
    ['a//b @x', /empty path segment/],
  ])('%s', (line, why) => {
    const parsed = parseCodeOwners(`* @fallback\n${line}\n`);
    expect(parsed.rules).toHaveLength(1);
    expect(parsed.problems).toEqual([{ line: 2, message: expect.stringMatching(why) }]);
    // The skipped line does not take the path away from the earlier owner.
    expect(owners(`* @fallback\n${line}\n`, 'policy1.yml')).toEqual(['@fallback']);
  });

  it('CRLF line ends, blank lines and indentation are accepted', () => {
    expect(owners('# c\r\n\r\n   *.yml   @x\r\n', 'a.yml')).toEqual(['@x']);
  });
});

describe('hostile files stay cheap', () => {
  it('a pattern of many stars against a long name is decided by counting, not backtracking', () => {
    const pattern = `${'*a'.repeat(200)}*b @x\n`;
    const parsed = parseCodeOwners(pattern);
    // Each segment comparison is a single pass with one backtrack point: bounded by 200 × 4000.
    expect(ownersOf(parsed, 'a'.repeat(4000)).owners).toEqual([]);
    expect(ownersOf(parsed, `${'a'.repeat(4000)}b`).owners.map(ownerText)).toEqual(['@x']);
  });

  it('many ** segments against a deep path', () => {
    const parsed = parseCodeOwners(`${'**/'.repeat(50)}z @x\n`);
    const deep = `${'d/'.repeat(300)}y`;
    expect(ownersOf(parsed, deep).owners).toEqual([]);
  });
});
