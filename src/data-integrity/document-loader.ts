import canonicalize from 'canonicalize';
import type { JsonLdDocument } from '../interop/contexts.js';
import type { RemoteDocument } from '../interop/document-loader.js';
import { fail } from '../jwt/jwt-error.js';
import { refuseVocabAndBase } from './context-safety.js';
import { OB3_BETA_CONTEXT, OB3_CONTEXT_JSON, PINNED_CONTEXTS, type PinnedContext } from './pinned-contexts.js';

/**
 * A JSON-LD document loader: what `jsonld.js` calls for every context URL. Each loader has its own cache of
 * resolved and processed contexts (`resolved`), so contexts are processed once per loader, not once per
 * document, and a context served by one loader is never seen by another.
 */
export type ContextLoader = ((url: string) => Promise<RemoteDocument>) & { readonly resolved: BoundedCache };

/** A bounded map with the `get`/`set` interface jsonld.js's context resolver uses for its shared cache. */
export interface BoundedCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

function boundedCache(max: number): BoundedCache {
  const entries = new Map<string, unknown>();
  return {
    get: (key) => entries.get(key),
    set: (key, value) => {
      if (entries.size >= max) entries.clear();
      entries.set(key, value);
    },
  };
}

/** How a loader is built: contexts the caller pins on top of ours, and whether `@vocab`/`@base` are allowed. */
export interface LoaderConfig {
  readonly contexts: Readonly<Record<string, JsonLdDocument>>;
  readonly allowVocab: boolean;
  /** Serve the pre-2022-11-07 beta content at the OB 3.0 `context.json` URL. */
  readonly ob3Beta: boolean;
}

const checked = new WeakMap<PinnedContext, Promise<void>>();

/** Checks a pinned context against its digest once per process; a mismatch fails every later load too. */
function checkPin(url: string, pinned: PinnedContext): Promise<void> {
  let pending = checked.get(pinned);
  if (pending === undefined) {
    pending = (async () => {
      const bytes = new TextEncoder().encode(canonicalize(pinned.document) ?? '');
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      if (hex !== pinned.sha256) fail('ERR_JSONLD_CONTEXT', `The pinned context ${url} does not match its SHA-256 pin`);
    })();
    checked.set(pinned, pending);
  }
  return pending;
}

/**
 * Builds a fail-closed, offline loader: an exact-URL map to pinned documents, with the caller's own contexts
 * added (they win over nothing: a URL we pin cannot be replaced). Any other URL is `ERR_JSONLD_CONTEXT` naming it.
 */
export function createContextLoader(config: LoaderConfig): ContextLoader {
  const vetted = new Set<string>();
  const load = async (url: string): Promise<RemoteDocument & { tag: 'static' }> => {
    if (typeof url !== 'string') fail('ERR_JSONLD_CONTEXT', 'A JSON-LD context reference is not a URL');
    let document: JsonLdDocument | undefined;
    if (Object.hasOwn(PINNED_CONTEXTS, url)) {
      const pinned =
        url === OB3_CONTEXT_JSON && config.ob3Beta ? OB3_BETA_CONTEXT : (PINNED_CONTEXTS[url] as PinnedContext);
      await checkPin(url, pinned);
      document = pinned.document;
    } else if (Object.hasOwn(config.contexts, url)) {
      document = config.contexts[url];
    }
    if (document === undefined) {
      fail('ERR_JSONLD_CONTEXT', `The JSON-LD context ${url} is not pinned; microcred never fetches contexts`, [
        '@context',
      ]);
    }
    if (!config.allowVocab && !vetted.has(url)) {
      refuseVocabAndBase(document, `The context ${url}`);
      vetted.add(url);
    }
    // `static`: the document at this URL never changes for this loader, so jsonld.js may keep it resolved.
    return { contextUrl: null, documentUrl: url, document, tag: 'static' };
  };
  return Object.assign(load, { resolved: boundedCache(1000) });
}

const SHARED: Record<'final' | 'beta', ContextLoader | undefined> = { final: undefined, beta: undefined };
const BY_CONTEXTS = new WeakMap<object, Record<string, ContextLoader>>();

/**
 * The loader for a configuration, reused across calls so its processed contexts are too: one per
 * `allowVocab`/`ob3Beta` pair for the pinned contexts alone, and one per caller contexts object otherwise.
 */
export function loaderFor(config: LoaderConfig): ContextLoader {
  const key = `${config.allowVocab}/${config.ob3Beta}`;
  if (Object.keys(config.contexts).length === 0 && !config.allowVocab) {
    const slot = config.ob3Beta ? 'beta' : 'final';
    SHARED[slot] ??= createContextLoader(config);
    return SHARED[slot];
  }
  let byKey = BY_CONTEXTS.get(config.contexts);
  if (byKey === undefined) {
    byKey = {};
    BY_CONTEXTS.set(config.contexts, byKey);
  }
  byKey[key] ??= createContextLoader(config);
  return byKey[key];
}

const DEFAULT_LOADER = loaderFor({ contexts: {}, allowVocab: false, ob3Beta: false });

/**
 * The pinned, offline, fail-closed JSON-LD document loader of the Data Integrity verifier. It serves, from the
 * package itself, exactly these URLs: VC 1.1 and 2.0, Data Integrity v1 and v2, Multikey v1, Ed25519 2020 v1,
 * DID v1, Bitstring Status List v1, every Open Badges 3.0 context (`context.json` and 3.0.1–3.0.3, the
 * extensions context, and the two pre-release URLs with the beta content) and microcred's extension context.
 * Each document is checked against the SHA-256 of its canonical JSON before first use. Any other URL is refused
 * with its name; no request is ever made. Contexts that set `@vocab` or `@base` are refused.
 *
 * @param url - the context URL, compared exactly (no normalisation, no redirects)
 * @returns the pinned document, in the shape `jsonld.js` expects
 * @throws MicrocredJwtError `ERR_JSONLD_CONTEXT` for a URL that is not pinned or a document that fails its pin
 * @example
 * ```ts
 * import { dataIntegrityDocumentLoader } from 'microcred/data-integrity';
 * const { document } = await dataIntegrityDocumentLoader('https://w3id.org/security/data-integrity/v2');
 * ```
 * @category Data Integrity
 */
export function dataIntegrityDocumentLoader(url: string): Promise<RemoteDocument> {
  return DEFAULT_LOADER(url);
}
