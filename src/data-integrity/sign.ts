import { MicrocredError, MicrocredOptionsError } from '../errors.js';
import { acceptsAsIs } from '../internal/accept-as-is.js';
import { DEFAULT_INPUT_LIMITS } from '../internal/input-limits.js';
import { toOpenBadge } from '../interop/ob3/to-open-badge.js';
import { toVerifiableCredential } from '../interop/vc2/to-verifiable-credential.js';
import { encodeBase58btc } from '../jwt/encoding/base58.js';
import { isPlainObject } from '../jwt/keys/key-families.js';
import { checkSigningKey, type SigningKey } from '../jwt/sign/signing-key.js';
import { isMicroCredential } from '../model/generated/is-micro-credential.js';
import type { MicroCredential } from '../model/micro-credential.js';
import { parseMicroCredential } from '../model/parse-micro-credential.js';
import { loaderFor } from './document-loader.js';
import { hashProof } from './hash-data.js';
import { signProofData } from './proof-key.js';
import { ED25519, P256, P384, type SuiteKey } from './suites.js';

/**
 * Options of {@link signDataIntegrityCredential}.
 *
 * @example
 * ```ts
 * import type { SignDataIntegrityOptions } from 'microcred/data-integrity';
 * const options: SignDataIntegrityOptions = { suite: 'ecdsa-rdfc-2019', format: 'vc20' };
 * ```
 * @category Data Integrity
 */
export interface SignDataIntegrityOptions {
  /** `eddsa-rdfc-2022` (default, with an Ed25519 key) or `ecdsa-rdfc-2019` (with a P-256 or P-384 key). */
  readonly suite?: 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019';
  /** `ob30` (default): an Open Badges 3.0 credential; `vc20`: a W3C VC 2.0 credential. */
  readonly format?: 'ob30' | 'vc20';
  /**
   * The verification method, `<issuer>#<fragment>`; for a did:key issuer it defaults to `<did>#<multibase>`,
   * otherwise to the key's `kid` when that is a URL of the issuer.
   */
  readonly verificationMethod?: string;
  /** The proof's `created` time; now by default (whole seconds, UTC). */
  readonly created?: Date;
  /** The credential id, when the model has none. */
  readonly id?: string;
  /** The issuer id, when the model has none. */
  readonly issuerId?: string;
  /** The OB 3.0 achievement id, when the model has no `specificationId`. */
  readonly achievementId?: string;
}

const OPTION_KEYS = ['suite', 'format', 'verificationMethod', 'created', 'id', 'issuerId', 'achievementId'];

/**
 * Signs a micro-credential as a Data Integrity secured credential: exports it as Open Badges 3.0 (default) or
 * VC 2.0 JSON-LD, and adds one `DataIntegrityProof` (`eddsa-rdfc-2022` by default, or `ecdsa-rdfc-2019`) with
 * `created`, `verificationMethod` and `proofPurpose: assertionMethod`. Canonicalisation runs against the pinned
 * contexts only, in safe mode, so what is signed is exactly what a verifier reads back.
 *
 * @param mc - the micro-credential
 * @param key - the issuer's signing key (`generateIssuerKey('EdDSA')`, `'ES256'` or `'ES384'` from `microcred/jwt`)
 * @param options - suite, format, verification method, created time and export ids
 * @returns the signed credential, a JSON object
 * @throws MicrocredError `ERR_KEY_INVALID`, `ERR_KEY_ALG_MISMATCH` for a key that does not fit the suite;
 *   `ERR_VALIDATION` for an invalid micro-credential; `ERR_INTEROP_UNMAPPABLE` when an id the format needs is
 *   missing; `ERR_JSONLD_INVALID` if the export cannot be canonicalised losslessly;
 *   MicrocredOptionsError `ERR_OPTIONS_INVALID`
 * @example
 * ```ts
 * import { signDataIntegrityCredential } from 'microcred/data-integrity';
 * import { generateIssuerKey } from 'microcred/jwt';
 * import type { MicroCredential } from 'microcred';
 * async function sign(mc: MicroCredential) {
 *   const key = await generateIssuerKey('EdDSA');
 *   return signDataIntegrityCredential(mc, key); // mc.issuer.id is a did:key of this key
 * }
 * ```
 * @category Data Integrity
 */
