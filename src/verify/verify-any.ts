import { MicrocredOptionsError } from '../errors.js';
import type { KeyInput } from '../jwt/verify/resolve-key.js';
import { classify } from './detect.js';
import type { CredentialInput, VerifyAnyOptions, VerifyAnyResult } from './types.js';
import { unsupported } from './unsupported.js';

/**
 * Verifies whatever a learner hands in and returns one result shape: detects the format
 * ({@link detectCredentialFormat}), verifies it with the verifier of that format, and reads what the credential
 * is. A compact JWS of any of the three profiles (VC-JOSE-COSE, VC-JWT 1.1, Open Badges 3.0) goes through the
 * fail-closed JWT pipeline; an SD-JWT VC through the EUDI attestation verifier; a JSON credential with an
 * embedded proof through the Data Integrity verifier (every proof must verify); an Open Badges 2.0 assertion
 * (hosted, or signed as a compact JWS with an Open Badges 2.0 header) through `fromOpenBadge2`; a baked PNG or SVG
 * badge by verifying what `extractBadgeImage` finds in it (`baked` says what that was). An achievement gives the
 * micro-credential (or a draft with what it misses); an `EndorsementCredential` gives `kind: 'endorsement'` and
 * the endorsed id, no draft; a CLR 2.0 bundle is verified as a whole and every credential in it on its own
 * (`items`, failures included). Each verifier is loaded with a dynamic `import()` when its format is met, so a
 * browser bundle loads only the one it needs.
 *
 * @param input - a string (compact JWS, SD-JWT, JSON or SVG text), a parsed JSON object, or bytes
 * @param keys - a resolver (see `combineResolvers` in `microcred/jwt`) or one trusted public key
 * @param options - the verifier's options, passed through (`now`, `status`, `limits`, `fetch`, ...), plus `import`
 *   and `sdJwt`
 * @returns the format, the kind, the credential or draft with `missing`, the document, issuer, status, checks and
 *   warnings
 * @throws MicrocredUnsupportedInputError `ERR_INPUT_UNSUPPORTED` for an input that is no format microcred
 *   verifies here, with what was recognised
 * @throws MicrocredJwtError the codes of `verifyCredentialDocument` and `verifyEudiPresentation` (signature,
 *   claims, keys, status, ...) when verification fails
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { didJwkResolver } from 'microcred/jwt';
 * import { verifyAny } from 'microcred/verify';
 * declare const handedIn: string | Uint8Array | Record<string, unknown>;
 * const r = await verifyAny(handedIn, didJwkResolver(), { now: new Date() });
 * if (r.kind === 'micro-credential') console.log(r.credential ?? r.missing);
 * ```
 * @category Verify any
 */
export async function verifyAny(
  input: CredentialInput,
  keys: KeyInput,
  options: VerifyAnyOptions = {},
): Promise<VerifyAnyResult> {
  if (typeof options !== 'object' || options === null) throw new MicrocredOptionsError('options', 'must be an object');
  const detected = classify(input);
  switch (detected.format) {
    case 'jwt': {
      const [{ verifyJwtInput }, { splitClr }] = await Promise.all([
        import('./verify-jwt.js'),
        import('./split-clr.js'),
      ]);
      return verifyJwtInput(detected.value as string, keys, options, (document) =>
        splitClr(document, (item) => verifyAny(item, keys, options)),
      );
    }
    case 'sd-jwt': {
      const { verifySdJwtInput } = await import('./verify-sd-jwt.js');
      return verifySdJwtInput(detected.value as string, keys, options);
    }
    case 'data-integrity': {
      const [{ verifyDataIntegrityInput }, { splitClr }] = await Promise.all([
        import('./verify-data-integrity.js'),
        import('./split-clr.js'),
      ]);
      return verifyDataIntegrityInput(detected.value as Readonly<Record<string, unknown>>, keys, options, (document) =>
        splitClr(document, (item) => verifyAny(item, keys, options)),
      );
    }
    case 'open-badge-2': {
      const { verifyOpenBadge2Input } = await import('./verify-open-badge-2.js');
      return verifyOpenBadge2Input(detected.value, options);
    }
    case 'png':
    case 'svg': {
      const { fromBakedImage } = await import('./baked-input.js');
      return fromBakedImage(
        detected,
        options.image,
        async (url) => (await import('./verify-open-badge-2.js')).verifyOpenBadge2Input(url, options),
        (value) => verifyAny(value, keys, options),
      );
    }
    case undefined:
      throw unsupported(detected, 'The input is not a credential format microcred can verify');
  }
}
