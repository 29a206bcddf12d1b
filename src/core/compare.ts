/**
 * The one string order of the tool's output: UTF-16 code units, as `Array.prototype.sort` without
 * a comparator uses. Never `localeCompare` without a fixed locale: its order follows the machine's
 * ICU locale and data, so the same input could give different bytes on two runners.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
