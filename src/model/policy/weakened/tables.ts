/** Table sets and how the messages of `policy-weakened` name tables and lists. */
import { filterSet, parseTableFilter, setHas, type TableName, type TableSet } from '../../../core/filter/index.js';

export function setOf(rules: readonly string[], caseSensitive: boolean): TableSet | undefined {
  // No reader for `@file` imports: a rule that needs one fails to parse and is not compared
  // (the posture reports invalid filter rules as invalid-policy).
  const parsed = parseTableFilter(rules, { caseSensitive });
  return parsed.ok ? filterSet(parsed.filter) : undefined;
}

export function nameText(name: TableName): string {
  return `${name.schema}.${name.table}`;
}

/**
 * "`app.a` (e.g., a table matching `app.*`)": the example, and the positive rules that accepted it
 * before. It does not claim every table of those rules is affected: only that this one is.
 */
export function tableText(name: TableName, rules: readonly string[], caseSensitive: boolean): string {
  const text = nameText(name);
  const matching = rules.filter((r) => {
    const trimmed = r.trim();
    if (trimmed.startsWith('!') || trimmed.startsWith('#') || trimmed === text) return false;
    const set = setOf([trimmed], caseSensitive);
    return set !== undefined && setHas(set, name);
  });
  return matching.length > 0 ? `\`${text}\` (for example; it matches ${matching.map((r) => `\`${r.trim()}\``).join(', ')})` : `\`${text}\``;
}

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] as string}`;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
