import { describe, expect, it } from 'vitest';
import { isLightningConfig, readLightningConfig } from '../../src/parse/lightning/config.js';
import { docOf, readFixture, under } from './helpers.js';

describe('isLightningConfig', () => {
  it.each([
    ['lightning-physical-import.toml', true],
    ['lightning-csv-variants.toml', true],
    ['lightning-mydumper-files.toml', true],
    ['lightning-routes-and-filter.toml', true],
    ['lightning-full-sample.toml', true],
    ['ticdc-changefeed.toml', false],
  ])('%s → %s', (name, expected) => {
    expect(isLightningConfig(docOf(readFixture(name)))).toBe(expected);
  });

  it('is false for a config with none of the Lightning sections, and for [tidb] alone', () => {
    expect(isLightningConfig(docOf('[tidb]\nhost = "x"\n'))).toBe(false);
    expect(isLightningConfig(docOf('lightning = 1\n'))).toBe(false);
    expect(isLightningConfig(docOf('mydumper.data-source-dir = "/x"\n'))).toBe(true);
  });
});

describe('readLightningConfig', () => {
  it('reads the physical-import fixture with positions', () => {
    const text = readFixture('lightning-physical-import.toml');
    const config = readLightningConfig(docOf(text));
    expect(config.backend?.value).toBe('local');
    expect(under(text, config.backend!.span)).toBe('"local"');
    expect(under(text, config.backend!.keySpan)).toBe('backend');
    expect(under(text, config.importerHeader!)).toBe('[tikv-importer]');
    expect(config.checkRequirements).toMatchObject({ value: true, raw: true, wellTyped: true });
    expect(under(text, config.checkRequirements!.keySpan)).toBe('check-requirements');
    expect(config.dataSourceDir?.value).toBe('/data/my_database');
    expect(config.host?.value).toBe('172.16.31.1');
    expect(config.password?.value).toBe('');
    expect(config.pdAddrs.map((p) => p.value)).toEqual(['172.16.31.4:2379', '56.78.90.12:3456']);
    expect(config.pdAddrs.map((p) => under(text, p.span))).toEqual(['172.16.31.4:2379', '56.78.90.12:3456']);
    expect(under(text, config.conflict!.header)).toBe('[conflict]');
    expect(config.conflict?.strategy?.value).toBe('');
    expect(config.routes).toEqual([]);
    expect(config.mydumperFiles).toEqual([]);
    expect(config.filter).toBeUndefined();
  });

  it('reads filter rules, each with its own span, and routes', () => {
    const text = readFixture('lightning-routes-and-filter.toml');
    const config = readLightningConfig(docOf(text));
    expect(config.filter?.rules.map((r) => r.value)).toEqual([
      '*.*',
      '!mysql.*',
      '!sys.*',
      '!INFORMATION_SCHEMA.*',
      '!PERFORMANCE_SCHEMA.*',
      '!METRICS_SCHEMA.*',
      '!INSPECTION_SCHEMA.*',
    ]);
    expect(config.filter!.rules.map((r) => under(text, r.span))[1]).toBe("'!mysql.*'");
    expect(under(text, config.filter!.keySpan)).toBe('filter');
    expect(config.routes).toHaveLength(1);
    const route = config.routes[0]!;
    expect(under(text, route.header)).toBe('[[routes]]');
    expect(route.schemaPattern?.value).toBe('shard_db_*');
    expect(route.tablePattern?.value).toBe('shard_table_*');
    expect(route.targetSchema?.value).toBe('shard_db');
    expect(route.targetTable?.value).toBe('shard_table');
    expect(config.backend).toBeUndefined();
    expect(config.importerHeader).toBeUndefined();
  });

  it('reads [[mydumper.files]] rules', () => {
    const text = readFixture('lightning-mydumper-files.toml');
    const config = readLightningConfig(docOf(text));
    expect(config.mydumperFiles).toHaveLength(3);
    expect(config.mydumperFiles.map((f) => f.type?.value)).toEqual(['schema-schema', 'table-schema', '$3']);
    expect(config.mydumperFiles[0]?.table).toBeUndefined();
    expect(config.mydumperFiles[1]?.table?.value).toBe('$2');
    expect(under(text, config.mydumperFiles[2]!.header)).toBe('[[mydumper.files]]');
    expect(config.mydumperFiles[2]!.header.start).toBeGreaterThan(config.mydumperFiles[1]!.header.start);
  });

  it('keeps a wrong-typed check-requirements with its raw value and evident intent', () => {
    const text = '[lightning]\ncheck-requirements = "false"\n[mydumper]\ncase-sensitive = "yes"\n';
    const config = readLightningConfig(docOf(text));
    expect(config.checkRequirements).toMatchObject({ value: false, raw: 'false', wellTyped: false });
    expect(under(text, config.checkRequirements!.span)).toBe('"false"');
    expect(config.caseSensitive).toMatchObject({ value: true, raw: 'yes', wellTyped: false });
  });

  it('reads inline-array routes and dotted [conflict] keys', () => {
    const text = 'routes = [{ schema-pattern = "a*", target-schema = "a" }]\nconflict.strategy = "replace"\n';
    const config = readLightningConfig(docOf(text));
    expect(config.routes[0]?.schemaPattern?.value).toBe('a*');
    expect(under(text, config.routes[0]!.header)).toBe('{ schema-pattern = "a*", target-schema = "a" }');
    expect(under(text, config.conflict!.header)).toBe('conflict.strategy');
    expect(config.conflict?.strategy?.value).toBe('replace');
  });

  it('splits pd-addr exactly, trimming blanks; with escapes each part gets the whole value span', () => {
    const text = '[tidb]\npd-addr = "a:1, b:2,"\n';
    const config = readLightningConfig(docOf(text));
    expect(config.pdAddrs.map((p) => [p.value, under(text, p.span)])).toEqual([
      ['a:1', 'a:1'],
      ['b:2', 'b:2'],
    ]);
    const escaped = '[tidb]\npd-addr = "a:1,\\u0062:2"\n';
    const config2 = readLightningConfig(docOf(escaped));
    expect(config2.pdAddrs.map((p) => p.value)).toEqual(['a:1', 'b:2']);
    expect(under(escaped, config2.pdAddrs[1]!.span)).toBe('"a:1,\\u0062:2"');
  });

  it('keeps the raw backend spelling', () => {
    const config = readLightningConfig(docOf('[tikv-importer]\nbackend = "Local"\n'));
    expect(config.backend?.value).toBe('Local');
  });
});
