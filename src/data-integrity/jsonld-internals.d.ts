/** jsonld.js's context resolver (not part of its typed API): resolves contexts into a cache the caller owns. */
declare module 'jsonld/lib/ContextResolver.js' {
  export default class ContextResolver {
    constructor(options: { sharedCache: { get(key: string): unknown; set(key: string, value: unknown): void } });
  }
}
