import { fromVc11Document } from '../jwt/credential/vc11-envelope.js';
import type { KeyInput } from '../jwt/verify/resolve-key.js';
import { verifyCredentialDocument } from '../jwt/verify/verify-credential-document.js';
import { documentResult } from './read-document.js';
import type { ClrItem, VerifyAnyOptions, VerifyAnyResult } from './types.js';

/** The verifier's own options, without the ones `verifyAny` adds. */
export function jwtOptions(options: VerifyAnyOptions): Omit<VerifyAnyOptions, 'import' | 'sdJwt'> {
  const { import: _import, sdJwt: _sdJwt, ...rest } = options;
  return rest;
}

/**
 * The compact JWS branch: the whole fail-closed JWT pipeline (any of the three profiles), then the document read
 * by what it is. A CLR bundle is split by `splitClr`, which verifies every item on its own.
 */
export async function verifyJwtInput(
  token: string,
  keys: KeyInput,
  options: VerifyAnyOptions,
  splitClr: (document: Readonly<Record<string, unknown>>) => Promise<readonly ClrItem[]>,
): Promise<VerifyAnyResult> {
  const verified = await verifyCredentialDocument(token, keys, jwtOptions(options));
  const document = verified.profile === 'vc11-jwt' ? fromVc11Document(verified.document) : verified.document;
  const result = await documentResult('jwt', verified, document, options, splitClr);
  return { ...result, profile: verified.profile };
}
