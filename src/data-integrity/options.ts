import { MicrocredOptionsError } from '../errors.js';
import type { JsonLdDocument } from '../interop/contexts.js';
import { isPlainObject } from '../jwt/keys/key-families.js';
import { type ResolvedVerifyOptions, resolveVerifyOptions, type VerifyOptions } from '../jwt/verify/options.js';

/**
 * Options of {@link verifyDataIntegrityDocument}: time (`now`, `clockTolerance` in seconds, default 60), the
 * accepted key algorithms, the expected issuers, input limits, the time budget (`timeoutMs`, default 10 s,
 * and `signal`), status checking (`status`, `requireStatus`, as for JWT credentials), and the JSON-LD rules.
 *
 * @example
 * ```ts
 * import type { DataIntegrityVerifyOptions } from 'microcred/data-integrity';
 * const options: DataIntegrityVerifyOptions = { now: new Date('2026-01-01T00:00:00Z'), status: false };
 * ```
 * @category Data Integrity
 */
export interface DataIntegrityVerifyOptions
  extends Omit<VerifyOptions, 'profiles' | 'maxTokenBytes' | 'audience' | 'allowMissingIss'> {
  /** Extra contexts the caller pins, by exact URL (a URL microcred pins cannot be replaced). */
  readonly contexts?: Readonly<Record<string, JsonLdDocument>>;
  /** Accept contexts that set `@vocab` or `@base` (refused by default: they hide undefined terms). */
  readonly allowVocab?: boolean;
  /** The proof purpose every proof must have; `assertionMethod` by default. */
  readonly proofPurpose?: string;
  /** rdf-canonize's work factor (default 1: about linear in the blank nodes; larger values admit poison graphs). */
  readonly maxWorkFactor?: number;
  /** rdf-canonize's exact cap on deep iterations; overrides `maxWorkFactor`. */
  readonly maxDeepIterations?: number;
}

/** Resolved {@link DataIntegrityVerifyOptions}. */
export interface ResolvedDataIntegrityOptions {
  readonly base: ResolvedVerifyOptions;
  readonly contexts: Readonly<Record<string, JsonLdDocument>>;
  readonly allowVocab: boolean;
  readonly proofPurpose: string;
  readonly maxWorkFactor: number;
  readonly maxDeepIterations: number | undefined;
}

const OWN = ['contexts', 'allowVocab', 'proofPurpose', 'maxWorkFactor', 'maxDeepIterations'];
const JWT_ONLY = ['profiles', 'maxTokenBytes', 'audience', 'allowMissingIss'];

/** Validates the options; unknown names and JWT-only options are `ERR_OPTIONS_INVALID`. */
export function resolveDataIntegrityOptions(
  options: unknown,
  extraKeys: readonly string[] = [],
): ResolvedDataIntegrityOptions {
  const o = options ?? {};
  if (!isPlainObject(o)) throw new MicrocredOptionsError('options', 'must be an object');
  for (const key of JWT_ONLY) {
    if (o[key] !== undefined) throw new MicrocredOptionsError(key, 'applies to JWT credentials only');
  }
  const base = resolveVerifyOptions(o, new Set([...OWN, ...extraKeys]));
  const contexts = o['contexts'] ?? {};
  if (!isPlainObject(contexts) || !Object.values(contexts).every(isPlainObject)) {
    throw new MicrocredOptionsError('contexts', 'must map context URLs to JSON-LD documents');
  }
  if (o['allowVocab'] !== undefined && typeof o['allowVocab'] !== 'boolean') {
    throw new MicrocredOptionsError('allowVocab', 'must be a boolean');
  }
  const purpose = o['proofPurpose'] ?? 'assertionMethod';
  if (typeof purpose !== 'string' || purpose.length === 0) {
    throw new MicrocredOptionsError('proofPurpose', 'must be a non-empty string');
  }
  const factor = o['maxWorkFactor'] ?? 1;
  if (typeof factor !== 'number' || !Number.isInteger(factor) || factor < 0 || factor > 2) {
    throw new MicrocredOptionsError('maxWorkFactor', 'must be 0, 1 or 2 (3 and more let poison graphs through)');
  }
  const deep = o['maxDeepIterations'];
  if (deep !== undefined && (typeof deep !== 'number' || !Number.isSafeInteger(deep) || deep < 0)) {
    throw new MicrocredOptionsError('maxDeepIterations', 'must be a non-negative integer');
  }
  return {
    base,
    contexts: contexts as Record<string, JsonLdDocument>,
    allowVocab: o['allowVocab'] === true,
    proofPurpose: purpose,
    maxWorkFactor: factor,
    maxDeepIterations: deep as number | undefined,
  };
}
