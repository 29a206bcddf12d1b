/**
 * TiDB's `/*T![feature,...] ... *\/` comments, as TiDB's lexer reads them (pingcap/tidb
 * pkg/parser/lexer.go, `startWithSlash` and `scanFeatureIDs`; the ids in
 * pkg/parser/tidb/features.go, master as of 2025):
 * - `/*T!` with no `[` right after it: the content is code;
 * - `[id(,id)*]` (ids of identifier characters, no spaces): code when TiDB knows every id
 *   (compared exactly: `TTL` is not `ttl`), else the whole thing is an ordinary comment, so an
 *   `IMPORT INTO` hidden behind an unknown id never runs;
 * - anything else after `[` is no list: the content is code from the `[`.
 * The ids are every one any TiDB release knows (a newer id on an older TiDB is a comment there,
 * code here: the linter takes the side that reports). Shared by the splitter (split.ts) and the
 * tokenizer (lexer.ts), so both read a comment the same way.
 */

/**
 * pkg/parser/tidb/features.go `featureIDs` (`resource_group` is declared there but not registered);
 * `affinity` and `region_split` are registered by TiDB master after 8.5 (SHOW CREATE TABLE writes
 * `/*T![affinity] AFFINITY='table' *\/`, pkg/executor/show.go): code there, so code here.
 */
export const TIDB_FEATURE_IDS: ReadonlySet<string> = new Set([
  'auto_rand',
  'auto_id_cache',
  'auto_rand_base',
  'clustered_index',
  'force_inc',
  'placement',
  'ttl',
  'global_index',
  'pre_split',
  'affinity',
  'region_split',
]);

/** A feature list is read this far (from its `[`); a longer one is `FEATURE_LIST_TOO_LONG`. */
export const FEATURE_LIST_MAX = 256;
/** The content is an ordinary comment (an unknown feature id). */
export const FEATURE_COMMENT = -1;
/** More text is needed to tell (streaming). */
export const FEATURE_NEED_MORE = -2;
/** A feature list longer than `FEATURE_LIST_MAX`: not read, so the caller reports it. */
export const FEATURE_LIST_TOO_LONG = -3;

/** TiDB's `isIdentChar`: ASCII letters, digits, `_`, `$`, and any non-ASCII byte. */
function isFeatureChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c >= 0x80;
}

/**
 * After `/*T!` (`j` is the index after the `!`, `n` the end of the text at hand, `final` when no
 * more text follows): the index where the comment's code begins, or one of the negative codes
 * above.
 */
export function tidbCommentBody(text: string, j: number, n: number, final: boolean): number {
  if (j >= n) return final ? j : FEATURE_NEED_MORE;
  if (text.charCodeAt(j) !== 91 /* [ */) return j;
  const limit = j + FEATURE_LIST_MAX;
  let idStart = j + 1;
  let known = true;
  for (let k = j + 1; ; k++) {
    if (k >= limit) return FEATURE_LIST_TOO_LONG;
    // Cut short by the end of the text, TiDB reads no list.
    if (k >= n) return final ? j : FEATURE_NEED_MORE;
    const c = text.charCodeAt(k);
    if (isFeatureChar(c)) continue;
    if ((c === 44 /* , */ || c === 93) /* ] */ && k > idStart) {
      known &&= TIDB_FEATURE_IDS.has(text.slice(idStart, k));
      if (c === 93) return known ? k + 1 : FEATURE_COMMENT;
      idStart = k + 1;
      continue;
    }
    return j;
  }
}
