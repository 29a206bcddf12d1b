/**
 * Issue 11 item 10: in case-insensitive mode Lightning lowercases `[[routes]]` pattern text before
 * compiling it (pingcap/tidb pkg/util/table-router `TableRule.ToLower`: strings.ToLower of
 * SchemaPattern and TablePattern; domain.md section 4). Lightning's config calls `rule.ToLower()`
 * for every route when case-insensitive: br/pkg/lightning/config/config.go at commit c354b8bd07
 * (v6.5.0) and pkg/lightning/config/config.go on master (2025-12); the router came into TiDB with
 * PR #33296 (2022-03, from tidb-tools). Predict what Lightning does.
 */
import { describe, expect, it } from 'vitest';
import { compileRoutes, goToLower, routeTable, type RouteRule } from '../../src/model/jobs/routes.js';

const route = (rules: RouteRule[], caseSensitive: boolean) => compileRoutes(rules, caseSensitive);

describe('route patterns are lowercased in case-insensitive mode', () => {
  it('`~^\\D+$` becomes `~^\\d+$`: it routes all-digit schemas, not the non-digit ones meant', () => {
    const insensitive = route([{ schemaPattern: '~^\\D+$', targetSchema: 'merged' }], false);
    if (!insensitive.ok) throw new Error(insensitive.problems[0]!.message);
    expect(routeTable(insensitive.router, { schema: '2024', table: 't' })).toEqual([{ schema: 'merged', table: 't' }]);
    expect(routeTable(insensitive.router, { schema: 'shop', table: 't' })).toEqual([{ schema: 'shop', table: 't' }]);
    // case-sensitive: the pattern is compiled as written
    const sensitive = route([{ schemaPattern: '~^\\D+$', targetSchema: 'merged' }], true);
    if (!sensitive.ok) throw new Error(sensitive.problems[0]!.message);
    expect(routeTable(sensitive.router, { schema: 'shop', table: 't' })).toEqual([{ schema: 'merged', table: 't' }]);
  });

  it('`\\Q...\\E` becomes the invalid `\\q...\\e`: Lightning rejects the rule, and the message says why', () => {
    const r = route([{ schemaPattern: '~^\\Qa.b\\E$', targetSchema: 'x' }], false);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.message).toContain('lowercases route patterns');
    expect(r.problems[0]!.message).toContain('\\qa.b\\e');
    expect(route([{ schemaPattern: '~^\\Qa.b\\E$', targetSchema: 'x' }], true).ok).toBe(true);
  });

  it('wildcard patterns with capitals still match their lowercased names', () => {
    const r = route([{ schemaPattern: 'Shard_*', targetSchema: 'Billing' }], false);
    if (!r.ok) throw new Error('bad');
    expect(routeTable(r.router, { schema: 'SHARD_1', table: 'T' })).toEqual([{ schema: 'Billing', table: 'T' }]);
  });

  it("Go's ToLower maps one code point to one (U+0130 → i)", () => {
    expect(goToLower('\u0130X')).toBe('ix');
    expect(goToLower('~\\W\\S')).toBe('~\\w\\s');
  });
});
