/**
 * Where a rule's documentation lives, for every surface that links a rule id (text output's
 * hyperlinks, review comments, the summaries, SARIF `helpUri`).
 *
 * Decision: links point at the doc page *as of this release*, on the exact version tag:
 * `https://github.com/tidb-import-guard/tidb-import-guard/blob/v<version>/docs/rules/<id>.md`.
 * The page then explains the finding with the same wording and behaviour that produced it, and a
 * link in an old pull request keeps working after the rule changes. (README.md "Command line"'s `v<major>` is the
 * moving major tag of the action; an exact tag is immutable, so it is preferred for a citation.)
 * The home and the version are the package's (`repository`/`homepage` and `version` of
 * package.json, kept in step by test/report/doc-links.test.ts), not the runner's
 * GITHUB_ACTION_REF: a local `uses: ./` or a pinned SHA still gets a working link.
 */
import { TOOL_VERSION } from '../core/tool-version.js';

/** The project's home (package.json `homepage` without `#readme`, `repository.url` without `git+`/`.git`). */
export const PROJECT_HOME = 'https://github.com/tidb-import-guard/tidb-import-guard';

/** `https://github.com/<owner>/<repo>/blob/v<version>`: base of every doc link of this release. */
export function docsBaseUrl(version: string = TOOL_VERSION): string {
  return `${PROJECT_HOME}/blob/v${version}`;
}

/** The doc page of a rule id at this release; undefined for an id that is not a plain rule name. */
export function ruleDocUrl(ruleId: string, version: string = TOOL_VERSION): string | undefined {
  return /^[a-z][a-z0-9-]*$/.test(ruleId) ? `${docsBaseUrl(version)}/docs/rules/${ruleId}.md` : undefined;
}
