/** What the CLI says on standard error about files it did not lint because of the scope rules (README.md "Command line"). */
import type { GitIgnoredCount } from '../../files/files.js';
import { safeText } from '../../lint/sanitize.js';

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `skipped 3 files and 1 directory ignored by git (...)`, and one line per ignore file that was
 * not applied (its files were linted). Undefined when there is nothing to say.
 */
export function gitIgnoredNote(count: GitIgnoredCount | undefined): string | undefined {
  if (!count) return undefined;
  let text = '';
  if (count.files || count.directories) {
    const parts = [
      count.files ? plural(count.files, 'file') : '',
      count.directories ? (count.directories === 1 ? '1 directory' : `${count.directories.toLocaleString('en-US')} directories`) : '',
    ].filter(Boolean);
    text += `tidb-import-guard: skipped ${parts.join(' and ')} ignored by git (.gitignore, .git/info/exclude); name a path on the command line to lint it anyway\n`;
  }
  for (const n of count.notApplied) text += `tidb-import-guard: not applied: ${safeText(n)}; the files it would ignore were linted\n`;
  return text || undefined;
}
