import { readImageInput } from './image-input.js';
import { type BadgeImageOptions, resolveImageLimits } from './image-options.js';
import { extractPng } from './png-credential.js';
import { extractSvg } from './svg-credential.js';
import type { BakedCredential } from './types.js';

/**
 * Reads the credential baked into a badge image: the PNG `iTXt` chunk `openbadgecredential` (Open Badges 3.0),
 * `clrcredential` (CLR 2.0) or `openbadges` (Open Badges 2.0, also the legacy `tEXt` hosted URL), or the SVG
 * element `<openbadges:credential>` (`https://purl.imsglobal.org/ob/v3p0`), the CLR element
 * (`https://purl.imsglobal.org/clr/v2p0`) or `<openbadges:assertion>` (`http://openbadges.org`). The image is
 * an envelope only: verify what it returns (`verifyCredential` for a JWS, `fromOpenBadge2` for an OB 2.0
 * assertion or URL).
 *
 * Hostile images are refused with a typed error, never read on: the size is checked before parsing; every
 * PNG chunk is framed and CRC-checked; a compressed credential chunk, two credential chunks or elements, an
 * SVG with an entity declaration, an internal DTD subset or any other markup declaration are refused (a bare
 * `<!DOCTYPE svg PUBLIC …>` without internal subset, as SVG editors write, is tolerated and never read).
 *
 * @param image - PNG or SVG bytes, or SVG text
 * @param options - size and chunk-count limits
 * @returns what is embedded and in which form, or undefined when the image carries no credential
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` over `maxBytes`; `ERR_VALIDATION` for a malformed or
 *   ambiguous image, with one issue whose `params` give the `offset` and the `reason`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { extractBadgeImage } from 'microcred/interop';
 * declare const png: Uint8Array;
 * const found = extractBadgeImage(png);
 * if (found?.kind === 'jws') console.log(`${found.spec} credential signed as a JWS`);
 * ```
 * @category Badge images
 */
export function extractBadgeImage(
  image: Uint8Array | string,
  options?: BadgeImageOptions,
): BakedCredential | undefined {
  const limits = resolveImageLimits(options);
  const input = readImageInput(image, limits);
  return input.format === 'png' ? extractPng(input.bytes, limits) : extractSvg(input.text, limits.maxBytes);
}
