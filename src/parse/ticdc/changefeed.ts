/**
 * The parts of a TiCDC changefeed config (the TOML given to `cdc cli changefeed create --config`)
 * that decide which tables a changefeed replicates (docs/rules/changefeed-gap.md): `[filter] rules`,
 * top-level `case-sensitive` and `force-replicate`, and `[[filter.event-filters]]` matchers with
 * their ignored events. Values keep their positions; defaults (rules `['*.*']`, case-sensitive
 * depending on the TiCDC version) are left to the caller, so absent keys stay `undefined`.
 */
import type { Refused } from '../../core/repo.js';
import { parseToml, type TomlDocument, type TomlEntry, type TomlPath } from '../toml/document.js';
import type { Located } from '../lightning/config.js';
import { foldTomlKeys, type FoldRules } from '../lightning/fold-keys.js';

/**
 * TiCDC decodes a changefeed config with BurntSushi/toml (pingcap/tiflow pkg/cmd/util/helper.go,
 * `StrictDecodeFile`), which matches keys to `ReplicaConfig` fields in any letter case: the keys
 * read here are folded as it folds them. Two spellings of one key: `force-replicate = true` and
 * `case-sensitive = false` are kept (they make more tables replicated), else the first written.
 */
const TICDC_RULES: FoldRules = {
  spec: {
    keys: { 'case-sensitive': { kind: 'boolean' }, 'force-replicate': { kind: 'boolean' } },
    tables: {
      filter: {
        keys: { rules: { kind: 'string-array' } },
        arrays: { 'event-filters': { keys: { matcher: { kind: 'string-array' }, 'ignore-event': { kind: 'string-array' } } } },
      },
    },
  },
  riskier(path, kept, other) {
    const p = path.join('.');
    if (p === 'force-replicate') return kept !== true && other === true ? other : kept;
    if (p === 'case-sensitive') return kept !== false && other === false ? other : kept;
    return kept;
  },
};

export interface ChangefeedEventFilter {
  readonly matcher: readonly Located<string>[];
  readonly ignoreEvent: readonly Located<string>[];
}

export interface ChangefeedConfig {
  /** `[filter] rules`, each string element with its own span; undefined when absent. */
  readonly rules?: readonly Located<string>[];
  /** Top-level `case-sensitive`, when it is a boolean. */
  readonly caseSensitive?: Located<boolean>;
  /** Top-level `force-replicate`, when it is a boolean. */
  readonly forceReplicate?: Located<boolean>;
  readonly eventFilters: readonly ChangefeedEventFilter[];
}

export function readChangefeedConfig(doc: TomlDocument): ChangefeedConfig {
  const rules = doc.entry(['filter', 'rules']);
  const caseSensitive = locatedBoolean(doc.entry(['case-sensitive']));
  const forceReplicate = locatedBoolean(doc.entry(['force-replicate']));
  const filter = doc.value['filter'];
  const eventFilters = isTable(filter) && Array.isArray(filter['event-filters']) ? filter['event-filters'] : [];
  return {
    ...(rules ? { rules: stringItems(rules) } : {}),
    ...(caseSensitive ? { caseSensitive } : {}),
    ...(forceReplicate ? { forceReplicate } : {}),
    eventFilters: eventFilters.flatMap((element, index): ChangefeedEventFilter[] => {
      if (!isTable(element)) return [];
      const path: TomlPath = ['filter', 'event-filters', index];
      return [{ matcher: stringItemsAt(doc, [...path, 'matcher']), ignoreEvent: stringItemsAt(doc, [...path, 'ignore-event']) }];
    }),
  };
}

/** A changefeed config file as the posture receives it: parsed, or why not (a phrase completing "config file `path` …"). */
export type ChangefeedConfigFile =
  | { readonly ok: true; readonly config: ChangefeedConfig }
  | { readonly ok: false; readonly reason: string };

/** The changefeed configs a policy points at (`config:`), by repository path. */
export type ChangefeedConfigFiles = (path: string) => ChangefeedConfigFile;

/**
 * Reads and parses each changefeed config once, through the shell's reader (the text, undefined
 * when there is no such file, or why the shell refused it: a link out, a FIFO, too big). Several
 * changefeeds may share one config: it is read and parsed the first time only.
 */
export function changefeedConfigFiles(read: (path: string) => string | undefined | Refused): ChangefeedConfigFiles {
  const parsed = new Map<string, ChangefeedConfigFile>();
  return (path) => {
    let file = parsed.get(path);
    if (!file) parsed.set(path, (file = changefeedConfigFile(read(path))));
    return file;
  };
}

function changefeedConfigFile(text: string | undefined | Refused): ChangefeedConfigFile {
  if (text === undefined) return { ok: false, reason: 'was not found in the repository' };
  if (typeof text !== 'string') return { ok: false, reason: text.refused };
  const parsed = parseToml(text);
  if (!parsed.ok) return { ok: false, reason: `is not valid TOML: ${parsed.message}` };
  return { ok: true, config: readChangefeedConfig(foldTomlKeys(parsed.doc, TICDC_RULES)) };
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function locatedBoolean(entry: TomlEntry | undefined): Located<boolean> | undefined {
  if (!entry || typeof entry.value !== 'boolean') return undefined;
  return { value: entry.value, span: entry.valueSpan, keySpan: entry.keySpan };
}

function stringItemsAt(doc: TomlDocument, path: TomlPath): Located<string>[] {
  const entry = doc.entry(path);
  return entry ? stringItems(entry) : [];
}

/** String elements of an array entry (a lone string counts as one element); other values are skipped. */
function stringItems(entry: TomlEntry): Located<string>[] {
  if (typeof entry.value === 'string') return [{ value: entry.value, span: entry.valueSpan, keySpan: entry.keySpan }];
  return (entry.items ?? []).flatMap((item) =>
    typeof item.value === 'string' ? [{ value: item.value, span: item.span, keySpan: entry.keySpan }] : [],
  );
}
