/**
 * Notional hours ↔ xsd:duration. XML Schema allows a fraction only on seconds, so `1.5` hours is written
 * `PT1H1800S`; whole hours are `PT60H`. Reading accepts `PT<h>H`, optionally with seconds, when the
 * hours are an exact decimal. Other durations (`P60M` is 60 *months*) are not hours.
 */

/** The xsd:duration of a decimal number of hours. */
export function hoursToDuration(hours: string): string {
  const [whole = '0', fraction = ''] = hours.split('.');
  const digits = fraction.replace(/0+$/, '');
  if (digits === '') return `PT${BigInt(whole)}H`;
  const scaled = (BigInt(digits) * 3600n).toString().padStart(digits.length + 1, '0');
  const seconds = `${scaled.slice(0, -digits.length)}.${scaled.slice(-digits.length)}`.replace(/\.?0+$/, '');
  return `PT${BigInt(whole)}H${seconds}S`;
}

/** The hours of a duration written `PT<h>H` or `PT<h>H<s>S` with an exact decimal result, else undefined. */
export function durationToHours(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^PT(\d{1,30})H(?:(\d{1,30})(?:\.(\d{1,30}))?S)?$/.exec(value) : null;
  if (m === null) return undefined;
  const whole = BigInt(m[1] as string);
  if (m[2] === undefined) return whole.toString();
  const fraction = m[3] ?? '';
  const numerator = BigInt(`${m[2]}${fraction}`);
  const denominator = 3600n * 10n ** BigInt(fraction.length);
  for (let k = 0; k <= 40; k += 1) {
    const scaled = numerator * 10n ** BigInt(k);
    if (scaled % denominator === 0n) {
      const total = whole * 10n ** BigInt(k) + scaled / denominator;
      const text = total.toString().padStart(k + 1, '0');
      return k === 0 ? text : `${text.slice(0, -k)}.${text.slice(-k)}`.replace(/\.?0+$/, '');
    }
  }
  return undefined;
}
