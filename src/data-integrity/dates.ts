import { fail } from '../jwt/jwt-error.js';

const DATE_TIME = /^-?\d{4,}-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Parses an XSD `dateTime` (a value without offset is read as UTC, as Data Integrity §2.1 allows) to epoch
 * milliseconds; `ERR_PROOF_INVALID` or `ERR_JWT_CLAIM_INVALID` (per `code`) for anything else.
 */
export function parseDateTime(
  value: unknown,
  path: readonly (string | number)[],
  code: 'ERR_PROOF_INVALID' | 'ERR_JWT_CLAIM_INVALID',
): number {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const time =
    match === null ? Number.NaN : Date.parse(match[7] === undefined ? `${value as string}Z` : (value as string));
  const [month, day, hour, minute, second] = (match?.slice(1, 6) ?? []).map(Number) as number[];
  if (
    Number.isNaN(time) ||
    month === undefined ||
    month < 1 ||
    month > 12 ||
    (day as number) < 1 ||
    (day as number) > 31 ||
    (hour as number) > 23 ||
    (minute as number) > 59 ||
    (second as number) > 59
  ) {
    fail(code, `${String(path.at(-1))} must be an XSD dateTime such as 2024-01-31T12:00:00Z`, path);
  }
  return time;
}

/** The validity window a document or proof declares, checked against `now` with the clock tolerance. */
export interface TimeCheck {
  readonly now: number;
  readonly toleranceMs: number;
}

/**
 * Checks a credential's validity window: `validFrom`/`validUntil` (VC 2.0) or `issuanceDate`/`expirationDate`
 * (VC 1.1), by its base context. Not yet valid is `ERR_JWT_NOT_YET_VALID` and expired `ERR_JWT_EXPIRED`, the
 * codes JWT credentials use, so a caller handles both formats alike.
 */
export function checkCredentialValidity(
  document: Readonly<Record<string, unknown>>,
  time: TimeCheck,
): { validFrom?: string; validUntil?: string } {
  const v1 = asList(document['@context'])[0] === 'https://www.w3.org/2018/credentials/v1';
  const [fromName, untilName] = v1 ? ['issuanceDate', 'expirationDate'] : ['validFrom', 'validUntil'];
  const from = document[fromName];
  const until = document[untilName];
  if (v1 && from === undefined) {
    fail('ERR_JWT_CLAIM_INVALID', 'A VC 1.1 credential needs an issuanceDate', ['credential', 'issuanceDate']);
  }
  if (from !== undefined) {
    const at = parseDateTime(from, ['credential', fromName], 'ERR_JWT_CLAIM_INVALID');
    if (at > time.now + time.toleranceMs) {
      fail('ERR_JWT_NOT_YET_VALID', `The credential is not valid before ${String(from)}`, ['credential', fromName]);
    }
  }
  if (until !== undefined) {
    const at = parseDateTime(until, ['credential', untilName], 'ERR_JWT_CLAIM_INVALID');
    if (at <= time.now - time.toleranceMs) {
      fail('ERR_JWT_EXPIRED', `The credential expired at ${String(until)}`, ['credential', untilName]);
    }
  }
  return {
    ...(typeof from === 'string' ? { validFrom: from } : {}),
    ...(typeof until === 'string' ? { validUntil: until } : {}),
  };
}

/** Checks a proof's `created` (not in the future) and `expires` (not passed); both optional XSD dateTimes. */
export function checkProofTimes(
  proof: Readonly<Record<string, unknown>>,
  time: TimeCheck,
  path: readonly (string | number)[],
): void {
  if (proof['created'] !== undefined) {
    const created = parseDateTime(proof['created'], [...path, 'created'], 'ERR_PROOF_INVALID');
    if (created > time.now + time.toleranceMs) {
      fail('ERR_PROOF_INVALID', 'The proof was created in the future', [...path, 'created']);
    }
  }
  if (proof['expires'] !== undefined) {
    const expires = parseDateTime(proof['expires'], [...path, 'expires'], 'ERR_PROOF_INVALID');
    if (expires <= time.now - time.toleranceMs) {
      fail('ERR_PROOF_INVALID', `The proof expired at ${String(proof['expires'])}`, [...path, 'expires']);
    }
  }
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}
