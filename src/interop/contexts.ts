import bitstringStatusListV1 from './contexts/bitstring-status-list-v1.json';
import credentialsV1 from './contexts/credentials-v1.json';
import credentialsV2 from './contexts/credentials-v2.json';
import elmEdcAp from './contexts/elm-edc-ap-context.json';
import microcredV0 from './contexts/microcred-v0.json';
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
 * 1.1, Bitstring Status List v1.0, Open Badges 3.0 (3.0.3), the ELM 3 EDC application profile, and
 * microcred's own extension context ({@link MICROCRED_CONTEXT_URL}).
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
  'https://w3id.org/microcred/contexts/v0.jsonld': microcredV0 as JsonLdDocument,
});

/**
 * The URL of microcred's JSON-LD extension context, version 0. Its terms (`microcred:workload`,
 * `microcred:level`, ...) carry the model's elements that a target format cannot hold natively, each as
 * a JSON literal (`@type: @json`) in the model's own shape; the namespace is `https://w3id.org/microcred/ns#`.
 * The document ships in the package ({@link microcredContext}) and {@link documentLoader} serves it offline.
 *
 * @example
 * ```ts
 * import { MICROCRED_CONTEXT_URL } from 'microcred/interop';
 * MICROCRED_CONTEXT_URL; // 'https://w3id.org/microcred/contexts/v0.jsonld'
 * ```
 * @category Interop
 */
export const MICROCRED_CONTEXT_URL = 'https://w3id.org/microcred/contexts/v0.jsonld';

/**
 * microcred's JSON-LD extension context document (the one published at {@link MICROCRED_CONTEXT_URL}).
 *
 * @example
 * ```ts
 * import { microcredContext } from 'microcred/interop';
 * Object.keys(microcredContext['@context'] as object).includes('microcred:workload'); // true
 * ```
 * @category Interop
 */
export const microcredContext: JsonLdDocument = microcredV0 as JsonLdDocument;
