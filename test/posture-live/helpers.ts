import { main, type CliIo } from '../../src/shells/cli/main.js';

/** 2026-12-01T02:00:00Z: `taken_at` of every snapshot the tests write. */
export const EPOCH = '1796090400';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: readonly string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: { SOURCE_DATE_EPOCH: EPOCH, ...env },
    isTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
