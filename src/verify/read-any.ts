import { parseJsonText } from '../model/parse-json-text.js';
import { classify } from './detect.js';
import { type ResolvedReadOptions, resolveReadOptions } from './read-options.js';
import type { ReadAnyOptions, ReadAnyResult } from './read-types.js';
import type { CredentialInput } from './types.js';
import { unsupported } from './unsupported.js';

const PNG_FIRST_BYTE = 0x89;

/**
 * Reads whatever a learner hands in **without verifying it**: detects the format as `verifyAny` does
 * ({@link detectCredentialFormat}) and reads the micro-credential it carries (or a draft with what it misses), for
 * a preview, a completeness check or a conversion. No signature, Data Integrity proof, issuer binding, validity
 * period or status is checked, and the result says so: `verified: false`, `unchecked` (what was not checked for
 * this format) and `notice`; it has no `checks` and no `status`. A tampered document still reads: reading is not
 * verifying, so never trust a `ReadAnyResult`; call {@link verifyAny} for that.
 *
 * The structural limits of the verifiers still apply: a compact JWS or SD-JWT passes the same size, shape and
 * decoding gates (canonical base64url, UTF-8 JSON objects without repeated member names, header rules), every
 * decoded JSON value the same pre-scan (depth, size, counts), and JSON text is refused with a repeated member name.
 * An Open Badges 2.0 BadgeClass or issuer given by URL is fetched only with `options.openBadge2.fetch`; without it
 * the URL is listed in `unresolved` and what depends on it is missing. A baked badge image is read by what
 * `extractBadgeImage` finds in it; one that only points to a hosted assertion cannot be read offline.
 *
 * @param input - a string (compact JWS, SD-JWT, JSON or SVG text), a parsed JSON object, or bytes
 * @param options - `import`, `maxTokenBytes`, `limits`, `image`, and `openBadge2.fetch` to read linked OB 2.0 documents
 * @returns the format, the kind, the credential or draft with `missing`, the document as read, the issuer it
 *   claims, and `verified: false` with what was not checked
 * @throws MicrocredUnsupportedInputError `ERR_INPUT_UNSUPPORTED` for an input that is no format microcred reads
 *   here (with what was recognised), a badge image without a credential, or one that points to a hosted assertion
 *   (the URL is in the message) when no fetch was given
 * @throws MicrocredJwtError `ERR_JWT_INVALID`, `ERR_JWT_TYPE`, `ERR_JWT_ALG_NOT_ALLOWED`, `ERR_JWT_CLAIM_INVALID`,
 *   `ERR_JWT_CLAIM_MISMATCH`, `ERR_SD_JWT_DISCLOSURE` or `ERR_INPUT_TOO_LARGE` for a token that fails a structural
 *   gate
 * @throws MicrocredValidationError `ERR_VALIDATION` (a repeated member name, a value that is not plain JSON, a
 *   malformed image) or `ERR_INPUT_TOO_LARGE` (over a limit), with the path
 * @throws MicrocredJwtError with `openBadge2.fetch` only: `ERR_KEY_RESOLUTION` (a linked OB 2.0 document that cannot
 *   be fetched under the network rules) or `ERR_JWT_CLAIM_MISMATCH` (a fetched document that carries another id)
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` when `import.unmappable` is `'reject'` and a part cannot be
 *   mapped
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { readAny } from 'microcred/verify';
 * declare const handedIn: string | Uint8Array | Record<string, unknown>;
 * const r = await readAny(handedIn);
 * console.log(r.verified, r.unchecked); // false, e.g. ['signature', 'issuer', 'validity', 'status']
 * if (r.credential === undefined) console.log('incomplete, missing', r.missing);
 * ```
 * @category Read without verifying
 */
export async function readAny(input: CredentialInput, options: ReadAnyOptions = {}): Promise<ReadAnyResult> {
  return readResolved(input, resolveReadOptions(options));
}

async function readResolved(input: CredentialInput, options: ResolvedReadOptions): Promise<ReadAnyResult> {
  checkJsonText(input, options);
  const detected = classify(input);
  const splitItems = async (document: Readonly<Record<string, unknown>>) => {
    const { splitClr } = await import('./split-clr.js');
    return splitClr(document, (item) => readResolved(item, options));
  };
  switch (detected.format) {
    case 'jwt': {
      const { readJwtInput } = await import('./read-jwt.js');
      return readJwtInput(detected.value as string, options, splitItems);
    }
    case 'sd-jwt': {
      const { readSdJwtInput } = await import('./read-sd-jwt.js');
      return readSdJwtInput(detected.value as string, options);
    }
    case 'data-integrity': {
      const { readDataIntegrityInput } = await import('./read-data-integrity.js');
      return readDataIntegrityInput(detected.value as Readonly<Record<string, unknown>>, options, splitItems);
    }
    case 'open-badge-2': {
      const { readOpenBadge2Input } = await import('./read-open-badge-2.js');
      return readOpenBadge2Input(detected.value, options);
    }
    case 'png':
    case 'svg': {
      const { fromBakedImage } = await import('./baked-input.js');
      return fromBakedImage(
        detected,
        options.image,
        async (url) => (await import('./read-open-badge-2.js')).readOpenBadge2Input(url, options),
        (value) => readResolved(value, options),
      );
    }
    case undefined:
      throw unsupported(detected, 'The input is not a credential format microcred can read');
  }
}

/**
 * JSON handed in as text or bytes is parsed once more by the safe parser, which `JSON.parse` is not: a member name
 * repeated in one object (where two readers could disagree) and text over the size limit are refused.
 */
function checkJsonText(input: CredentialInput, options: ResolvedReadOptions): void {
  let text: string | undefined;
  if (typeof input === 'string') text = input;
  else if (
    (input instanceof Uint8Array || input instanceof ArrayBuffer) &&
    new Uint8Array(input)[0] !== PNG_FIRST_BYTE
  ) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return; // not text: the detection says what it is
    }
  }
  const trimmed = text?.replace(/^\uFEFF/, '').trim();
  if (trimmed?.startsWith('{') === true) parseJsonText(trimmed, { limits: options.resolvedLimits });
}
