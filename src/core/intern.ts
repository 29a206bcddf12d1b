/**
 * Sharing equal strings: findings repeat the same few messages, help texts, paths and titles
 * thousands of times (one help text 603 times in a 9,000-finding run), each built afresh by a
 * template. An interner hands back the first copy it saw of a string, so the others can be
 * collected. The table is bounded: at `limit` entries (or for a string longer than `maxLength`,
 * which is rarely repeated) it starts afresh, so a run of unique strings costs no more than the
 * table's size.
 */
export type Interner = <T extends string | undefined>(text: T) => T;

export function createInterner(limit = 4096, maxLength = 4096): Interner {
  let table = new Map<string, string>();
  return (<T extends string | undefined>(text: T): T => {
    if (text === undefined || text.length > maxLength) return text;
    const known = table.get(text);
    if (known !== undefined) return known as T;
    if (table.size >= limit) table = new Map();
    table.set(text, text);
    return text;
  }) as Interner;
}
