import { MicrocredOptionsError } from '../../errors.js';
import { fail } from '../../jwt/jwt-error.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';

/** The SRI hash algorithms SD-JWT VC integrity uses, weakest first (W3C Subresource Integrity §3.2). */
const ALGORITHMS = ['sha256', 'sha384', 'sha512'] as const;
const DIGEST: Readonly<Record<(typeof ALGORITHMS)[number], string>> = {
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
};
/** One hash expression: algorithm, base64 digest, optional options after `?`. */
const EXPRESSION = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})(?:\?\S*)?$/;
const PATH = ['payload', 'vct#integrity'];

/** Validates the `typeMetadata` option: documents by `vct`, as text or bytes. */
export function typeMetadataOption(value: unknown): ReadonlyMap<string, Uint8Array> {
  const documents = new Map<string, Uint8Array>();
  if (value === undefined) return documents;
  if (!isPlainObject(value)) throw new MicrocredOptionsError('typeMetadata', 'must map vct values to documents');
  for (const [vct, document] of Object.entries(value)) {
    if (typeof document === 'string') documents.set(vct, new TextEncoder().encode(document));
    else if (document instanceof Uint8Array) documents.set(vct, document);
    else throw new MicrocredOptionsError(`typeMetadata.${vct}`, 'must be the document as text or bytes');
  }
  return documents;
}

/**
 * Checks `vct#integrity` against the Type Metadata document the caller trusts for the credential's `vct`, by
 * the Subresource Integrity rules: of the expressions with a known algorithm, those of the strongest one
 * count, and one of them must match the SHA digest of the document's bytes. A credential that names other
 * metadata fails (`ERR_JWT_CLAIM_MISMATCH`); an integrity value with no usable expression is malformed
 * (`ERR_JWT_CLAIM_INVALID`). Without a document for the `vct` there is nothing to compare: microcred applies
 * its own rules for the type and does not fetch metadata.
 */
export async function checkTypeIntegrity(
  signed: Readonly<Record<string, unknown>>,
  documents: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  const integrity = signed['vct#integrity'];
  const document = documents.get(String(signed['vct']));
  if (integrity === undefined || document === undefined) return;
  if (typeof integrity !== 'string') fail('ERR_JWT_CLAIM_INVALID', '"vct#integrity" must be a string', PATH);
  const expressions = integrity
    .split(/[ \t\r\n]+/)
    .map((token) => EXPRESSION.exec(token))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ alg: m[1] as (typeof ALGORITHMS)[number], digest: m[2] as string }));
  const strongest = ALGORITHMS.filter((a) => expressions.some((e) => e.alg === a)).at(-1);
  if (strongest === undefined) {
    fail('ERR_JWT_CLAIM_INVALID', '"vct#integrity" has no sha256, sha384 or sha512 expression', PATH);
  }
  const actual = base64(new Uint8Array(await crypto.subtle.digest(DIGEST[strongest], document as BufferSource)));
  if (!expressions.some((e) => e.alg === strongest && e.digest === actual)) {
    fail('ERR_JWT_CLAIM_MISMATCH', '"vct#integrity" does not match the Type Metadata trusted for this vct', PATH);
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
