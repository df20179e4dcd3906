import { MicrocredError } from '../../errors.js';
import { decodeBase64url } from '../encoding/base64url.js';
import { gunzip } from '../encoding/gzip.js';

/**
 * Decodes an `encodedList` (multibase base64url of GZIP data) into its bitstring, inflating at most `maxBytes`
 * (a positive integer the caller has validated). `decodeStatusList` is the public form that validates its options;
 * the verifier's on-demand status-list reader calls this one, so that neither the public module nor what it
 * imports loads with the verifier.
 */
export async function inflateStatusList(encoded: unknown, maxBytes: number): Promise<Uint8Array> {
  if (typeof encoded !== 'string' || !encoded.startsWith('u')) {
    throw new MicrocredError('ERR_STATUS_UNAVAILABLE', 'encodedList must be multibase base64url (prefix "u")');
  }
  const compressed = decodeBase64url(encoded.slice(1));
  if (compressed === undefined || compressed.length === 0) {
    throw new MicrocredError('ERR_STATUS_UNAVAILABLE', 'encodedList is not canonical base64url');
  }
  const bits = await gunzip(compressed, maxBytes);
  if (bits === 'too-large') {
    throw new MicrocredError('ERR_STATUS_UNAVAILABLE', `encodedList inflates to more than ${maxBytes} bytes`);
  }
  if (bits === 'corrupt') throw new MicrocredError('ERR_STATUS_UNAVAILABLE', 'encodedList is not valid GZIP data');
  return bits;
}
