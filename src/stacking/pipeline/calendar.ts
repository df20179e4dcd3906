/**
 * Calendar dates as integers: validation of `YYYY-MM-DD` and the recency cutoff, computed on year, month and
 * day, never through `Date`, so no time zone can shift a date.
 */

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a value is a real calendar date written `YYYY-MM-DD` (`2023-02-29` is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The recency cutoff for a reference date Y-M-D and N years: (Y−N)-M-D, with the day clamped to the last day
 * of that month (2028-02-29 with 3 years gives 2025-02-28). A credential issued on the cutoff still counts.
 * Returns null when the cutoff falls before year 1 (nothing is too old).
 */
export function recencyCutoff(referenceDate: string, years: number): string | null {
  const [y, m, d] = referenceDate.split('-').map(Number) as [number, number, number];
  const year = y - years;
  if (year < 1) return null;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
