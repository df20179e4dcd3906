import { isDateTime } from '../../model/generated/is-micro-credential.js';
import { fail } from '../jwt-error.js';

/**
 * The date members of a VC 1.1 credential beyond `issuanceDate` / `expirationDate`. The VC 1.1 context reserves
 * `issued`, `validFrom` and `validUntil` as distinct terms, and OB 3.0 issuers of the VC 1.1 era (the JFF
 * plugfests) emit them beside `issuanceDate`. Each is judged against the required pair, comparing instants:
 *
 * - `issued` must be the same instant as `issuanceDate` (it has no other meaning in OB 3.0); anything else is a
 *   conflict.
 * - `validFrom` and `validUntil` must lie within [`issuanceDate`, `expirationDate`] (no upper bound without an
 *   expiration date). Equal to the bounds is plain redundancy; a later `validFrom` or an earlier `validUntil`
 *   narrows the validity window, which the verifier then enforces.
 *
 * A conflict throws `ERR_JWT_CLAIM_MISMATCH`; a member that is not a date-time throws `ERR_JWT_CLAIM_INVALID`.
 * `issuanceDate` and `expirationDate` themselves are checked by the envelope step.
 */
export function checkVc11Dates(document: Readonly<Record<string, unknown>>): void {
  const instant = (name: string): number | undefined => {
    const value = document[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !isDateTime(value)) {
      fail('ERR_JWT_CLAIM_INVALID', `"${name}" must be a date-time`, ['credential', name]);
    }
    return Date.parse(value as string);
  };
  const issuance = typeof document['issuanceDate'] === 'string' ? Date.parse(document['issuanceDate']) : Number.NaN;
  const expiration =
    typeof document['expirationDate'] === 'string' ? Date.parse(document['expirationDate']) : Number.NaN;
  const issued = instant('issued');
  const validFrom = instant('validFrom');
  const validUntil = instant('validUntil');
  if (Number.isNaN(issuance)) {
    for (const name of ['issued', 'validFrom', 'validUntil']) {
      if (document[name] !== undefined) {
        fail('ERR_JWT_CLAIM_MISMATCH', `"${name}" needs the credential's "issuanceDate" to be judged`, [
          'credential',
          name,
        ]);
      }
    }
    return;
  }
  if (issued !== undefined && issued !== issuance) {
    fail('ERR_JWT_CLAIM_MISMATCH', '"issued" contradicts the credential\'s "issuanceDate"', ['credential', 'issued']);
  }
  const outside = (t: number): boolean => t < issuance || (!Number.isNaN(expiration) && t > expiration);
  for (const [name, t] of [
    ['validFrom', validFrom],
    ['validUntil', validUntil],
  ] as const) {
    if (t !== undefined && outside(t)) {
      fail(
        'ERR_JWT_CLAIM_MISMATCH',
        `"${name}" lies outside the credential's "issuanceDate"${Number.isNaN(expiration) ? '' : ' … "expirationDate"'} window`,
        ['credential', name],
      );
    }
  }
  if (validFrom !== undefined && validUntil !== undefined && validFrom > validUntil) {
    fail('ERR_JWT_CLAIM_MISMATCH', '"validUntil" is before "validFrom"', ['credential', 'validUntil']);
  }
}
