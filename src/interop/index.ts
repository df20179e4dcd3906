/**
 * `microcred/interop`: W3C VC 2.0, Open Badges 3.0 and ELM 3 documents. It starts with the offline
 * JSON-LD contexts and their document loader.
 *
 * @module
 */
export { CONTEXTS, type JsonLdDocument } from './contexts.js';
export { documentLoader, type RemoteDocument } from './document-loader.js';
