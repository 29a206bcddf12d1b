/**
 * The check child's V8 flags, for memory (docs/performance.md): its young generation is capped at
 * 4 MiB per semi-space (V8's default grows it to 16 or 32; the check's garbage is short-lived per
 * file, so the smaller nursery costs no time), and `--optimize-for-size` makes V8 grow the old
 * generation less eagerly between full collections. Together they take the peak resident memory
 * of the 16x benchmark from about 356 MB to about 165 MB, for CPU time within the machine's noise.
 * A size the user gave (node flags, NODE_OPTIONS: a semi-space size, or `--max-heap-size`, which
 * V8 refuses with both others) is left alone, and so is their own `--optimize-for-size` setting.
 */
export function childHeapFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  const sized = given.some((f) => /^--(?:(?:max|min)[-_]semi[-_]space[-_]size|max[-_]heap[-_]size)\b/.test(f));
  const sizeOptimized = given.some((f) => /^--(?:no[-_])?optimize[-_]for[-_]size\b/.test(f));
  return [...(sized ? [] : ['--max-semi-space-size=4']), ...(sizeOptimized ? [] : ['--optimize-for-size'])];
}
