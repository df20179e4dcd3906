import { isMicrocredError } from '../errors.js';
import { isObject } from '../interop/shared/json.js';
import type { ClrItem, CredentialInput } from './types.js';

/**
 * Splits a CLR 2.0 bundle: every `credentialSubject.verifiableCredential[i]` (a compact JWS or a JSON credential
 * with its own proof) is verified (or, by `readAny`, read) on its own by `verify` and read as its own credential. An item
 * that fails is reported with its index and error code, never dropped; an error that is not a microcred error
 * (a bug, an abort) is not swallowed.
 */
export async function splitClr<R>(
  document: Readonly<Record<string, unknown>>,
  verify: (input: CredentialInput) => Promise<R>,
): Promise<readonly ClrItem<R>[]> {
  const subject = document['credentialSubject'];
  const list =
    isObject(subject) && Array.isArray(subject['verifiableCredential']) ? subject['verifiableCredential'] : [];
  const items: ClrItem<R>[] = [];
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
