import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../profiles.js';

const TO_V1: Readonly<Record<string, string>> = { validFrom: 'issuanceDate', validUntil: 'expirationDate' };
const TO_V2: Readonly<Record<string, string>> = { issuanceDate: 'validFrom', expirationDate: 'validUntil' };

/**
 * Re-expresses a VC 2.0 document in the VC Data Model 1.1 envelope the `vc11-jwt` profile carries: the v1
 * base context first, `validFrom`/`validUntil` as `issuanceDate`/`expirationDate`. Only the envelope changes;
 * every other member (the credential's content) is kept as it is, in order.
 */
export function toVc11Document(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return rename(document, VC_V2_CONTEXT, VC_V1_CONTEXT, TO_V1);
}

/** The inverse of {@link toVc11Document}: a VC 1.1 envelope read back as VC 2.0 for the interop readers. */
export function fromVc11Document(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // The verifier has checked `issued`, `validFrom` and `validUntil` against the VC 1.1 pair: `issued` repeats
  // `issuanceDate`, and the window is the narrower of the two, so one of each survives the renaming.
  const later = (a: string, b: string): boolean =>
    typeof document[a] === 'string' && !(Date.parse(document[a] as string) <= Date.parse(String(document[b])));
  const earlier = (a: string, b: string): boolean =>
    typeof document[a] === 'string' &&
    (document[b] === undefined || Date.parse(document[a] as string) < Date.parse(String(document[b])));
  const keep = {
    validFrom: later('validFrom', 'issuanceDate'),
    validUntil: earlier('validUntil', 'expirationDate'),
  };
  const trimmed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (
      key === 'issued' &&
      typeof value === 'string' &&
      Date.parse(value) === Date.parse(String(document['issuanceDate']))
    )
      continue;
    if ((key === 'validFrom' && !keep.validFrom) || (key === 'issuanceDate' && keep.validFrom)) continue;
    if ((key === 'validUntil' && !keep.validUntil) || (key === 'expirationDate' && keep.validUntil)) continue;
    trimmed[key] = value;
  }
  return rename(trimmed, VC_V1_CONTEXT, VC_V2_CONTEXT, TO_V2);
}

function rename(
  document: Readonly<Record<string, unknown>>,
  from: string,
  to: string,
  names: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === '@context' && Array.isArray(value)) out[key] = value.map((c) => (c === from ? to : c));
    else out[names[key] ?? key] = value;
  }
  return out;
}
