/**
 * The check's young generation is capped at 4 MiB per semi-space (V8's default grows it to 16 or
 * 32): the check's garbage is short-lived per file, so the smaller nursery costs no time and keeps
 * tens of megabytes of resident memory (docs/performance.md). A size the user gave (node flags,
 * NODE_OPTIONS: a semi-space size, or `--max-heap-size`, which V8 refuses with both others) is
 * left alone.
 */
export function childHeapFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((f) => /^--(?:(?:max|min)[-_]semi[-_]space[-_]size|max[-_]heap[-_]size)\b/.test(f));
  return given ? [] : ['--max-semi-space-size=4'];
}
