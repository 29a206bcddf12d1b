/**
 * Whether a policy glob parses. picomatch is lenient: an unclosed `[` or `{` silently becomes a
 * literal character and the glob then matches nothing the author meant, so this small check of
 * balanced brackets and braces (outside `\` escapes) makes such a glob `invalid-policy` instead.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.length === 0) return 'it is empty';
  let braces = 0;
  let bracketAt = -1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (bracketAt >= 0) {
      // Inside a class everything is literal until `]` (a `]` right after `[` or `[!`/`[^` is a member).
      if (c === ']' && i > bracketAt + 1 && !(i === bracketAt + 2 && (glob[bracketAt + 1] === '!' || glob[bracketAt + 1] === '^')))
        bracketAt = -1;
      continue;
    }
    if (c === '[') bracketAt = i;
    else if (c === '{') braces++;
    else if (c === '}') {
      if (braces === 0) return `the \`}\` at column ${i + 1} closes no \`{\``;
      braces--;
    }
  }
  if (bracketAt >= 0) return `the \`[\` at column ${bracketAt + 1} is never closed with \`]\``;
  if (braces > 0) return `a \`{\` is never closed with \`}\``;
  return undefined;
}
