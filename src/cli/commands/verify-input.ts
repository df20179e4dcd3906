import { CliError } from '../cli-error.js';
import { decodeUtf8 } from '../files/decode-text.js';
import { sourceName } from '../files/read-input.js';

/** A compact JWS: three base64url parts. */
export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Whether a command-line argument is itself a token (a compact JWS, or an SD-JWT: a JWS followed by `~`). */
export function isTokenArgument(argument: string): boolean {
  return COMPACT_JWS.test(argument) || (argument.includes('~') && COMPACT_JWS.test(argument.split('~')[0] ?? ''));
}

/** What a `verify` input holds: tokens one per line, a JSON document, a PNG or SVG image, or nothing. */
export type VerifyInput =
  | { readonly kind: 'tokens'; readonly tokens: readonly string[]; readonly bom: boolean }
  | { readonly kind: 'json'; readonly text: string }
  | { readonly kind: 'png' | 'svg'; readonly bytes: Uint8Array }
  | { readonly kind: 'empty' };

/** One thing to verify: a token, a parsed JSON document, or the bytes of a badge image. */
export type VerifyItem =
  | { readonly kind: 'token'; readonly value: string }
  | { readonly kind: 'json'; readonly value: Readonly<Record<string, unknown>> }
  | { readonly kind: 'image'; readonly value: Uint8Array };

/**
 * Classifies the bytes of a `verify` input: a PNG image, an SVG image (its first non-blank character is `<`),
 * a JSON document (`{` or `[`), nothing, or text with one token per line. Text must be strict UTF-8.
 *
 * @throws CliError for bytes that are neither a PNG image nor UTF-8 text
 */
export function classifyVerifyInput(bytes: Uint8Array, source: string): VerifyInput {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { kind: 'png', bytes };
  const { text, bom } = decodeUtf8(bytes, source);
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.startsWith('<')) return { kind: 'svg', bytes };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { kind: 'json', text };
  const tokens = trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return { kind: 'tokens', tokens, bom };
}

/**
 * The things a classified input holds: its tokens, its parsed JSON document or its image bytes.
 *
 * @param parse - the JSON parser to use (the CLI's safe parser, with the input's limits)
 * @throws CliError for an empty input
 */
export function inputsOrAdvice(
  input: VerifyInput,
  source: string,
  parse: (text: string) => unknown,
): readonly VerifyItem[] {
  switch (input.kind) {
    case 'tokens':
      return input.tokens.map((value) => ({ kind: 'token', value }));
    case 'empty':
      throw new CliError(`${sourceName(source)} holds no token`);
    case 'png':
    case 'svg':
      return [{ kind: 'image', value: input.bytes }];
    case 'json': {
      const value = parse(input.text);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new CliError(`${sourceName(source)} is JSON but not one credential (a JSON object)`);
      return [{ kind: 'json', value: value as Readonly<Record<string, unknown>> }];
    }
  }
}

/**
 * What to tell the user when nothing could verify an input: for a JSON document (a credential without a
 * proof, most often), to sign it or to validate it; otherwise the verifier's own words.
 */
export function unsupportedAdvice(item: VerifyItem, source: string, reason: string): string {
  const name = sourceName(source);
  const file = source === '-' ? '<file>' : source;
  if (item.kind !== 'json') return `${name}: ${reason}`;
  return (
    `${name} is a JSON document, not a signed token, and carries no proof verify can check (${reason}). ` +
    `To sign the credential, run "microcred sign ${file} --key <private.jwk>"; to check its content without a ` +
    `signature, run "microcred validate ${file}"`
  );
}
