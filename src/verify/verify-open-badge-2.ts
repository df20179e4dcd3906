import { fromOpenBadge2 } from '../interop/ob2/from-open-badge2.js';
import { modelMembers } from './read-document.js';
import type { VerifyAnyOptions, VerifyAnyResult } from './types.js';

/**
 * The Open Badges 2.0 branch: a hosted assertion (an object, or the URL a baked badge points to) is fetched from
 * its own id and checked against the issuer's scope; a signed one (a compact JWS) is checked with the issuer's
 * listed key; expiry, `revoked`, HTTP 410 and the issuer's revocation list apply. Open Badges 2.0 carries no
 * status entries: what was checked is in `verification` and reported as one revocation result.
 */
export async function verifyOpenBadge2Input(assertion: unknown, options: VerifyAnyOptions): Promise<VerifyAnyResult> {
  const result = await fromOpenBadge2(assertion, {
    ...options.import,
    ...options.openBadge2,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const { verification } = result;
  return {
    format: 'open-badge-2',
    kind: 'micro-credential',
    ...modelMembers(result),
    document: result.assertion,
    issuer: verification.issuerId,
    status: [
      {
        purpose: 'revocation',
        outcome: 'valid',
        method: verification.method,
        revocationList: verification.revocationList ?? 'none',
      },
    ],
    checks: [
      { name: 'signature', outcome: verification.method === 'signed' ? 'passed' : 'not-applicable' },
      { name: 'credential', outcome: 'passed' },
    ],
  };
}
