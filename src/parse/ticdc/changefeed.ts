/**
 * The parts of a TiCDC changefeed config (the TOML given to `cdc cli changefeed create --config`)
 * that decide which tables a changefeed replicates (docs/rules/changefeed-gap.md): `[filter] rules`,
 * top-level `case-sensitive` and `force-replicate`, and `[[filter.event-filters]]` matchers with
 * their ignored events. Values keep their positions; defaults (rules `['*.*']`, case-sensitive
 * depending on the TiCDC version) are left to the caller, so absent keys stay `undefined`.
 */
import type { TomlDocument, TomlEntry, TomlPath } from '../toml/document.js';
import type { Located } from '../lightning/config.js';

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
