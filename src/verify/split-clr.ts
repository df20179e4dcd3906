import { isMicrocredError } from '../errors.js';
import { isObject } from '../interop/shared/json.js';
import type { ClrItem, CredentialInput, VerifyAnyResult } from './types.js';

/**
 * Splits a verified CLR 2.0 bundle: every `credentialSubject.verifiableCredential[i]` (a compact JWS or a JSON
 * credential with its own proof) is verified on its own by `verify` and read as its own credential. An item
 * that fails is reported with its index and error code, never dropped; an error that is not a microcred error
 * (a bug, an abort) is not swallowed.
 */
export async function splitClr(
  document: Readonly<Record<string, unknown>>,
  verify: (input: CredentialInput) => Promise<VerifyAnyResult>,
): Promise<readonly ClrItem[]> {
  const subject = document['credentialSubject'];
  const list =
    isObject(subject) && Array.isArray(subject['verifiableCredential']) ? subject['verifiableCredential'] : [];
  const items: ClrItem[] = [];
  for (const [index, entry] of list.entries()) {
    try {
      items.push({ index, result: await verify(entry as CredentialInput) });
    } catch (error) {
      if (!isMicrocredError(error)) throw error;
      items.push({ index, error: { code: error.code, message: error.message } });
    }
  }
  return items;
}
