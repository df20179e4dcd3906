import type { Rational } from '../../credit/rational.js';
import type { StackingReasonCode } from '../codes.js';
import type { StackingParamValue, StackingReason, StackingWarning } from '../decision.js';

/** The pipeline stage a reason comes from; reasons are listed by stage, then by credential id. */
export const STAGE = { filter: 0, duplicate: 1, eligibility: 2, cap: 3 } as const;

/** A credential still in play after a pipeline step, with what later steps need. */
export interface InPlay {
  readonly id: string;
  readonly title: string | undefined;
  readonly ects: Rational;
  readonly issuedOn: string;
  /** The specification id in force (after a `substitute` exception). */
  readonly specificationId: string | undefined;
  /** Sorted, without repeats. */
  readonly outcomeIds: readonly string[];
  readonly eqfLevel: number | null;
  readonly providerId: string | undefined;
  readonly qaTypes: readonly string[];
  /** A credit added by an `addCredit` exception rather than an input credential. */
  readonly manual: boolean;
}

/**
 * What one evaluation records as it goes: one exclusion reason per credential, warnings, the exceptions that
 * acted (with what they affected) and each credential's converted value. Created per call; never shared.
 */
export interface Ledger {
  readonly excluded: Map<string, { readonly stage: number; readonly reason: StackingReason }>;
  readonly warnings: StackingWarning[];
  readonly used: Map<string, string[]>;
  readonly ects: Map<string, Rational | null>;
}

/** A fresh ledger. */
export function newLedger(): Ledger {
  return { excluded: new Map(), warnings: [], used: new Map(), ects: new Map() };
}

/** Records the exclusion of a credential (its first failing check only). */
export function exclude(
  ledger: Ledger,
  stage: number,
  credentialId: string,
  code: StackingReasonCode,
  params?: Readonly<Record<string, StackingParamValue>>,
): void {
  if (ledger.excluded.has(credentialId)) return;
  const reason: StackingReason = params === undefined ? { credentialId, code } : { credentialId, code, params };
  ledger.excluded.set(credentialId, { stage, reason });
}

/** Records that an exception acted, and on what. */
export function markUsed(ledger: Ledger, exceptionId: string, affected: string): void {
  const list = ledger.used.get(exceptionId) ?? [];
  if (!list.includes(affected)) list.push(affected);
  ledger.used.set(exceptionId, list);
}
