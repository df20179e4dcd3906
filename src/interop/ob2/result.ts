import type { ImportResult } from '../types.js';

/**
 * How an Open Badges 2.0 assertion was verified: the method, the ids that were checked, the key that verified
 * a signature, whether a revocation list was checked, and the time expiry was judged at.
 *
 * @example
 * ```ts
 * import type { OpenBadge2Verification } from 'microcred/interop';
 * declare const v: OpenBadge2Verification;
 * if (v.method === 'signed') console.log(v.keyId, v.revocationList);
 * ```
 * @category Open Badges 2.0
 */
export interface OpenBadge2Verification {
  /** `hosted`: the assertion was fetched from its own id; `signed`: its RS256 JWS was verified. */
  readonly method: 'hosted' | 'signed';
  /** The assertion id that was verified. */
  readonly assertionId: string;
  /** The BadgeClass id. */
  readonly badgeId: string;
  /** The issuer Profile id (the awarding issuer: the BadgeClass `issuer`). */
  readonly issuerId: string;
  /** Signed: the id of the CryptographicKey whose signature verified. */
  readonly keyId?: string;
  /**
   * Signed: `checked` when the issuer publishes a `revocationList` and it does not list the assertion; `none`
   * when the issuer publishes none. Hosted assertions are checked by the fetch itself (a 410 is a revocation).
   */
  readonly revocationList?: 'checked' | 'none';
  /** The assertion's `expires`, when it has one (it was after `verifiedAt`). */
  readonly expires?: string;
  /** The time expiry was judged at (ISO 8601). */
  readonly verifiedAt: string;
}

/**
 * The verified documents of an Open Badges 2.0 assertion and how they were verified.
 *
 * @example
 * ```ts
 * import type { OpenBadge2Documents } from 'microcred/interop';
 * declare const d: OpenBadge2Documents;
 * console.log(d.badge['name'], d.issuer['name'], d.verification.method);
 * ```
 * @category Open Badges 2.0
 */
export interface OpenBadge2Documents {
  /** The assertion as verified: the hosted copy, or the JWS payload. */
  readonly assertion: Readonly<Record<string, unknown>>;
  /** Its BadgeClass (fetched, or embedded in a signed assertion). */
  readonly badge: Readonly<Record<string, unknown>>;
  /** The issuer Profile, fetched from its id. */
  readonly issuer: Readonly<Record<string, unknown>>;
  /** How it was verified. */
  readonly verification: OpenBadge2Verification;
}

/**
 * The result of `fromOpenBadge2`: the import (a credential, or usually a draft with its `missing` elements,
 * since OB 2.0 cannot carry several Annex I elements), plus the verified assertion, BadgeClass and issuer
 * Profile and how they were verified.
 *
 * @example
 * ```ts
 * import { fromOpenBadge2, type OpenBadge2Result } from 'microcred/interop';
 * declare const url: string;
 * const r: OpenBadge2Result = await fromOpenBadge2(url);
 * if (!r.complete) console.log(r.missing, r.verification.method);
 * ```
 * @category Open Badges 2.0
 */
export type OpenBadge2Result = ImportResult & OpenBadge2Documents;
