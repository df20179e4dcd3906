import { fail, type VerificationCheck } from '../jwt-error.js';
import type { Deadline } from '../net/deadline.js';
import type { JwtProfile } from '../profiles.js';
import { issuerIdOf, vc11ReadersFor } from './claim-mapping.js';
import { earlyCheckServes, earlySignatureFor, startEarly } from './early-signature.js';
import { checkHeader } from './header-rules.js';
import type { ResolvedVerifyOptions } from './options.js';
import { type KeyInput, keyRequest, resolveKey } from './resolve-key.js';
import { release, settle } from './settle.js';
import { signingInput, verifySignature } from './signature.js';
import { type CoreResult, checkSignedPayload } from './signed-payload.js';
import { gateHeader, gatePayload } from './token-gate.js';

export type { CoreResult, Validity } from './signed-payload.js';

/**
 * What a caller of the pipeline reads from the document once steps 1–8 pass (for `verifyCredential`, the
 * micro-credential), with the status entries that reading relies on. It may push checks and throw typed errors;
 * it must have no other effect, because it runs while the signature is being checked (see {@link verifyCoreThen}).
 */
export type DocumentReader<T> = (
  core: CoreResult,
  checks: VerificationCheck[],
) =>
  | { readonly value: T; readonly statusEntries: readonly unknown[] }
  | Promise<{ readonly value: T; readonly statusEntries: readonly unknown[] }>;

/** What {@link verifyCoreThen} established: steps 1–8 and the reader's value. */
export interface CoreReading<T> {
  readonly core: CoreResult;
  readonly value: T;
  readonly statusEntries: readonly unknown[];
}

/**
 * Steps 1–8 of the verifier pipeline (domain document §2), each passing or throwing a typed error:
 * size and shape gates, header rules and profile detection, key resolution by our rules and the resolver
 * output check, the signature (WebCrypto over the signing input, with the one algorithm that fits the key), then the
 * claims on the signed payload — the same bytes, parsed once — and the credential's envelope and validity.
 */
export async function verifyCore(
  token: unknown,
  input: KeyInput,
  options: ResolvedVerifyOptions,
  deadline: Deadline,
  checks: VerificationCheck[],
): Promise<CoreResult> {
  return (await verifyCoreThen(token, input, options, deadline, checks, noReading)).core;
}

const noReading: DocumentReader<undefined> = () => ({ value: undefined, statusEntries: [] });

/**
 * {@link verifyCore}, then `read` on its result.
 *
 * WebCrypto checks the signature off the main thread. While it does, steps 7–8 and `read` run on the decoded
 * payload, and their outcome is held: nothing of it is reported, returned or acted on before the signature
 * verifies. A failed signature is reported as such whatever the held outcome; after a valid one, the held checks
 * and the first held error are released exactly as if the steps had run in order. Only pure work runs early (no
 * network, no status list, no caller callback other than the key resolver already called in step 4), on a token
 * the size gate has bounded.
 *
 * When the header alone fixes the key request and the resolver answers from memory, steps 4–6 start before the
 * payload is parsed (see {@link startEarly}); their outcomes are held in the same way and released at their own
 * step, so the errors and checks reported are those of the steps run in order.
 */
export async function verifyCoreThen<T>(
  token: unknown,
  input: KeyInput,
  options: ResolvedVerifyOptions,
  deadline: Deadline,
  checks: VerificationCheck[],
  read: DocumentReader<T>,
): Promise<CoreReading<T>> {
  const gatedHeader = gateHeader(token, options.maxTokenBytes, checks);
  // A key the header alone fixes is resolved from memory and the signature started while the payload is parsed.
  const early = await startEarly(gatedHeader, input, options, deadline);
  const gated = gatePayload(gatedHeader, checks);
  const { header, unverifiedPayload } = gated;
  const facts = checkHeader(header, unverifiedPayload, options.algorithms, options.profiles);
  checks.push({ name: 'header', outcome: 'passed' });

  const lookupIssuer = issuerForLookup(unverifiedPayload, facts.profile, facts.kid, options.allowMissingIss);
  if (options.issuer !== undefined && !options.issuer.includes(lookupIssuer)) {
    fail('ERR_JWT_CLAIM_MISMATCH', `${lookupIssuer} is not an expected issuer`, ['payload', 'iss']);
  }
  const served = earlyCheckServes(early, lookupIssuer, facts) ? early : undefined;
  const loadingVc11 = vc11ReadersFor(facts.profile);
  const { cryptoKey, key } =
    served === undefined
      ? await resolveKey(
          input,
          keyRequest(lookupIssuer, facts.alg, facts.profile, facts.kid, deadline),
          facts.jwk,
          deadline,
        )
      : release(served.key);
  checks.push({ name: 'key', outcome: 'passed' });
  const vc11 = loadingVc11 === undefined ? undefined : await loadingVc11;

  const signature =
    earlySignatureFor(early, facts.alg, cryptoKey) ??
    settle(verifySignature(facts.alg, cryptoKey, signingInput(gated.token), gated.signature));
  const held: VerificationCheck[] = [];
  const reading = settle(
    (async () => {
      const core = checkSignedPayload(unverifiedPayload, facts.profile, header, lookupIssuer, key, options, held, vc11);
      const { value, statusEntries } = await read(core, held);
      return { core, value, statusEntries };
    })(),
  );
  release(await signature);
  checks.push({ name: 'signature', outcome: 'passed' });
  // From here the payload is trusted: the signature was verified over exactly the segment it was decoded from.
  const outcome = await reading;
  checks.push(...held);
  return release(outcome);
}

/**
 * Step 4: the issuer id used to look up the key, read from the unsigned payload as a lookup key only. `iss` is
 * required, except for a `vc-jose-cose` token when the caller allows it: then the credential's issuer is used and
 * `kid` must be a URL or DID URL under it. A DID URL `kid` must belong to the issuer DID.
 */
function issuerForLookup(
  payload: Readonly<Record<string, unknown>>,
  profile: JwtProfile,
  kid: string | undefined,
  allowMissingIss: boolean,
): string {
  const iss = payload['iss'];
  let issuer: string;
  if (typeof iss === 'string' && iss.length > 0) {
    issuer = iss;
  } else if (iss === undefined && profile === 'vc-jose-cose' && allowMissingIss) {
    const fromCredential = issuerIdOf(payload);
    if (fromCredential === undefined) fail('ERR_JWT_CLAIM_INVALID', 'The token names no issuer', ['payload', 'issuer']);
    const under = kid !== undefined && (kid.startsWith(`${fromCredential}#`) || kid.startsWith(`${fromCredential}/`));
    if (!under)
      fail('ERR_JWT_CLAIM_INVALID', 'Without "iss", "kid" must be a URL or DID URL of the issuer', ['header', 'kid']);
    issuer = fromCredential;
  } else {
    fail('ERR_JWT_CLAIM_INVALID', 'The token must name its issuer in "iss"', ['payload', 'iss']);
  }
  if (kid?.startsWith('did:') === true && kid.split('#')[0] !== issuer) {
    fail('ERR_JWT_CLAIM_MISMATCH', 'The "kid" DID URL belongs to another DID than the issuer', ['header', 'kid']);
  }
  if (profile === 'vc-jose-cose' && issuer.startsWith('did:') && kid === undefined) {
    fail('ERR_JWT_INVALID', 'A vc+jwt token of a DID issuer must name its key in "kid"', ['header', 'kid']);
  }
  return issuer;
}