export async function signDataIntegrityCredential(
  mc: MicroCredential,
  key: SigningKey,
  options: SignDataIntegrityOptions = {},
): Promise<Record<string, unknown>> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new MicrocredOptionsError('options', 'must be an object');
  }
  for (const name of Object.keys(options)) {
    if (!OPTION_KEYS.includes(name)) throw new MicrocredOptionsError(name, 'is not a Data Integrity signing option');
  }
  const suite = options.suite ?? 'eddsa-rdfc-2022';
  if (suite !== 'eddsa-rdfc-2022' && suite !== 'ecdsa-rdfc-2019') {
    throw new MicrocredOptionsError('suite', 'must be eddsa-rdfc-2022 or ecdsa-rdfc-2019');
  }
  const format = options.format ?? 'ob30';
  if (format !== 'ob30' && format !== 'vc20') throw new MicrocredOptionsError('format', 'must be ob30 or vc20');
  const created = options.created ?? new Date();
  if (!(created instanceof Date) || Number.isNaN(created.getTime())) {
    throw new MicrocredOptionsError('created', 'must be a valid Date');
  }
  const signing = checkSigningKey(key);
  const suiteKey = keyForSuite(suite, signing);
  const exportOptions: Record<string, string> = {};
  for (const name of ['id', 'issuerId', 'achievementId'] as const) {
    const value = options[name];
    if (value !== undefined) exportOptions[name] = value;
  }
  const credential = acceptsAsIs(isMicroCredential, mc, DEFAULT_INPUT_LIMITS) ? mc : parseMicroCredential(mc);
  const document =
    format === 'ob30' ? toOpenBadge(credential, exportOptions) : toVerifiableCredential(credential, exportOptions);
  const issuer = issuerId(document);
  const verificationMethod = options.verificationMethod ?? defaultMethod(issuer, signing);
  if (typeof verificationMethod !== 'string' || !verificationMethod.startsWith(`${issuer}#`)) {
    throw new MicrocredOptionsError('verificationMethod', `must be a key of the issuer: ${issuer}#<fragment>`);
  }
  const proof: Record<string, unknown> = {
    type: 'DataIntegrityProof',
    cryptosuite: suite,
    created: `${created.toISOString().slice(0, 19)}Z`,
    verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  const settings = {
    loader: loaderFor({ contexts: {}, allowVocab: false, ob3Beta: false }),
    maxWorkFactor: 1,
    maxDeepIterations: undefined,
    signal: AbortSignal.timeout(10_000),
  };
  const { hashData } = await hashProof(suite, document, proof, suiteKey.digest, settings, ['proof']);
  const signature = await signProofData(signing.privateKey, suiteKey, hashData);
  return { ...document, proof: { ...proof, proofValue: `z${encodeBase58btc(signature)}` } };
}

function keyForSuite(suite: 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019', key: SigningKey): SuiteKey {
  const fits =
    suite === 'eddsa-rdfc-2022'
      ? key.alg === 'EdDSA'
        ? ED25519
        : undefined
      : key.alg === 'ES256'
        ? P256
        : key.alg === 'ES384'
          ? P384
          : undefined;
  if (fits === undefined) {
    throw new MicrocredError('ERR_KEY_ALG_MISMATCH', `A ${key.alg} key cannot sign ${suite} proofs`);
  }
  return fits;
}

function issuerId(document: Readonly<Record<string, unknown>>): string {
  const raw = document['issuer'];
  const id = isPlainObject(raw) ? raw['id'] : raw;
  if (typeof id !== 'string') throw new MicrocredError('ERR_INTEROP_UNMAPPABLE', 'The credential has no issuer id');
  return id;
}

function defaultMethod(issuer: string, key: SigningKey): string | undefined {
  if (issuer.startsWith('did:key:')) return `${issuer}#${issuer.slice('did:key:'.length)}`;
  return key.kid?.startsWith(`${issuer}#`) ? key.kid : undefined;
}
