/**
 * How many API requests and writes a run costs (issue 10): a 1-, 10- and 100-file pull request,
 * first run, re-run, and a push that fixes every finding. The figures are printed for the notes
 * and bounded here, so a change that multiplies them fails.
 */
import { describe, expect, it } from 'vitest';
import { type FakeGitHub } from '../github-server/server.js';
import { addedFile, openPullRequest, runAction, writeFile, withFakeGitHub } from './harness.js';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

function tally(from: number): { requests: number; writes: number } {
  const slice = server.requests.slice(from);
  return { requests: slice.length, writes: slice.filter((r) => r.method !== 'GET').length };
}

describe('API budget of a pull request', () => {
  it.each([1, 10, 100])('%i file(s): first run, re-run, fix-all push', async (n) => {
    const paths = Array.from({ length: n }, (_, i) => `migrations/prod/budget/${String(i).padStart(3, '0')}.sql`);
    for (const [i, path] of paths.entries())
      writeFile(workspace, path, `-- load ${i}\nIMPORT INTO app.t${i} FROM 's3://bucket/t${i}/*.csv';\n`);
    openPullRequest(
      server,
      5,
      paths.map((p) => addedFile(workspace, p)),
    );
    const first = await runAction({ server, workspace, pullNumber: 5 });
    expect(first.code).toBe(1);
    const firstRun = tally(0);
    let mark = server.requests.length;
    await runAction({ server, workspace, pullNumber: 5 });
    const rerun = tally(mark);
    mark = server.requests.length;
    for (const path of paths) writeFile(workspace, path, '-- nothing to load any more\n');
    const fixed = 'f'.repeat(40);
    openPullRequest(
      server,
      5,
      paths.map((p) => addedFile(workspace, p)),
      fixed,
    );
    const push = await runAction({ server, workspace, pullNumber: 5, headSha: fixed });
    expect(push.code).toBe(0);
    const fixAll = tally(mark);
    console.log(
      `API budget, ${n} file(s): first run ${JSON.stringify(firstRun)}, re-run ${JSON.stringify(rerun)}, fix-all push ${JSON.stringify(fixAll)}`,
    );
    // A re-run of an unchanged pull request writes nothing.
    expect(rerun.writes).toBe(0);
    expect(firstRun.writes).toBeLessThanOrEqual(2);
    // Cleanup is bounded per run: at most 30 deletions (and the summary edit); the next run finishes it.
    expect(fixAll.writes).toBeLessThanOrEqual(31);
    if (n === 100) {
      mark = server.requests.length;
      await runAction({ server, workspace, pullNumber: 5, headSha: fixed });
      console.log(`API budget, ${n} file(s): the run after the fix-all push ${JSON.stringify(tally(mark))}`);
      expect(server.state.reviewComments).toEqual([]);
    }
  });
});
