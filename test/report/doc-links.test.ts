import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_HOME, docsBaseUrl, ruleDocUrl } from '../../src/report/doc-links.js';
import { RULES } from '../../src/lint/rules/registry.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  homepage: string;
  repository: { url: string };
};

describe('rule doc links', () => {
  it('derive from package.json: home and version tag', () => {
    expect(PROJECT_HOME).toBe(pkg.homepage.replace(/#readme$/, ''));
    expect(PROJECT_HOME).toBe(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
    expect(docsBaseUrl()).toBe(`${PROJECT_HOME}/blob/v${pkg.version}`);
  });

  it('point at a doc page that exists for every rule', () => {
    for (const rule of RULES) {
      const url = ruleDocUrl(rule.id)!;
      expect(url).toBe(`${PROJECT_HOME}/blob/v${pkg.version}/docs/rules/${rule.id}.md`);
      const local = url.slice(`${docsBaseUrl()}/`.length);
      expect(existsSync(new URL(`../../${local}`, import.meta.url)), local).toBe(true);
    }
  });

  it('refuse ids that are no plain rule name', () => {
    expect(ruleDocUrl('../secrets')).toBeUndefined();
    expect(ruleDocUrl('a b')).toBeUndefined();
  });
});
