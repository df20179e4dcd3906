/**
 * MICROBOL MB-03 and MB-04: signature or seal, and verifiable authenticity. The model holds no proof, so these
 * rules read the caller's `evidence`; without it they report that they cannot be evaluated (warning), never a
 * pass.
 *
 * @module
 */

import type { CompletenessRule, RuleFinding } from '../profile.js';

/** MB-03: a signature or seal is present and verifies (the caller says so through `evidence.proof`). */
export const signed: CompletenessRule = {
  id: 'MB-03',
  element: 'authenticity',
  severity: 'error',
  check: (ctx): RuleFinding[] => {
    switch (ctx.evidence.proof) {
      case 'verified':
        return [];
      case 'failed':
        return [{ reason: 'proof_not_verified', path: [] }];
      case 'absent':
        return [{ reason: 'proof_missing', path: [] }];
      default:
        return [{ severity: 'warning', reason: 'proof_not_supplied', params: { item: 'signature-or-seal' }, path: [] }];
    }
  },
};

/** MB-04: authenticity can be verified: a proof, a status entry, or an `https:` id as verification address. */
export const verifiable: CompletenessRule = {
  id: 'MB-04',
  element: 'authenticity',
  severity: 'error',
  check: (ctx): RuleFinding[] => {
    const { proof } = ctx.evidence;
    if (proof === 'verified' || proof === 'failed') return [];
    if (ctx.draft.credentialStatus !== undefined) return [];
    if (ctx.draft.id !== undefined && /^https:\/\//.test(ctx.draft.id)) return [];
    return proof === 'absent'
      ? [{ reason: 'verification_impossible', path: [] }]
      : [{ severity: 'warning', reason: 'verification_not_supplied', path: [] }];
  },
};
