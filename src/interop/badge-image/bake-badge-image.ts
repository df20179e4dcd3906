import { MicrocredOptionsError } from '../../errors.js';
import { decodeBase64url } from '../../jwt/encoding/base64url.js';
import { parseJsonObject } from '../../jwt/encoding/json-object.js';
import { asArray, isObject } from '../shared/json.js';
import { refuseImage } from './image-error.js';
import { readImageInput } from './image-input.js';
import { type BadgeImageOptions, resolveImageLimits } from './image-options.js';
import type { BadgeSpec } from './keywords.js';
import { COMPACT_JWS } from './payload.js';
import { bakePng } from './png-credential.js';
import { bakeSvg } from './svg-credential.js';

/**
 * Options of {@link bakeBadgeImage}: the image limits, and the specification to bake under when the
 * credential does not tell.
 *
 * @example
 * ```ts
 * import type { BakeBadgeImageOptions } from 'microcred/interop';
 * const options: BakeBadgeImageOptions = { spec: 'ob2' };
 * ```
 * @category Badge images
 */
export interface BakeBadgeImageOptions extends BadgeImageOptions {
  /**
   * `ob3` (Open Badges 3.0), `ob2` (Open Badges 2.0) or `clr2` (CLR 2.0). Default: read from the credential
   * (an OB 2.0 `Assertion` → `ob2`, a `ClrCredential` → `clr2`, anything else → `ob3`).
   */
  readonly spec?: BadgeSpec;
}

const OB2_CONTEXTS = ['https://w3id.org/openbadges/v2', 'https://openbadgespec.org/v2/context.json'];

/** The specification a credential (or a JWS payload) belongs to. */
function specOf(doc: Readonly<Record<string, unknown>>): BadgeSpec {
  const vc = isObject(doc['vc']) ? doc['vc'] : doc;
  const types = asArray(vc['type']);
  if (types.includes('ClrCredential')) return 'clr2';
  if (types.includes('Assertion') || asArray(vc['@context']).some((c) => OB2_CONTEXTS.includes(String(c))))
    return 'ob2';
  return 'ob3';
}

function credentialSpec(credential: unknown): BadgeSpec {
  if (isObject(credential)) return specOf(credential);
  if (typeof credential !== 'string' || !COMPACT_JWS.test(credential)) {
    return refuseImage(['credential'], 'the credential must be a compact JWS or a JSON object', {});
  }
  const bytes = decodeBase64url(credential.split('.')[1] as string);
  const payload = bytes === undefined ? undefined : parseJsonObject(bytes);
  if (payload === undefined || !payload.ok)
    return refuseImage(['credential'], 'the JWS payload is not a JSON object', {});
  return specOf(payload.value);
}

/**
 * Bakes a credential into a badge image, following the Open Badges 3.0 "Baked Badge" rules (and OB 2.0's for
 * an OB 2.0 assertion): a PNG gets one uncompressed `iTXt` chunk (empty language tag and translated keyword),
 * written where the previous credential chunk was or just before `IEND`; an SVG gets one element as the first
 * child of `<svg>`, the namespace declared on `<svg>`, a JWS in its `verify` attribute or JSON in a CDATA
 * body. Every credential chunk or element already there (of any of the three specifications) is replaced, so
 * the result always carries exactly one. The image is checked as strictly as by {@link extractBadgeImage}.
 *
 * @param image - PNG or SVG bytes, or SVG text
 * @param credential - a compact JWS, or the credential or assertion as a JSON object
 * @param options - limits, and the specification when it is not to be read from the credential
 * @returns the PNG's new bytes, or the SVG's new text
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` over `maxBytes`; `ERR_VALIDATION` for a malformed
 *   image or a credential that is neither a compact JWS nor a JSON object
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { bakeBadgeImage, extractBadgeImage } from 'microcred/interop';
 * declare const png: Uint8Array;
 * declare const jws: string;
 * const baked = bakeBadgeImage(png, jws);
 * extractBadgeImage(baked)?.kind; // 'jws'
 * ```
 * @category Badge images
 */
export function bakeBadgeImage(
  image: string,
  credential: string | Readonly<Record<string, unknown>>,
  options?: BakeBadgeImageOptions,
): string;
export function bakeBadgeImage(
  image: Uint8Array,
  credential: string | Readonly<Record<string, unknown>>,
  options?: BakeBadgeImageOptions,
): Uint8Array | string;
export function bakeBadgeImage(
  image: Uint8Array | string,
  credential: string | Readonly<Record<string, unknown>>,
  options?: BakeBadgeImageOptions,
): Uint8Array | string {
  const limits = resolveImageLimits(options, ['spec']);
  const given = options?.spec;
  if (given !== undefined && given !== 'ob3' && given !== 'ob2' && given !== 'clr2') {
    throw new MicrocredOptionsError('options.spec', 'must be "ob3", "ob2" or "clr2"');
  }
  const spec = given ?? credentialSpec(credential);
  if (given !== undefined) credentialSpec(credential);
  const input = readImageInput(image, limits);
  if (input.format === 'svg') return bakeSvg(input.text, spec, credential);
  const text = typeof credential === 'string' ? credential : JSON.stringify(credential);
  return bakePng(input.bytes, limits, spec, text);
}
