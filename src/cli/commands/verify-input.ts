import { CliError } from '../cli-error.js';
import { decodeUtf8 } from '../files/decode-text.js';
import { sourceName } from '../files/read-input.js';

/** A compact JWS: three base64url parts. */
export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * What a `verify` input holds. Only `tokens` is verified today; the other kinds are recognised so that the
 * user is told what to do instead of seeing every line fail as a token.
 */
export type VerifyInput =
  | { readonly kind: 'tokens'; readonly tokens: readonly string[]; readonly bom: boolean }
  | { readonly kind: 'json'; readonly text: string }
  | { readonly kind: 'png' }
  | { readonly kind: 'empty' };

/**
 * Classifies the bytes of a `verify` input: a PNG image, a JSON document (its first non-blank character
 * is `{` or `[`), nothing, or text with one token per line. Text must be strict UTF-8.
 *
 * @throws CliError for bytes that are neither a PNG image nor UTF-8 text
 */
export function classifyVerifyInput(bytes: Uint8Array, source: string): VerifyInput {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { kind: 'png' };
  const { text, bom } = decodeUtf8(bytes, source);
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { kind: 'json', text };
  const tokens = trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return { kind: 'tokens', tokens, bom };
}

/**
 * The tokens of a classified input, or a usage error that says what the input is and what to do with it.
 *
 * @throws CliError for a JSON document, an image or an empty input
 */
export function tokensOrAdvice(input: VerifyInput, source: string): readonly string[] {
  const name = sourceName(source);
  const file = source === '-' ? '<file>' : source;
  switch (input.kind) {
    case 'tokens':
      return input.tokens;
    case 'empty':
      throw new CliError(`${name} holds no token`);
    case 'png':
      throw new CliError(`${name} is a PNG image: verify reads compact JWS tokens (one per line), not badge images`);
    case 'json':
      throw new CliError(
        `${name} is a JSON document, not a signed token: verify reads compact JWS tokens (one per line). ` +
          `To sign the credential, run "microcred sign ${file} --key <private.jwk>"; to check its content ` +
          `without a signature, run "microcred validate ${file}"`,
      );
  }
}
