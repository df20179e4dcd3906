/**
 * The options of `checkCompleteness`, and their validation.
 *
 * @module
 */

import { type ConversionTable, validateConversionTable } from '../credit/index.js';
import { MicrocredOptionsError } from '../errors.js';
import { type InputLimits, resolveLimits } from '../internal/input-limits.js';
import { DateTimeSchema } from '../model/primitives.js';
import type { CompletenessEvidence, CompletenessProfile } from './profile.js';

/**
 * Options of `checkCompleteness` and `assertComplete`.
 *
 * @example
 * ```ts
 * import { profiles, type CompletenessOptions } from 'microcred';
 * const options: CompletenessOptions = {
 *   profile: profiles.emcCmf,
 *   now: '2025-07-01T00:00:00Z',
 *   conversion: { hoursPerEcts: '25' },
 *   evidence: { proof: 'verified' },
 * };
 * ```
 * @category Completeness
 */
export interface CompletenessOptions {
  /** The profile to check against; `profiles.eu2022` (Annex I) by default. */
  readonly profile?: CompletenessProfile;
  /**
   * The reference date for date rules (a date of issuing later than `now` is a warning): a `Date` or an ISO
   * date-time with a time zone. Without it those rules are reported as not evaluated (information); the checker
   * never reads the clock itself.
   */
  readonly now?: Date | string;
  /**
   * The caller's conversion table. A bound stated in a unit the draft does not use (ECTS for a credential in
   * hours, say) is checked on the converted amount only when this table gives the factor; otherwise the rule
   * reports that it cannot be evaluated (warning).
   */
  readonly conversion?: ConversionTable;
  /** Facts the model does not hold, such as the outcome of verifying the credential's signature. */
  readonly evidence?: CompletenessEvidence;
  /** Overrides of the input limits checked before anything else. */
  readonly limits?: Partial<InputLimits>;
}

/** The options, checked and normalised. */
export interface ResolvedCompletenessOptions {
  readonly profile: CompletenessProfile | undefined;
  readonly now: Date | undefined;
  readonly conversion: ConversionTable | undefined;
  readonly evidence: CompletenessEvidence;
  readonly limits: InputLimits;
}

const KEYS: ReadonlySet<string> = new Set(['profile', 'now', 'conversion', 'evidence', 'limits']);
const PROOF: ReadonlySet<unknown> = new Set(['verified', 'failed', 'absent']);

function checkProfile(profile: unknown): CompletenessProfile | undefined {
  if (profile === undefined) return undefined;
  const p = profile as Partial<CompletenessProfile> | null;
  const ok =
    typeof p === 'object' &&
    p !== null &&
    typeof p.id === 'string' &&
    typeof p.version === 'string' &&
    typeof p.title === 'string' &&
    typeof p.elements === 'object' &&
    p.elements !== null &&
    Array.isArray(p.rules) &&
    Array.isArray(p.sources);
  if (!ok)
    throw new MicrocredOptionsError('profile', 'must be a profile from `profiles`, defineProfile or extendProfile');
  return p as CompletenessProfile;
}

function checkNow(now: unknown): Date | undefined {
  if (now === undefined) return undefined;
  if (now instanceof Date) {
    if (Number.isNaN(now.getTime())) throw new MicrocredOptionsError('now', 'is an invalid Date');
    return new Date(now.getTime());
  }
  if (typeof now === 'string' && DateTimeSchema.safeParse(now).success) return new Date(Date.parse(now));
  throw new MicrocredOptionsError('now', 'must be a Date or an ISO 8601 date-time with a time zone');
}

function checkEvidence(evidence: unknown): CompletenessEvidence {
  if (evidence === undefined) return {};
  if (typeof evidence !== 'object' || evidence === null)
    throw new MicrocredOptionsError('evidence', 'must be an object');
  for (const [key, value] of Object.entries(evidence)) {
    if (key !== 'proof') throw new MicrocredOptionsError(`evidence.${key}`, 'is not a kind of evidence');
    if (value !== undefined && !PROOF.has(value)) {
      throw new MicrocredOptionsError('evidence.proof', 'must be "verified", "failed" or "absent"');
    }
  }
  return evidence as CompletenessEvidence;
}

/** Checks the options of `checkCompleteness`; throws `ERR_OPTIONS_INVALID` on the first problem. */
export function resolveCompletenessOptions(options: unknown): ResolvedCompletenessOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new MicrocredOptionsError('options', 'must be an object');
  }
  const o = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KEYS.has(key)) throw new MicrocredOptionsError(key, 'is not a completeness option');
  }
  const conversion = o['conversion'];
  if (conversion !== undefined) {
    try {
      validateConversionTable(conversion);
    } catch (cause) {
      throw new MicrocredOptionsError('conversion', 'is not a valid conversion table', { cause });
    }
  }
  return {
    profile: checkProfile(o['profile']),
    now: checkNow(o['now']),
    conversion: conversion as ConversionTable | undefined,
    evidence: checkEvidence(o['evidence']),
    limits: resolveLimits(o['limits'] as Partial<InputLimits> | undefined),
  };
}
