import { MicrocredOptionsError } from '../../errors.js';
import { isObject } from '../shared/json.js';

/**
 * Limits applied to a badge image before and while it is read. An image over a limit is refused with a typed
 * error; nothing is read past it.
 *
 * @example
 * ```ts
 * import type { BadgeImageOptions } from 'microcred/interop';
 * const options: BadgeImageOptions = { maxBytes: 2 * 1024 * 1024, maxChunks: 512 };
 * ```
 * @category Badge images
 */
export interface BadgeImageOptions {
  /** Largest image accepted, in bytes (UTF-8 bytes for SVG text); checked before anything is parsed. Default 10 MiB. */
  readonly maxBytes?: number;
  /** Most PNG chunks read (IDAT included); default 4,096. */
  readonly maxChunks?: number;
}

/**
 * {@link BadgeImageOptions} with every default applied.
 *
 * @example
 * ```ts
 * import type { ImageLimits } from 'microcred/interop';
 * const limits: ImageLimits = { maxBytes: 1024 * 1024, maxChunks: 256 };
 * ```
 * @category Badge images
 */
export interface ImageLimits {
  readonly maxBytes: number;
  readonly maxChunks: number;
}

/**
 * The default badge image limits: 10 MiB, 4,096 PNG chunks.
 *
 * @example
 * ```ts
 * import { DEFAULT_IMAGE_LIMITS } from 'microcred/interop';
 * DEFAULT_IMAGE_LIMITS.maxChunks; // 4096
 * ```
 * @category Badge images
 */
export const DEFAULT_IMAGE_LIMITS: ImageLimits = Object.freeze({ maxBytes: 10 * 1024 * 1024, maxChunks: 4096 });

/** Validates image options (positive safe integers, no unknown keys) and applies defaults. */
export function resolveImageLimits(options: unknown, extraKeys: readonly string[] = []): ImageLimits {
  if (options === undefined) return DEFAULT_IMAGE_LIMITS;
  if (!isObject(options)) throw new MicrocredOptionsError('options', 'must be an object');
  for (const key of Object.keys(options)) {
    if (key !== 'maxBytes' && key !== 'maxChunks' && !extraKeys.includes(key)) {
      throw new MicrocredOptionsError(`options.${key}`, 'is not an option');
    }
  }
  const read = (key: 'maxBytes' | 'maxChunks'): number => {
    const value = options[key];
    if (value === undefined) return DEFAULT_IMAGE_LIMITS[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw new MicrocredOptionsError(`options.${key}`, 'must be a positive integer');
    }
    return value;
  };
  return { maxBytes: read('maxBytes'), maxChunks: read('maxChunks') };
}
