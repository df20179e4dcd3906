import jsonld from 'jsonld';
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import canonize from 'rdf-canonize';
import type { ContextLoader } from '../../../src/data-integrity/document-loader.js';
import { type PinnedDataset, pinnedContextDataset } from '../../../src/data-integrity/to-rdf/dataset.js';

/** jsonld.js's answer, the oracle: canonical N-Quads in safe mode with base null, or the error it throws. */
export async function jsonldCanonical(
  input: unknown,
  loader: ContextLoader,
): Promise<{ nquads: string } | { error: unknown }> {
  try {
    const nquads = await (
      jsonld as unknown as { canonize(input: unknown, options: Record<string, unknown>): Promise<string> }
    ).canonize(input, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: true,
      base: null,
      documentLoader: loader,
      contextResolver: new ContextResolver({ sharedCache: new Map() }),
    });
    return { nquads };
  } catch (error) {
    return { error };
  }
}

/**
 * The converter's answer, canonicalised with RDFC-1.0 (default work limits, as the oracle): the N-Quads, the
 * reason it left the document to jsonld.js, or the error rdf-canonize raised on its dataset.
 */
export async function fastCanonical(
  input: unknown,
  loader: ContextLoader,
): Promise<{ nquads: string; dataset: PinnedDataset } | { unsupported: string } | { error: unknown }> {
  const dataset = await pinnedContextDataset(input, loader);
  if ('unsupported' in dataset) return dataset;
  try {
    return { nquads: await canonize.canonize(dataset.quads, { algorithm: 'RDFC-1.0' }), dataset };
  } catch (error) {
    return { error };
  }
}
