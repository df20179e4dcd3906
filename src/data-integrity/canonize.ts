/// <reference path="./jsonld-internals.d.ts" />
import rdfCanonize from 'rdf-canonize';
import { isMicrocredError } from '../errors.js';
import { fail } from '../jwt/jwt-error.js';
import type { ContextLoader } from './document-loader.js';
import { pinnedContextDataset } from './to-rdf/dataset.js';

/** How RDF canonicalisation runs: the loader, the hash RDFC-1.0 uses inside, and its work and time limits. */
export interface CanonizeSettings {
  readonly loader: ContextLoader;
  readonly maxWorkFactor: number;
  readonly maxDeepIterations: number | undefined;
  readonly signal: AbortSignal;
}

/**
 * JSON-LD → RDF → RDFC-1.0 canonical N-Quads, in safe mode (an undefined term, a relative IRI or any other
 * lossy construct fails instead of being dropped) with base IRI null, through the pinned loader only.
 * A document whose contexts are all pinned URLs is converted to RDF by the pinned-context converter; anything
 * it does not model goes to jsonld.js (loaded on demand), with jsonld.js's own errors. Both feed rdf-canonize,
 * which stops after `maxDeepIterations` (or non-unique blank nodes ^ `maxWorkFactor`) deep iterations and when
 * the signal aborts; both are `ERR_JSONLD_LIMIT`.
 */
export async function canonizeRdf(
  input: unknown,
  digest: 'sha256' | 'sha384',
  settings: CanonizeSettings,
  path: readonly (string | number)[],
): Promise<string> {
  if (settings.signal.aborted) fail('ERR_JSONLD_LIMIT', 'The verification ran out of time before canonicalisation');
  const canonizeOptions = {
    algorithm: 'RDFC-1.0',
    messageDigestAlgorithm: digest,
    maxWorkFactor: settings.maxWorkFactor,
    ...(settings.maxDeepIterations === undefined ? {} : { maxDeepIterations: settings.maxDeepIterations }),
    signal: settings.signal,
  };
  try {
    const dataset = await pinnedContextDataset(input, settings.loader);
    if ('quads' in dataset) {
      if (settings.signal.aborted) fail('ERR_JSONLD_LIMIT', 'The verification ran out of time during canonicalisation');
      return await rdfCanonize.canonize(dataset.quads, canonizeOptions);
    }
    const { canonizeWithJsonld } = await import('./jsonld-fallback.js');
    return await canonizeWithJsonld(input, settings.loader, canonizeOptions);
  } catch (error) {
    throw mapJsonLdError(error, path);
  }
}

/** Finds our own error inside jsonld.js's wrappers, or classifies a jsonld.js / rdf-canonize failure. */
export function mapJsonLdError(error: unknown, path: readonly (string | number)[]): unknown {
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 8; depth += 1) {
    if (isMicrocredError(e)) return e;
    const next =
      (e as { details?: { cause?: unknown }; cause?: unknown }).details?.cause ?? (e as { cause?: unknown }).cause;
    e = next;
  }
  const message = error instanceof Error ? error.message : String(error);
  const name = (error as { name?: unknown } | null)?.name;
  try {
    if (/Maximum deep iterations exceeded|Abort signal received/.test(message)) {
      fail('ERR_JSONLD_LIMIT', `Canonicalisation stopped: ${message}`, path, error);
    }
    const event = (error as { details?: { event?: { code?: unknown } } }).details?.event?.code;
    const detail = typeof event === 'string' ? `${message} (${event})` : message;
    fail(
      'ERR_JSONLD_INVALID',
      `JSON-LD processing refused the document${name === 'jsonld.ValidationError' ? ' in safe mode' : ''}: ${detail}`,
      path,
      error,
    );
  } catch (mapped) {
    return mapped;
  }
}
