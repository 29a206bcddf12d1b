import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readChangefeedConfig } from '../../src/parse/ticdc/changefeed.js';
import { parseToml, type TomlDocument } from '../../src/parse/toml/document.js';
import type { Span } from '../../src/core/types.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tidb');
const under = (text: string, span: Span): string => text.slice(span.start, span.end);

function docOf(text: string): TomlDocument {
  const result = parseToml(text);
  if (!result.ok) throw new Error(result.message);
  return result.doc;
}

describe('readChangefeedConfig', () => {
  it('reads the TiCDC sample (ticdc-changefeed.toml)', () => {
    const text = readFileSync(join(fixtures, 'ticdc-changefeed.toml'), 'utf8');
    const config = readChangefeedConfig(docOf(text));
    expect(config.rules?.map((r) => r.value)).toEqual(['*.*', '!test.*']);
    expect(config.rules?.map((r) => under(text, r.span))).toEqual(["'*.*'", "'!test.*'"]);
    expect(config.caseSensitive?.value).toBe(true);
    expect(under(text, config.caseSensitive!.keySpan)).toBe('case-sensitive');
    expect(config.forceReplicate).toBeUndefined();
    // Part B (event filters) is commented out in the sample; sink dispatchers' matchers are not event filters.
    expect(config.eventFilters).toEqual([]);
  });

  it('reads the docs event-filter example (ticdc-filter.md, Part B of the sample)', () => {
    const text = [
      'force-replicate = true',
      '[filter]',
      "rules = ['*.*']",
      '[[filter.event-filters]]',
      'matcher = ["test.worker"]',
      'ignore-event = ["insert"]',
      'ignore-sql = ["^drop", "add column"]',
      '[[filter.event-filters]]',
      "matcher = ['db.*', 'other.t']",
      "ignore-event = ['all dml', 'drop table']",
      '',
    ].join('\n');
    const config = readChangefeedConfig(docOf(text));
    expect(config.forceReplicate?.value).toBe(true);
    expect(config.eventFilters).toHaveLength(2);
    expect(config.eventFilters[0]?.matcher.map((m) => under(text, m.span))).toEqual(['"test.worker"']);
    expect(config.eventFilters[0]?.ignoreEvent.map((m) => m.value)).toEqual(['insert']);
    expect(config.eventFilters[1]?.matcher.map((m) => m.value)).toEqual(['db.*', 'other.t']);
    expect(config.eventFilters[1]?.ignoreEvent.map((m) => m.value)).toEqual(['all dml', 'drop table']);
  });

  it('leaves absent settings undefined and skips wrong-typed ones', () => {
    const config = readChangefeedConfig(docOf('case-sensitive = "yes"\n[sink]\nprotocol = "canal-json"\n'));
    expect(config.rules).toBeUndefined();
    expect(config.caseSensitive).toBeUndefined();
    expect(config.eventFilters).toEqual([]);
  });

  it('reads inline event filters', () => {
    const text = 'filter = { rules = ["a.*"], event-filters = [{ matcher = ["a.t"], ignore-event = ["insert"] }] }\n';
    const config = readChangefeedConfig(docOf(text));
    expect(config.rules?.map((r) => r.value)).toEqual(['a.*']);
    expect(config.eventFilters[0]?.matcher.map((m) => under(text, m.span))).toEqual(['"a.t"']);
  });
});
