import { MicrocredError } from '../errors.js';
import { CONTEXTS, type JsonLdDocument } from './contexts.js';

/**
 * What a JSON-LD document loader returns (the shape `jsonld.js` and other processors expect).
 *
 * @example
 * ```ts
 * import type { RemoteDocument } from 'microcred/interop';
 * const doc: RemoteDocument = { contextUrl: null, documentUrl: 'https://example.org/ctx', document: {} };
 * ```
 * @category Interop
 */
export interface RemoteDocument {
  readonly contextUrl: null;
  readonly documentUrl: string;
  readonly document: JsonLdDocument;
}

/**
 * A JSON-LD document loader that serves every context microcred uses from the package itself, with no
 * network access. Any other URL is refused, so a processor never fetches a context an attacker chose.
 *
 * @param url - the context URL
 * @returns the document
 * @throws MicrocredError `ERR_INTEROP_UNMAPPABLE` for a URL that is not shipped
 * @example
 * ```ts
 * import { documentLoader } from 'microcred/interop';
 * const { document } = await documentLoader('https://www.w3.org/ns/credentials/v2');
 * ```
 * @category Interop
 */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  const document = typeof url === 'string' && Object.hasOwn(CONTEXTS, url) ? CONTEXTS[url] : undefined;
  if (document === undefined) {
    throw new MicrocredError('ERR_INTEROP_UNMAPPABLE', `The context ${String(url)} is not available offline`);
  }
  return { contextUrl: null, documentUrl: url, document };
}
