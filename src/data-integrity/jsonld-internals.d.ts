/** jsonld.js's context resolver (not part of its typed API): resolves contexts into a cache the caller owns. */
declare module 'jsonld/lib/ContextResolver.js' {
  export default class ContextResolver {
    constructor(options: { sharedCache: { get(key: string): unknown; set(key: string, value: unknown): void } });
  }
}

/** rdf-canonize (CommonJS, untyped): RDFC-1.0 over a dataset of quads in the RDF/JS term shape. */
declare module 'rdf-canonize' {
  const rdfCanonize: {
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
  };
  export default rdfCanonize;
}
