import { refuseImage } from './image-error.js';
import { type BadgeSpec, specOfKeyword } from './keywords.js';
import type { PngChunk } from './png-chunks.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LATIN1 = new TextDecoder('latin1');

/** A credential text found in a PNG chunk. */
export interface PngCredentialText {
  readonly spec: BadgeSpec;
  readonly text: string;
  /** Index of the chunk, for error paths. */
  readonly index: number;
}

/** The keyword of a text chunk (bytes before the first NUL, 1 to 79 of them), or undefined. */
function keywordOf(data: Uint8Array): { keyword: string; after: number } | undefined {
  const nul = data.subarray(0, 80).indexOf(0);
  if (nul < 1) return undefined;
  return { keyword: LATIN1.decode(data.subarray(0, nul)), after: nul + 1 };
}

/** Whether a chunk is a text chunk carrying one of the credential keywords (so baking replaces it). */
export function isCredentialChunk(bytes: Uint8Array, chunk: PngChunk): boolean {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return false;
  const found = keywordOf(bytes.subarray(chunk.dataStart, chunk.dataStart + chunk.length));
  return found !== undefined && specOfKeyword(found.keyword) !== undefined;
}

/**
 * Reads the credential of one text chunk, or undefined when the chunk carries another keyword. Refused: a
 * compressed credential (`zTXt`, or `iTXt` with compression flag 1: OB 3.0 and OB 2.0 forbid compression),
 * a malformed `iTXt` header, text that is not UTF-8, and a `tEXt` chunk for OB 3.0 or CLR (only OB 2.0's
 * legacy hosted URL lives in `tEXt`).
 */
export function readCredentialText(bytes: Uint8Array, chunk: PngChunk, index: number): PngCredentialText | undefined {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return undefined;
  const data = bytes.subarray(chunk.dataStart, chunk.dataStart + chunk.length);
  const found = keywordOf(data);
  const spec = found === undefined ? undefined : specOfKeyword(found.keyword);
  if (found === undefined || spec === undefined) return undefined;
  const path = ['png', 'chunks', index];
  const offset = chunk.dataStart;
  if (chunk.type === 'zTXt') refuseImage(path, `compressed zTXt chunk "${found.keyword}"`, { offset });
  if (chunk.type === 'tEXt') {
    if (spec !== 'ob2') refuseImage(path, `"${found.keyword}" in a tEXt chunk (must be iTXt)`, { offset });
    return { spec, text: LATIN1.decode(data.subarray(found.after)), index };
  }
  let at = found.after;
  const flag = data[at];
  const method = data[at + 1];
  if (flag === 1) refuseImage(path, `compressed iTXt chunk "${found.keyword}"`, { offset: offset + at });
  if (flag !== 0 || method !== 0) {
    refuseImage(path, 'iTXt compression flag or method is not 0', { offset: offset + at });
  }
  at += 2;
  for (const field of ['language tag', 'translated keyword']) {
    const nul = data.indexOf(0, at);
    if (nul === -1) refuseImage(path, `iTXt ${field} has no terminator`, { offset: offset + at });
    at = nul + 1;
  }
  try {
    return { spec, text: UTF8.decode(data.subarray(at)), index };
  } catch {
    return refuseImage(path, 'iTXt text is not UTF-8', { offset: offset + at });
  }
}

/** The data of an uncompressed `iTXt` chunk: keyword, flag 0, method 0, empty language and translation, UTF-8 text. */
export function encodeITxt(keyword: string, text: string): Uint8Array {
  const head = new TextEncoder().encode(`${keyword}\0\0\0\0\0`);
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}
