/**
 * "Now" for the shells: `SOURCE_DATE_EPOCH` (seconds) when set, else the clock (README.md "Command line"), so golden
 * files, examples and snapshot `taken_at` stay stable under test.
 */
export function nowMs(env: Readonly<Record<string, string | undefined>>): number {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch.trim())) return Number(epoch.trim()) * 1000;
  return Date.now();
}

/** RFC 3339 UTC to the second, e.g. `2026-12-01T02:00:00Z`. */
export function todayInstant(env: Readonly<Record<string, string | undefined>>): string {
  return new Date(nowMs(env)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
