import { refuseImage } from './image-error.js';
import type { ImageLimits } from './image-options.js';
import { type BadgeSpec, PNG_KEYWORDS } from './keywords.js';
import { baked, classifyPayload } from './payload.js';
import { encodeChunk, readPngChunks } from './png-chunks.js';
import { encodeITxt, isCredentialChunk, type PngCredentialText, readCredentialText } from './png-text.js';
import type { BakedCredential } from './types.js';

/**
 * The credential baked into a PNG, or undefined when it carries none. Every chunk is framed and CRC-checked
 * first; more than one credential chunk (of any of the three keywords) is ambiguous and refused rather than
 * "first one wins", so two readers of one image cannot see two different credentials.
 */
export function extractPng(bytes: Uint8Array, limits: ImageLimits): BakedCredential | undefined {
  const chunks = readPngChunks(bytes, limits);
  let found: PngCredentialText | undefined;
  chunks.forEach((chunk, index) => {
    const text = readCredentialText(bytes, chunk, index);
    if (text === undefined) return;
    if (found !== undefined) {
      refuseImage(
        ['png', 'chunks', index],
        `a second credential chunk (the first is chunk ${found.index})`,
        {
          offset: chunk.start,
        },
        'invalid_combination',
      );
    }
    found = text;
  });
  if (found === undefined) return undefined;
  return baked(
    'png',
    found.spec,
    classifyPayload(found.text, found.spec, ['png', 'chunks', found.index], limits.maxBytes),
  );
}

/**
 * A copy of the PNG with every credential text chunk removed and one uncompressed `iTXt` chunk with the
 * specification's keyword written where the first one was, or just before `IEND` when there was none.
 */
export function bakePng(bytes: Uint8Array, limits: ImageLimits, spec: BadgeSpec, text: string): Uint8Array {
  const chunks = readPngChunks(bytes, limits);
  const chunk = encodeChunk('iTXt', encodeITxt(PNG_KEYWORDS[spec], text));
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let written = false;
  for (const c of chunks) {
    const replaced = isCredentialChunk(bytes, c);
    if ((replaced || c.type === 'IEND') && !written) {
      parts.push(chunk);
      written = true;
    }
    if (!replaced) parts.push(bytes.subarray(c.start, c.end));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
