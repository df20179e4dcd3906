import { refuseImage, refuseTooLarge } from './image-error.js';
import type { ImageLimits } from './image-options.js';
import { hasPngSignature } from './png-chunks.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** An image told apart by its first bytes: PNG bytes, or SVG text. */
export type ImageInput =
  | { readonly format: 'png'; readonly bytes: Uint8Array }
  | { readonly format: 'svg'; readonly text: string };

/** The UTF-8 size of a string, counted without encoding it. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return n;
}

/**
 * Checks the size first (`ERR_INPUT_TOO_LARGE` over `maxBytes`, before any parsing), then tells the format:
 * the PNG signature, or text that decodes as UTF-8 and starts (after a byte-order mark and white space) with
 * `<`. Anything else is refused.
 */
export function readImageInput(image: unknown, limits: ImageLimits): ImageInput {
  if (typeof image === 'string') {
    if (image.length > limits.maxBytes || (image.length * 3 > limits.maxBytes && utf8Length(image) > limits.maxBytes)) {
      refuseTooLarge(utf8Length(image), limits.maxBytes);
    }
    return { format: 'svg', text: svgText(image) };
  }
  if (!(image instanceof Uint8Array)) {
    return refuseImage(
      [],
      'the image must be a Uint8Array (PNG or SVG) or a string (SVG)',
      { expected: 'Uint8Array or string', received: typeof image },
      'invalid_type',
    );
  }
  if (image.length > limits.maxBytes) refuseTooLarge(image.length, limits.maxBytes);
  if (hasPngSignature(image)) return { format: 'png', bytes: image };
  let text: string;
  try {
    text = UTF8.decode(image);
  } catch {
    return refuseImage([], 'neither a PNG (signature) nor UTF-8 SVG text', { offset: 0 });
  }
  return { format: 'svg', text: svgText(text) };
}

function svgText(text: string): string {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!body.trimStart().startsWith('<')) refuseImage([], 'neither a PNG (signature) nor SVG markup', { offset: 0 });
  return body;
}
