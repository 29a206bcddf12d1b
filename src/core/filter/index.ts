/**
 * # Table filter engine
 *
 * TiDB table filters (Lightning `mydumper.filter`, TiCDC `[filter] rules`, BR, Dumpling) and a
 * boolean algebra of table sets with an exact witness search. Written by hand: no library parses
 * TiDB's filter syntax, and no JavaScript regex engine has RE2's semantics or a linear-time
 * guarantee.
 *
 * ## Layers
 * - `charset.ts`: code-point sets as sorted ranges; Go's lowercasing and `(?i)` case folding.
 * - `regex.ts`: an RE2 (Go `regexp/syntax`) parser into a small regex tree; rejects what RE2
 *   rejects (look-around, backreferences, ...) with Go's messages.
 * - `nfa.ts`: Thompson automata from that tree, with zero-width assertions as guarded epsilon
 *   edges; matching simulates the automaton, so no pattern can make matching slow.
 * - `table-filter.ts`: rule syntax (`schema.table`, `!`, `#`, `@file`, wildcards, classes, quotes,
 *   escapes, `/regex/`), compiled into one automaton per rule part, `matchTable`/`matchSchema`
 *   with TiDB's last-match-wins semantics. Case-insensitive filters are compiled to automata over
 *   the name *as written* ("lowercase of this character is in the folded class"), so filters of
 *   both case modes can be combined exactly.
 * - `sets.ts`: `TableSet` is a boolean formula over atoms "schema ∈ A and table ∈ B" (one per
 *   rule, exact name or system schema). A last-match-wins filter is folded into the formula rule by
 *   rule. `findWitness` searches breadth-first over the on-the-fly determinized product of all
 *   schema automata; for each distinct set of atoms a schema can satisfy it searches the table
 *   automata the same way, so boolean structure never needs to be expanded into a DNF.
 *   Breadth-first means the shortest schema, then the shortest table; each alphabet cell is
 *   represented by the most readable character in it (preferring characters written in the
 *   patterns). Every search is bounded; on hitting a bound the answer is `exact: false`, which the
 *   linter treats as "assume overlap".
 *   `project` (∃ schema, or ∃ table) uses the same enumeration of distinct schema (or table)
 *   "signatures" and is exact when it finishes.
 * - Lightning `[[routes]]` images are built on this API in src/model/jobs/routes.ts, which follows
 *   Lightning's own router.
 *
 * ## Decisions where TiDB or the spec is silent
 * - All bad rules are reported (TiDB stops at the first). Messages are TiDB's without its
 *   `at <cmdline>:1:` prefix (the caller has `ruleIndex` and `offset`); errors inside an imported
 *   file are prefixed `<path>:<line>: ` like TiDB's.
 * - Wildcard parts are rewritten to the same Go regex TiDB builds, so TiDB's quirks carry over:
 *   a `$` after a wildcard is an end anchor, `[!]` is a regex error.
 * - Case folding follows Go: names are lowercased per code point (`İ` → `i`), `(?i)` folds whole
 *   orbits (`k`, `K`, U+212A). Unicode classes use JavaScript's Unicode tables.
 * - Regexes larger than 100,000 automaton states are rejected ("expression too large"); Go's
 *   limit is larger, but such a filter is not realistic.
 * - Witness search bounds: 4,000 determinized states per side and 150,000 transitions per
 *   `findWitness`; hitting one gives `exact: false` with a best-guess name.
 */
export {
  DEFAULT_LIGHTNING_FILTER,
  SYSTEM_SCHEMAS,
  isSystemSchema,
  matchSchema,
  matchTable,
  parseFilterFile,
  parseTableFilter,
  type CompiledRule,
  type FilterFile,
  type FilterFileLine,
  type FilterRuleError,
  type ParseOptions,
  type ParseResult,
  type PartPattern,
  type TableFilter,
  type TableName,
} from './table-filter.js';
export {
  ALL_TABLES,
  NO_TABLES,
  atomFromParts,
  complement,
  exactSet,
  filterSet,
  findWitness,
  intersect,
  isEmptySet,
  project,
  schemaSet,
  setHas,
  subtract,
  union,
  userTables,
  type Side,
  type TableSet,
  type Witness,
  type WitnessOptions,
} from './sets.js';
