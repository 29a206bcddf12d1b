/**
 * The program (dist/cli.js, package.json `bin`): runs `main` with the process's streams and turns
 * every way the process could die into an exit code and a one-line message (README.md "Command line": 2 when the
 * tool could not do its job):
 *
 * - **A reader that goes away** (`check ... | head -1`): writing to a closed pipe is not an error
 *   of the check. Further output is dropped and the exit code is the check's own.
 * - **An internal error**: one line, with no stack trace and no absolute path of the machine
 *   (`TIDB_IMPORT_GUARD_DEBUG=1` prints the stack, for bug reports).
 * - **Out of memory**: V8 cannot recover from an exhausted heap (it aborts: exit 134 and a dump
 *   of native frames naming the node binary's path). `check` therefore runs in a child process of
 *   this one, with the same node flags (`--max-old-space-size`, NODE_OPTIONS); the parent only
 *   waits. When the child dies of an exhausted heap (SIGABRT) or is killed (SIGKILL, the system's
 *   out-of-memory killer), the parent drops V8's dump from the child's standard error and exits 2
 *   with a message. The reads themselves are bounded (src/files/confined.ts), so this is the
 *   last line, for inputs that are legitimately enormous. A worker thread (`resourceLimits`, and
 *   ERR_WORKER_OUT_OF_MEMORY in the main thread) was measured instead and not kept
 *   (docs/performance.md, "Fifth pass"): starting a worker costs as much CPU as starting node,
 *   the one process's peak RSS is the two heaps together, and node documents its out-of-memory
 *   termination as best effort (some allocations still abort the whole process, with V8's report).
 *
 * The rest of the program (main.ts) is imported lazily, from a bundle of its own (dist/cli-main.js),
 * so `--version`, `--help` and the waiting parent cost one node start-up and little memory. Other commands (`rules`, `explain`,
 * `--version`) run in-process.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { scrubAbsolutePaths } from '../../core/scrub-paths.js';
import { quickAnswer } from './usage.js';
import { childHeapFlags } from './child-flags.js';
import { enableCompileCache } from './compile-cache.js';

/** Set in the child's environment; also lets a caller run `check` without the supervising parent. */
export const IN_CHILD_ENV = 'TIDB_IMPORT_GUARD_NO_SUPERVISOR';

/** Where V8's out-of-memory report starts in standard error: from there on it is dropped. */
const V8_FATAL_REPORT = /^(?:<--- Last few GCs --->|<--- JS stacktrace --->|FATAL ERROR:|#\s*Fatal|----- Native stack trace -----)/;

const OUT_OF_MEMORY =
  'tidb-import-guard: out of memory: the check needed more memory than node allows it, so nothing was decided. ' +
  'Lint fewer files at once, exclude generated data from `scan`, or raise the limit with NODE_OPTIONS=--max-old-space-size=<MiB>.\n';

function knownPlaces(): { path: string; as: string }[] {
  const home = process.env['HOME'];
  return [{ path: process.cwd(), as: '.' }, ...(home ? [{ path: home, as: '~' }] : [])];
}

/** Writes that survive a closed reader: after EPIPE, output is dropped, never a crash. */
function guardedWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else closed = true; // any other write error: nowhere left to say it
  });
  return (text) => {
    if (closed || stream.destroyed) return;
    try {
      stream.write(text);
    } catch {
      closed = true;
    }
  };
}

async function runInProcess(argv: readonly string[]): Promise<void> {
  const stdout = guardedWriter(process.stdout);
  const stderr = guardedWriter(process.stderr);
  try {
    enableCompileCache(process.env);
    const { main } = await import('./main.js');
    process.exitCode = await main(argv, {
      stdout,
      stderr,
      cwd: process.cwd(),
      env: process.env,
      isTTY: process.stdout.isTTY === true,
    });
  } catch (error) {
    const debug = process.env['TIDB_IMPORT_GUARD_DEBUG'] === '1';
    const text = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    stderr(`tidb-import-guard: internal error: ${debug ? text : scrubAbsolutePaths(text, knownPlaces())}\n`);
    if (!debug) stderr('(set TIDB_IMPORT_GUARD_DEBUG=1 for the stack trace)\n');
    process.exitCode = 2;
  }
}

function supervise(argv: readonly string[]): void {
  const stderr = guardedWriter(process.stderr);
  // Loaded here, not at the top: the check child runs this file too and has no use for it (about 10 ms of CPU).
  const { spawn } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  const child = spawn(
    process.execPath,
    [...childHeapFlags(process.execArgv, process.env['NODE_OPTIONS']), ...process.execArgv, fileURLToPath(import.meta.url), ...argv],
    {
      stdio: ['inherit', 'inherit', 'pipe'],
      env: { ...process.env, [IN_CHILD_ENV]: '1' },
    },
  );
  // Standard error passes through line by line until V8's fatal report begins.
  let pending = '';
  let dropping = false;
  let blankLines = 0; // held back: V8's report starts with an empty line
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    pending += chunk;
    let nl: number;
    while (!dropping && (nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl + 1);
      pending = pending.slice(nl + 1);
      if (V8_FATAL_REPORT.test(line)) dropping = true;
      else if (line.trim() === '') blankLines++;
      else {
        stderr('\n'.repeat(blankLines) + line);
        blankLines = 0;
      }
    }
    if (dropping) pending = '';
  });
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, forward);
  child.on('error', (error) => {
    stderr(`tidb-import-guard: cannot start the check: ${scrubAbsolutePaths(error.message, knownPlaces())}\n`);
    process.exitCode = 2;
  });
  child.on('close', (code, signal) => {
    if (!dropping && pending && !V8_FATAL_REPORT.test(pending)) stderr(pending);
    for (const s of signals) process.off(s, forward);
    if (signal === 'SIGABRT' || signal === 'SIGKILL' || code === 134 || code === 137 || (dropping && code !== 0 && code !== 1)) {
      stderr(
        signal === 'SIGKILL' || code === 137
          ? `tidb-import-guard: the check was killed (SIGKILL), most likely by the system running out of memory; nothing was decided.\n`
          : OUT_OF_MEMORY,
      );
      process.exitCode = 2;
    } else if (signal) {
      // Interrupted (Ctrl-C, a cancelled job): end the same way.
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 2;
  });
}

const argv = process.argv.slice(2);
// `--version` and `--help` are answered before the rest of the program is loaded (dist/cli.js is
// this file alone; main.ts and everything it imports is dist/cli-main.js).
const quick = quickAnswer(argv[0]);
if (quick) {
  guardedWriter(process.stdout)(quick.stdout);
  process.exitCode = quick.code;
} else if (argv[0] === 'check' && process.env[IN_CHILD_ENV] === undefined) supervise(argv);
else await runInProcess(argv);
