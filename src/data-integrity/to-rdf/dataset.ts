import type { ContextLoader } from '../document-loader.js';
import { PINNED_CONTEXTS } from '../pinned-contexts.js';
import { type ContextTable, emptyContext } from './active-context.js';
import { node, type Walk } from './expand.js';
import { type NodeMap, type Quad, toQuads } from './node-map.js';
import { UnsupportedJsonLd } from './unsupported.js';

/** The converter's answer: the RDF dataset, or why it left the document to jsonld.js. */
export type PinnedDataset = { readonly quads: Quad[] } | { readonly unsupported: string };

const TABLES = new WeakMap<ContextLoader, ContextTable>();

function tableOf(loader: ContextLoader): ContextTable {
  let table = TABLES.get(loader);
  if (table === undefined) {
    table = { documents: new Map(), root: emptyContext(), size: 0 };
    TABLES.set(loader, table);
  }
  return table;
}

/** Every string a `@context` member of the document names (nested ones too), or undefined for any other value. */
function contextUrls(value: unknown, urls: Set<string>, depth = 0): boolean {
  if (depth > 256) return false;
  if (Array.isArray(value)) return value.every((item) => contextUrls(item, urls, depth + 1));
  if (typeof value !== 'object' || value === null) return true;
  for (const [key, member] of Object.entries(value)) {
    if (key === '@context') {
      const list = Array.isArray(member) ? member : [member];
      if (!list.every((url) => typeof url === 'string')) return false;
      for (const url of list) urls.add(url);
    } else if (!contextUrls(member, urls, depth + 1)) {
      return false;
    }
  }
  return true;
}

/** Loads the pinned URLs the table does not hold yet through the loader (its pin check included). */
async function loadPinned(table: ContextTable, loader: ContextLoader, urls: Set<string>): Promise<string | undefined> {
  for (const url of urls) {
    if (table.documents.has(url)) continue;
    if (!Object.hasOwn(PINNED_CONTEXTS, url)) return `the context ${url} is not pinned`;
    let document: unknown;
    try {
      document = (await loader(url)).document;
    } catch {
      return `the loader refused ${url}`;
    }
    const context = (document as { '@context'?: unknown } | null)?.['@context'];
    if (typeof context !== 'object' || context === null || Array.isArray(context)) {
      return `the context ${url} is not a single object`;
    }
    table.documents.set(url, context as Readonly<Record<string, unknown>>);
  }
  return undefined;
}

/**
 * JSON-LD → RDF for a document whose every `@context` is a pinned context URL: the dataset JSON-LD 1.1
 * expansion and Deserialize JSON-LD to RDF give (base IRI null, safe mode), built from term tables processed
 * once per loader instead of by jsonld.js. A document using anything this subset does not model (an inline or
 * unknown context, an undefined term, a relative IRI, `@reverse`, `@included`, `@nest`, `@direction`, a
 * keyword alias not in the pinned contexts, an unusual value shape) comes back `unsupported`, for jsonld.js
 * to process with its own errors. Blank node labels differ from jsonld.js's; RDFC-1.0 relabels them.
 */
export async function pinnedContextDataset(input: unknown, loader: ContextLoader): Promise<PinnedDataset> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { unsupported: 'the document is not a JSON object' };
  }
  const urls = new Set<string>();
  if (!contextUrls(input, urls)) return { unsupported: 'a @context is not a list of URLs' };
  const table = tableOf(loader);
  const refused = await loadPinned(table, loader, urls);
  if (refused !== undefined) return { unsupported: refused };
  let counter = 0;
  const map: NodeMap = new Map([['@default', new Map()]]);
  const walk: Walk = { table, map, labels: new Map(), newBlankNode: () => `_:b${counter++}` };
  try {
    const top = node(walk, table.root, null, input as Readonly<Record<string, unknown>>, '@default');
    if (top.members === 0 || (top.members === 1 && top.hasId)) {
      return { unsupported: 'the document is empty or only an identifier' };
    }
    return { quads: toQuads(map, walk.newBlankNode) };
  } catch (error) {
    // Whatever stops the converter (a shape it does not model, or a fault of its own) leaves the document to
    // jsonld.js, which then accepts or refuses it on its own terms.
    return { unsupported: error instanceof UnsupportedJsonLd ? error.message : `the converter failed: ${error}` };
  }
}
