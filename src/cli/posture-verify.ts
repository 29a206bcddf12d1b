import type { CliIo } from './main.js';
export async function verifyCommand(_args: readonly string[], io: CliIo): Promise<number> {
  io.stderr('not yet\n');
  return 2;
}
