import type { FileState } from './read-file.js';

/** The exact values the `plaintext-secret` rule found: no output may quote them, in any form. */
export function plaintextSecrets(files: readonly FileState[]): string[] {
  const secrets = new Set<string>();
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (!d.secretSpan) continue;
      const text = file.text.slice(d.span.start, d.span.end);
      secrets.add(text);
      // A whole literal (a `[tidb] password`, a URI with escapes): its value is quoted bare too.
      const quote = text[0];
      if (text.length > 2 && (quote === '"' || quote === "'") && text.endsWith(quote)) secrets.add(text.slice(1, -1));
    }
  }
  return [...secrets];
}
