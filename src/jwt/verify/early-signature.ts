import type { Deadline } from '../net/deadline.js';
import { traitsOf } from '../resolvers/types.js';
import { checkHeader, type HeaderFacts } from './header-rules.js';
import type { ResolvedVerifyOptions } from './options.js';
import { type KeyInput, keyRequest, type ResolvedVerificationKey, resolveKey } from './resolve-key.js';
import { type Settled, settle } from './settle.js';
import { signingInput, verifySignature } from './signature.js';
import type { GatedHeader } from './token-gate.js';

/** A key resolved, and a signature check started, from the protected header alone. Both outcomes are held. */
export interface EarlyCheck {
  /** The issuer the key was resolved for: the DID of the header's `kid`, or the only issuer the request allows. */
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
 * - the issuer is fixed (see {@link fixedIssuer}): the DID of a DID URL `kid`, or the one issuer both expected (the
 *   `issuer` option) and known to the resolver (the issuers of a static or JWKS resolver). Step 4 refuses a token
 *   of any other issuer.
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
  const traits = typeof input === 'function' ? traitsOf(input) : undefined;
  if (traits?.reach !== 'memory') return undefined;
  let facts: HeaderFacts;
  try {
    facts = checkHeader(gated.header, PROBE, options.algorithms, options.profiles);
  } catch {
    return undefined;
  }
  const issuer = fixedIssuer(facts.kid, options.issuer, traits.issuers);
  if (issuer === undefined) return undefined;
  const { kid } = facts;
  const key = await settle(
    resolveKey(input, keyRequest(issuer, facts.alg, facts.profile, kid, deadline), facts.jwk, deadline),
  );
  if (!key.ok) return { issuer, facts, key, signature: undefined };
  const { cryptoKey } = key.value;
  const outcome = settle(verifySignature(facts.alg, cryptoKey, signingInput(gated.token), gated.signature));
  return { issuer, facts, key, signature: { cryptoKey, outcome } };
}

/**
 * The issuer the header fixes before the payload names one: of the issuers the key may belong to (the DID of a
 * DID URL `kid`; otherwise those `known` to the resolver, undefined when it may be asked for any), those the
 * caller `expected` (the `issuer` option; undefined allows any), when exactly one is left. Undefined otherwise.
 */
export function fixedIssuer(
  kid: string | undefined,
  expected: readonly string[] | undefined,
  known: readonly string[] | undefined,
): string | undefined {
  const possible = kid?.startsWith('did:') ? [kid.split('#')[0] as string] : known;
  const left = possible === undefined ? expected : possible.filter((i) => expected?.includes(i) !== false);
  return left?.length === 1 ? left[0] : undefined;
}

/** The header facts a key request depends on, besides the issuer. */
const SERVING_FACTS = ['alg', 'profile', 'kid', 'jwk'] as const;

/** Whether the early key was resolved for the request the pipeline has now established. */
export function earlyCheckServes(
  early: EarlyCheck | undefined,
  issuer: string,
  facts: HeaderFacts,
): early is EarlyCheck {
  return early?.issuer === issuer && SERVING_FACTS.every((name) => early.facts[name] === facts[name]);
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
