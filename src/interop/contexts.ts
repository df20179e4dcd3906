import bitstringStatusListV1 from './contexts/bitstring-status-list-v1.json';
import credentialsV1 from './contexts/credentials-v1.json';
import credentialsV2 from './contexts/credentials-v2.json';
import elmEdcAp from './contexts/elm-edc-ap-context.json';
import obV3p0 from './contexts/ob-v3p0-context-3.0.3.json';

/**
 * A JSON-LD document (a context), as plain JSON.
 *
 * @example
 * ```ts
 * import type { JsonLdDocument } from 'microcred/interop';
 * const doc: JsonLdDocument = { '@context': { name: 'https://schema.org/name' } };
 * ```
 * @category Interop
 */
export type JsonLdDocument = Readonly<Record<string, unknown>>;

/**
 * The official JSON-LD contexts microcred ships, keyed by the URL they are published at: W3C VC 2.0 and
 * 1.1, Bitstring Status List v1.0, Open Badges 3.0 (3.0.3) and the ELM 3 EDC application profile.
 *
 * @example
 * ```ts
 * import { CONTEXTS } from 'microcred/interop';
 * Object.keys(CONTEXTS).includes('https://www.w3.org/ns/credentials/v2'); // true
 * ```
 * @category Interop
 */
export const CONTEXTS: Readonly<Record<string, JsonLdDocument>> = Object.freeze({
  'https://www.w3.org/ns/credentials/v2': credentialsV2 as JsonLdDocument,
  'https://www.w3.org/2018/credentials/v1': credentialsV1 as JsonLdDocument,
  'https://www.w3.org/ns/credentials/status/v1': bitstringStatusListV1 as JsonLdDocument,
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': obV3p0 as JsonLdDocument,
  'http://data.europa.eu/snb/model/context/edc-ap': elmEdcAp as JsonLdDocument,
});
