/**
 * The items of a JSON array, one piece each, as `JSON.stringify(whole, null, 2)` writes them at
 * the array's depth: a comma before every item but the first, each on its own line indented by
 * `pad`, without the brackets. The JSON report and SARIF write their findings with it, so neither
 * holds its whole text (a JSON text has no line break inside a string, so indenting by line
 * breaks is exact).
 */
export function* arrayItemPieces<T>(items: Iterable<T>, pad: string, toJson: (item: T) => unknown = (item) => item): Generator<string> {
  let first = true;
  for (const item of items) {
    // One item's JSON value at a time (made as its piece is written, not all of them first).
    yield `${first ? '' : ','}\n${pad}${JSON.stringify(toJson(item), null, 2).replace(/\n/g, `\n${pad}`)}`;
    first = false;
  }
}
