/**
 * Exact comparison of an ISO 8601 date-time with a reference date.
 *
 * @module
 */

/**
 * Whether an ISO 8601 date-time with a time zone is strictly later than `now`. Milliseconds are compared with
 * `Date.parse`; digits past the millisecond break a tie, so `…00.0000001Z` is later than `…00.000Z`.
 */
export function isLaterThan(dateTime: string, now: Date): boolean {
  const ms = Date.parse(dateTime);
  if (ms !== now.getTime()) return ms > now.getTime();
  const fraction = /\.(\d+)/.exec(dateTime)?.[1] ?? '';
  return /[1-9]/.test(fraction.slice(3));
}

/** The calendar date (`YYYY-MM-DD`) of an ISO date-time as written, in its own time zone. */
export function calendarDate(dateTime: string): string {
  return dateTime.slice(0, 10);
}
