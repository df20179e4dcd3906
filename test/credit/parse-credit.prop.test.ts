import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCredit, parseCredit, sumCredits } from '../../src/credit/index.js';
import { isMicrocredError } from '../../src/errors.js';
import { decimalNumerator, isNormalised, rawCredit, rawDecimal, sameValue, unit } from './oracle.js';

/** The accepted grammar, restated from the specification. */
const GRAMMAR = /^(?:[0-9]+(?:\.([0-9]+))?|[0-9]+\/[0-9]*[1-9][0-9]*)$/;

describe('parseCredit properties', () => {
  it('reads every decimal and fraction to exactly its value, normalised', () => {
    fc.assert(
      fc.property(rawCredit, unit, (raw, u) => {
        const amount = parseCredit(raw.text, u);
        expect(amount.unit).toBe(u);
        expect(isNormalised(amount.value)).toBe(true);
        expect(sameValue(amount.value, raw.n, raw.d)).toBe(true);
      }),
    );
  });

  it('accepts a string exactly when it matches the grammar and the limits, else throws a credit error', () => {
    const nearGrammar = fc.stringMatching(/^[-+ .0-9/eE]{0,12}$/);
    const any = fc.oneof(nearGrammar, fc.string({ maxLength: 70 }), fc.stringMatching(/^[0-9]{60,70}$/));
    fc.assert(
      fc.property(any, (text) => {
        const match = GRAMMAR.exec(text);
        const allowed = match !== null && text.length <= 64 && (match[1] ?? '').length <= 30;
        let thrown: unknown;
        try {
          parseCredit(text);
        } catch (error) {
          thrown = error;
        }
        if (allowed) expect(thrown).toBeUndefined();
        else {
          expect(isMicrocredError(thrown)).toBe(true);
          const code = (thrown as { code: string }).code;
          expect(code === 'ERR_CREDIT_INVALID' || code === 'ERR_CREDIT_PRECISION').toBe(true);
          expect(code === 'ERR_CREDIT_PRECISION').toBe(text.length > 64 || match !== null);
        }
      }),
    );
  });

  it('reads a JS number exactly through its shortest decimal, and writes it back to the same number', () => {
    const shortest = /^([0-9]+)(?:\.([0-9]+))?(?:e([+-][0-9]+))?$/;
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 1e-9, max: 1e40, noNaN: true }), fc.constant(0)), (n) => {
        const amount = parseCredit(n);
        const [, whole = '', fraction = '', exponent = '0'] = shortest.exec(String(n)) ?? [];
        const mantissa = BigInt(whole + fraction);
        const scale = fraction.length - Number(exponent);
        const [num, den] = scale >= 0 ? [mantissa, 10n ** BigInt(scale)] : [mantissa * 10n ** BigInt(-scale), 1n];
        expect(sameValue(amount.value, num, den)).toBe(true);
        expect(Number(formatCredit(amount))).toBe(n);
      }),
    );
  });

  it('sums numbers with two decimals exactly, like their strings and their scaled integers', () => {
    // At most 10 + 2 significant digits, so each text is exactly the shortest form of its number.
    const cents = rawDecimal
      .map((d) => ({ ...d, whole: d.whole.slice(0, 10), fraction: d.fraction.slice(0, 2) }))
      .map((d) => ({
        ...d,
        text: d.fraction === '' ? d.whole : `${d.whole}.${d.fraction}`,
      }));
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 8 }), (list) => {
        const fromNumbers = sumCredits(list.map((d) => parseCredit(Number(d.text))));
        const fromStrings = sumCredits(list.map((d) => parseCredit(d.text)));
        const hundredths = list.reduce(
          (acc, d) => acc + decimalNumerator({ ...d, fraction: d.fraction.padEnd(2, '0') }),
          0n,
        );
        expect(fromNumbers).toEqual(fromStrings);
        expect(sameValue(fromStrings.value, hundredths, 100n)).toBe(true);
      }),
    );
  });
});
