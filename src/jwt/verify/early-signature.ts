import type { Deadline } from '../net/deadline.js';
import { reachOf } from '../resolvers/types.js';
import { checkHeader, type HeaderFacts } from './header-rules.js';
import type { ResolvedVerifyOptions } from './options.js';
import { type KeyInput, keyRequest, type ResolvedVerificationKey, resolveKey } from './resolve-key.js';
import { type Settled, settle } from './settle.js';
import { signingInput, verifySignature } from './signature.js';
import type { GatedHeader } from './token-gate.js';

/** A key resolved, and a signature check started, from the protected header alone. Both outcomes are held. */
export interface EarlyCheck {
  /** The issuer the key was resolved for: the DID of the header's `kid`. */
  readonly issuer: string;
  readonly facts: HeaderFacts;
  readonly key: Settled<ResolvedVerificationKey>;
  /** The signature check, started once the key was resolved; undefined when it was not. */
  readonly signature: EarlySignature | undefined;
}

/** A signature check under way with `facts.alg`: its outcome depends on nothing but that, the key and the token. */
interface EarlySignature {
  readonly cryptoKey: CryptoKey;
  readonly outcome: Promise<Settled<void>>;
}

/**
 * The payload the header rules are shown before the real one is parsed. With `typ` `vc+jwt` they do not read it;
 * for a plain JWT it has a `vc` claim, so the profile is VC-JWT 1.1 — the one a JWT of a DID issuer has unless it
 * is an Open Badge — and the early check is used only if the real payload gives the same profile.
 */
const PROBE: Readonly<Record<string, unknown>> = Object.freeze({ vc: Object.freeze({}) });

/**
 * Starts steps 4–6 before the payload is parsed, when the header alone fixes every input of the key request and
 * resolving it cannot reach beyond memory:
 * - the resolver is a built-in one that answers from memory (static keys, did:key, did:jwk, a JWKS object), so
 *   nothing is fetched and no caller code runs for a token not yet known to be well formed;
 * - the header passes its rules and fixes the profile: `typ` `vc+jwt`, or a plain JWT taken to be VC-JWT 1.1;
 * - `kid` is a DID URL, so the issuer is its DID: step 4 refuses any token whose issuer is another.
 *
 * The caller uses the outcome only if the payload then names the same issuer and the header the same facts, and
 * reports it only at the step where it would have been reached (see `verifyCoreThen`); otherwise it runs steps
 * 4–6 itself. Returns undefined when the header does not fix the request.
 */
export async function startEarly(
  gated: GatedHeader,
  input: KeyInput,
  options: ResolvedVerifyOptions,
  deadline: Deadline,
): Promise<EarlyCheck | undefined> {
  if (typeof input !== 'function' || reachOf(input) !== 'memory') return undefined;
  let facts: HeaderFacts;
  try {
    facts = checkHeader(gated.header, PROBE, options.algorithms, options.profiles);
  } catch {
    return undefined;
  }
  const { kid } = facts;
  if (kid === undefined || !kid.startsWith('did:')) return undefined;
  const issuer = kid.split('#')[0] as string;
  if (options.issuer !== undefined && !options.issuer.includes(issuer)) return undefined;
  const key = await settle(
    resolveKey(input, keyRequest(issuer, facts.alg, facts.profile, kid, deadline), facts.jwk, deadline),
  );
  if (!key.ok) return { issuer, facts, key, signature: undefined };
  const { cryptoKey } = key.value;
  const outcome = settle(verifySignature(facts.alg, cryptoKey, signingInput(gated.token), gated.signature));
  return { issuer, facts, key, signature: { cryptoKey, outcome } };
}

/** Whether the early key was resolved for the request the pipeline has now established. */
export function earlyCheckServes(
  early: EarlyCheck | undefined,
  issuer: string,
  facts: HeaderFacts,
): early is EarlyCheck {
  return (
    early !== undefined &&
    early.issuer === issuer &&
    early.facts.alg === facts.alg &&
    early.facts.profile === facts.profile &&
    early.facts.kid === facts.kid &&
    early.facts.jwk === facts.jwk
  );
}

/**
 * The early signature check, when it checked this token with this algorithm and this very key (a resolver that
 * answers from memory gives the same imported key for the same JWK): otherwise undefined, and the caller checks
 * the signature itself.
 */
export function earlySignatureFor(
  early: EarlyCheck | undefined,
  alg: HeaderFacts['alg'],
  cryptoKey: CryptoKey,
): Promise<Settled<void>> | undefined {
  const signature = early?.signature;
  return signature !== undefined && early?.facts.alg === alg && signature.cryptoKey === cryptoKey
    ? signature.outcome
    : undefined;
}
