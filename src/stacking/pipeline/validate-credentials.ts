import { parseCredit } from '../../credit/parse-credit.js';
import type { Rational } from '../../credit/rational.js';
import { isCreditUnit } from '../../credit/units.js';
import { STACKING_INPUT_ERROR_CODES, type StackingInputErrorCode } from '../codes.js';
import type { StackingCredential } from '../stacking-credential.js';
import { isCalendarDate } from './calendar.js';

/** A credential whose credit value, unit and date have been read. */
export interface ReadCredential {
  readonly source: StackingCredential;
  readonly value: Rational;
  readonly unit: string;
}

function readOne(c: StackingCredential, convertible: ReadonlySet<string>): StackingInputErrorCode | ReadCredential {
  const credit = c.credit;
  if (credit === null || credit === undefined) return 'MISSING_WORKLOAD';
  let value: Rational;
  try {
    value = parseCredit(credit.value).value;
  } catch {
    return 'INVALID_CREDIT_VALUE';
  }
  if (!isCreditUnit(credit.unit) || !convertible.has(credit.unit)) return 'UNKNOWN_UNIT';
  if (!isCalendarDate(c.issuedOn)) return 'INVALID_DATE';
  return { source: c, value, unit: credit.unit };
}

const RANK = new Map(STACKING_INPUT_ERROR_CODES.map((code, i) => [code, i]));

/**
 * Step 1: reads every credential's credit value, unit and date and checks that ids are unique. Any failure
 * fails the whole evaluation. To keep the answer independent of the input order, the error reported is the
 * one with the smallest credential id, then the earliest check.
 */
export function validateCredentials(
  credentials: readonly StackingCredential[],
  convertible: ReadonlySet<string>,
):
  | { readonly ok: true; readonly credentials: readonly ReadCredential[] }
  | { readonly ok: false; readonly error: { readonly code: StackingInputErrorCode; readonly credentialId: string } } {
  let worst: { code: StackingInputErrorCode; credentialId: string } | null = null;
  const consider = (code: StackingInputErrorCode, credentialId: string) => {
    const better =
      worst === null ||
      credentialId < worst.credentialId ||
      (credentialId === worst.credentialId && (RANK.get(code) ?? 0) < (RANK.get(worst.code) ?? 0));
    if (better) worst = { code, credentialId };
  };
  const seen = new Set<string>();
  const read: ReadCredential[] = [];
  for (const c of credentials) {
    if (seen.has(c.id)) consider('DUPLICATE_CREDENTIAL_ID', c.id);
    seen.add(c.id);
    const result = readOne(c, convertible);
    if (typeof result === 'string') consider(result, c.id);
    else read.push(result);
  }
  if (worst !== null) return { ok: false, error: worst };
  return { ok: true, credentials: read };
}
