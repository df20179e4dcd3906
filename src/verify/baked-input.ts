import type { BadgeImageOptions } from '../interop/badge-image/image-options.js';
import type { BadgeSpec, BakedCredential } from '../interop/badge-image/types.js';
import type { Classified } from './detect.js';
import type { CredentialFormat } from './types.js';
import { unsupported } from './unsupported.js';

/** What `verifyAny` and `readAny` say of a badge image: what was baked in and the format it was read as. */
interface BakedResult {
  readonly format: CredentialFormat;
  readonly baked?: {
    readonly spec: BadgeSpec;
    readonly embedded: BakedCredential['kind'];
    readonly format: CredentialFormat;
  };
}

/**
 * The badge-image branch of `verifyAny` and `readAny`: extracts what the image carries, hands a hosted assertion's
 * URL to `hosted` and a baked token or document to `embedded`, and reports the result as the image's format with
 * `baked` saying what was inside. The image reader is loaded on demand, as the other branches are.
 */
export async function fromBakedImage<R extends BakedResult>(
  detected: Classified,
  image: BadgeImageOptions | undefined,
  hosted: (url: string) => Promise<R>,
  embedded: (value: string | Readonly<Record<string, unknown>>) => Promise<R>,
): Promise<R> {
  const { extractBadgeImage } = await import('../interop/badge-image/extract-badge-image.js');
  const baked = extractBadgeImage(detected.value as Uint8Array | string, image);
  if (baked === undefined) throw unsupported(detected, 'The badge image carries no credential');
  const inner = baked.kind === 'url' ? await hosted(baked.value) : await embedded(baked.value);
  return {
    ...inner,
    format: detected.format as CredentialFormat,
    baked: { spec: baked.spec, embedded: baked.kind, format: inner.format },
  };
}
