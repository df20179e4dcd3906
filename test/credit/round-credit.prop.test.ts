import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreditRoundingMode, parseCredit, roundCredit } from '../../src/credit/index.js';
import { type RawFraction, rawCredit } from './oracle.js';

const step = fc
  .tuple(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 100n }))
  .map(([n, d]): RawFraction => ({ n, d, text: `${n}/${d}` }));
const mode = fc.constantFrom<CreditRoundingMode>('floor', 'ceil', 'half-up', 'half-even');

/**
 * Checks r = k·s against v with raw bigints: v = vn/vd, s = sn/sd, r = rn/rd. Scaling everything by
 * 2·vd·sd·rd turns each bound into an integer comparison.
 */
function check(
  m: CreditRoundingMode,
  v: { n: bigint; d: bigint },
  s: { n: bigint; d: bigint },
  r: { num: bigint; den: bigint },
): void {
  // k = r / s must be a whole number
  expect((r.num * s.d) % (r.den * s.n)).toBe(0n);
  const k = (r.num * s.d) / (r.den * s.n);
  // compare v with (k + t/2)·s for t in {-2, -1, 0, 1, 2}: sign of 2·v·sd − (2k + t)·sn·vd
  const side = (t: bigint) => {
    const diff = 2n * v.n * s.d - (2n * k + t) * s.n * v.d;
    return diff < 0n ? -1 : diff > 0n ? 1 : 0;
  };
  if (m === 'floor') expect([side(0n) >= 0, side(2n) < 0]).toEqual([true, true]);
  if (m === 'ceil') expect([side(-2n) > 0, side(0n) <= 0]).toEqual([true, true]);
  if (m === 'half-up') expect([side(-1n) >= 0, side(1n) < 0]).toEqual([true, true]);
  if (m === 'half-even') {
    expect([side(-1n) >= 0, side(1n) <= 0]).toEqual([true, true]);
    if (side(-1n) === 0 || side(1n) === 0) expect(k % 2n).toBe(0n);
  }
}

describe('roundCredit properties', () => {
  it('gives the multiple of the step that each mode defines (raw-bigint oracle)', () => {
    fc.assert(
      fc.property(rawCredit, step, mode, (x, s, m) => {
        const result = roundCredit(parseCredit(x.text), { step: s.text, mode: m });
        check(m, x, s, result.amount.value);
        expect(result.before).toEqual(parseCredit(x.text));
        expect(result.changed).toBe(result.amount.value.num * x.d !== x.n * result.amount.value.den);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(rawCredit, step, mode, (x, s, m) => {
        const once = roundCredit(parseCredit(x.text), { step: s.text, mode: m });
        const twice = roundCredit(once.amount, { step: s.text, mode: m });
        expect(twice.changed).toBe(false);
        expect(twice.amount).toEqual(once.amount);
      }),
    );
  });

  it('hits ties exactly: (k + 1/2)·s rounds as each mode says', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1000n }), step, (k, s) => {
        const tie = parseCredit(`${(2n * k + 1n) * s.n}/${2n * s.d}`);
        const expectEven = k % 2n === 0n ? k : k + 1n;
        const pick = (m: CreditRoundingMode) => roundCredit(tie, { step: s.text, mode: m }).amount;
        expect(pick('half-up')).toEqual(parseCredit(`${(k + 1n) * s.n}/${s.d}`));
        expect(pick('half-even')).toEqual(parseCredit(`${expectEven * s.n}/${s.d}`));
        expect(pick('floor')).toEqual(parseCredit(`${k * s.n}/${s.d}`));
        expect(pick('ceil')).toEqual(parseCredit(`${(k + 1n) * s.n}/${s.d}`));
      }),
    );
  });
});
