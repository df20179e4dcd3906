/// <reference path="./jsonld-internals.d.ts" />
import jsonld from 'jsonld';
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import type { ContextLoader } from './document-loader.js';

interface JsonLdCanonize {
  canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
}

/**
 * jsonld.js's canonicalisation, for documents the pinned-context converter leaves to it: safe mode, base IRI
 * null, the loader's own cache of processed contexts (never jsonld.js's process-wide one). Loaded on demand, so
 * that a bundle of the verifier does not carry jsonld.js at start.
 */
export function canonizeWithJsonld(
  input: unknown,
  loader: ContextLoader,
  canonizeOptions: Record<string, unknown>,
): Promise<string> {
  return (jsonld as unknown as JsonLdCanonize).canonize(input, {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
    safe: true,
    base: null,
    documentLoader: loader,
    contextResolver: new ContextResolver({ sharedCache: loader.resolved }),
    canonizeOptions,
  });
}
