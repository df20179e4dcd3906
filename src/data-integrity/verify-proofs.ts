import { fail } from '../jwt/jwt-error.js';
import { isPlainObject } from '../jwt/keys/key-families.js';
import type { Deadline } from '../jwt/net/deadline.js';
import type { KeyInput, VerifiedKey } from '../jwt/verify/resolve-key.js';
import type { CanonizeSettings } from './canonize.js';
import { checkProofTimes, type TimeCheck } from './dates.js';
import { hashProof } from './hash-data.js';
import { decodeProofValue, resolveProofKey, verifyProofSignature } from './proof-key.js';
import { type DataIntegritySuite, suiteKey, suiteOf } from './suites.js';

/**
 * One proof that verified: its suite, verification method, purpose, creation time and the key that checked it.
 *
 * @example
 * ```ts
 * import type { VerifiedProof } from 'microcred/data-integrity';
 * const describe = (p: VerifiedProof): string => `${p.suite} by ${p.verificationMethod}`;
 * ```
 * @category Data Integrity
 */
export interface VerifiedProof {
  readonly suite: DataIntegritySuite;
  readonly verificationMethod: string;
  readonly proofPurpose: string;
  readonly id?: string;
  readonly created?: string;
  /** The ids of the proofs this one was chained to (`previousProof`), if any. */
  readonly previousProof?: readonly string[];
  readonly key: VerifiedKey;
}

/** What the proof checks need besides the document. */
export interface ProofContext {
  readonly keys: KeyInput;
  /** The controllers whose verification methods may sign: the credential's issuer. */
  readonly issuers: readonly string[];
  readonly purpose: string;
  /** The key algorithms the caller accepts (`options.algorithms`): EdDSA, ES256, ES384. */
  readonly algorithms: readonly string[];
  readonly time: TimeCheck;
  readonly deadline: Deadline;
  readonly settings: CanonizeSettings;
  /** Settings serving the OB 3.0 beta content at `context.json`, tried when the final content does not verify. */
  readonly betaSettings: CanonizeSettings | undefined;
}

type Json = Record<string, unknown>;

/**
 * Verifies every proof of a document (Data Integrity §4.4–4.5): a proof set is verified proof by proof over the
 * document without any proof, a chained proof (`previousProof`) over the document with exactly the proofs it
 * names; every proof must verify — unlike verifiers that accept a set when one proof passes, none is skipped.
 */
export async function verifyProofs(document: Readonly<Json>, context: ProofContext): Promise<VerifiedProof[]> {
  const raw = document['proof'];
  const list = Array.isArray(raw) ? raw : [raw];
  const single = !Array.isArray(raw);
  if (list.length === 0 || raw === undefined) fail('ERR_PROOF_INVALID', 'The document has no proof', ['proof']);
  if (list.length > 16)
    fail('ERR_PROOF_INVALID', `The document has ${list.length} proofs; at most 16 are verified`, ['proof']);
  const byId = new Map<string, Json>();
  list.forEach((proof, index) => {
    const path = single ? ['proof'] : ['proof', index];
    if (!isPlainObject(proof)) fail('ERR_PROOF_INVALID', 'A proof must be a JSON object', path);
    const id = proof['id'];
    if (id !== undefined) {
      if (typeof id !== 'string' || byId.has(id))
        fail('ERR_PROOF_INVALID', 'Proof ids must be unique strings', [...path, 'id']);
      byId.set(id, proof);
    }
  });
  const { proof: _proofs, ...unsecured } = document;
  const verified: VerifiedProof[] = [];
  for (const [index, proof] of (list as Json[]).entries()) {
    verified.push(await verifyOne(unsecured, proof, byId, context, single ? ['proof'] : ['proof', index]));
  }
  return verified;
}

async function verifyOne(
  unsecured: Readonly<Json>,
  proof: Json,
  byId: ReadonlyMap<string, Json>,
  context: ProofContext,
  path: (string | number)[],
): Promise<VerifiedProof> {
  const suite = suiteOf(proof, path);
  for (const member of ['verificationMethod', 'proofPurpose'] as const) {
    if (typeof proof[member] !== 'string') fail('ERR_PROOF_INVALID', `The proof has no ${member}`, [...path, member]);
  }
  const purpose = proof['proofPurpose'] as string;
  if (purpose !== context.purpose) {
    fail('ERR_PROOF_INVALID', `The proof is for ${purpose}, not ${context.purpose}`, [...path, 'proofPurpose']);
  }
  checkProofTimes(proof, context.time, path);
  const signature = decodeProofValue(proof['proofValue'], path);
  const key = suiteKey(suite, signature, path);
  if (!context.algorithms.includes(key.alg)) {
    fail('ERR_PROOF_UNSUPPORTED', `${key.alg} keys are not among the accepted algorithms`, [...path, 'cryptosuite']);
  }
  const previous = previousProofs(proof, byId, path);
  const { proofValue: _value, ...options } = proof;
  const secured = previous === undefined ? unsecured : { ...unsecured, proof: previous.map((id) => byId.get(id)) };
  // The key is resolved while the document is canonicalised and hashed; a key that cannot be resolved is
  // reported before anything the hashing refused, as when the two ran one after the other.
  const [resolving, hashing] = await Promise.allSettled([
    resolveProofKey(context.keys, context.issuers, proof['verificationMethod'], key, context.deadline, path),
    hashProof(suite, secured, options, key.digest, context.settings, path),
  ]);
  if (resolving.status === 'rejected') throw resolving.reason;
  if (hashing.status === 'rejected') throw hashing.reason;
  const resolved = resolving.value;
  let valid = await verifyProofSignature(resolved.cryptoKey, key, signature, hashing.value.hashData);
  if (!valid && context.betaSettings !== undefined) {
    const { hashData } = await hashProof(suite, secured, options, key.digest, context.betaSettings, path);
    valid = await verifyProofSignature(resolved.cryptoKey, key, signature, hashData);
  }
  if (!valid) fail('ERR_PROOF_SIGNATURE', `The ${suite} proof does not verify`, [...path, 'proofValue']);
  return {
    suite,
    verificationMethod: proof['verificationMethod'] as string,
    proofPurpose: purpose,
    ...(typeof proof['id'] === 'string' ? { id: proof['id'] } : {}),
    ...(typeof proof['created'] === 'string' ? { created: proof['created'] } : {}),
    ...(previous === undefined ? {} : { previousProof: previous }),
    key: resolved.key,
  };
}

/** The ids a proof chains to; each must name another proof of the document (Data Integrity §4.5 step 3). */
function previousProofs(
  proof: Readonly<Json>,
  byId: ReadonlyMap<string, Json>,
  path: readonly (string | number)[],
): string[] | undefined {
  const raw = proof['previousProof'];
  if (raw === undefined) return undefined;
  const ids = typeof raw === 'string' ? [raw] : raw;
  const where = [...path, 'previousProof'];
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
    fail('ERR_PROOF_INVALID', 'previousProof must be a proof id or a list of them', where);
  }
  for (const id of ids as string[]) {
    if (!byId.has(id))
      fail('ERR_PROOF_INVALID', `previousProof names ${id}, which is not a proof of the document`, where);
    if (id === proof['id']) fail('ERR_PROOF_INVALID', 'A proof cannot chain to itself', where);
  }
  return ids as string[];
}
