import type { TermDefinition, Terms } from './iri.js';
import { type Definer, defineTerm } from './term-definition.js';
import { unsupported } from './unsupported.js';

/**
 * An active context, immutable once built: its term definitions, the context a type-scoped context replaced
 * (restored when the walk enters a nested node object), and the contexts already derived from it.
 */
export interface ActiveContext {
  readonly terms: Terms;
  readonly previous: ActiveContext | undefined;
  /** Contexts derived from this one, by the local context applied (type-scoped and embedded contexts). */
  readonly derived: Map<unknown, ActiveContext>;
  /** Contexts derived by property-scoped contexts, which may override protected terms. */
  readonly overriding: Map<unknown, ActiveContext>;
}

/** The processed contexts of one loader: the documents of the pinned URLs it served and a bound on the memo. */
export interface ContextTable {
  /** The `@context` object of each pinned URL loaded so far. */
  readonly documents: Map<string, Readonly<Record<string, unknown>>>;
  root: ActiveContext;
  size: number;
}

/** How many derived contexts a table keeps before it starts again from an empty context. */
const MAX_DERIVED = 500;

const context = (terms: Terms, previous: ActiveContext | undefined): ActiveContext => ({
  terms,
  previous,
  derived: new Map(),
  overriding: new Map(),
});

export const emptyContext = (): ActiveContext => context(new Map(), undefined);

const CONTEXT_KEYWORDS = new Set(['@version', '@protected']);

/** One local context object applied to `active` (JSON-LD 1.1 Context Processing, steps 5.5 to 5.13). */
function applyObject(
  active: ActiveContext,
  local: Readonly<Record<string, unknown>>,
  overrideProtected: boolean,
): ActiveContext {
  const terms = new Map<string, TermDefinition>(active.terms);
  const defined = new Map<string, boolean>();
  for (const key of Object.keys(local)) {
    if (key.startsWith('@') && !CONTEXT_KEYWORDS.has(key)) unsupported(`the context sets ${key}`);
  }
  if ('@version' in local) {
    if (local['@version'] !== 1.1) unsupported('the context has an unknown @version');
    defined.set('@version', true);
  }
  defined.set('@protected', local['@protected'] === true);
  const definer: Definer = { terms, local, defined };
  for (const term of Object.keys(local)) {
    if (term === '@version' || term === '@protected') continue;
    defineTerm(definer, term, overrideProtected);
  }
  return context(terms, active.previous);
}

/** Resolves one entry of a context value: a pinned URL's document, an object, or null (a reset). */
function entry(table: ContextTable, value: unknown): Readonly<Record<string, unknown>> | null {
  if (value === null) return null;
  if (typeof value === 'string') {
    const document = table.documents.get(value);
    if (document === undefined) unsupported(`the context ${value} is not a pinned context`);
    return document;
  }
  if (typeof value === 'object' && !Array.isArray(value)) return value as Readonly<Record<string, unknown>>;
  return unsupported('a context entry is neither a URL nor an object');
}

/**
 * Applies a context value (a pinned URL, a context object from a pinned context, null, or an array of them) to
 * `active`, as jsonld.js's `api.process`: a type-scoped context (`propagate` false) remembers the context it
 * replaced; property-scoped contexts `overrideProtected`. Results are memoised per context, so each
 * combination is processed once per table.
 */
export function processContext(
  table: ContextTable,
  active: ActiveContext,
  local: unknown,
  propagate: boolean,
  overrideProtected: boolean,
): ActiveContext {
  const list = Array.isArray(local) ? local : [local];
  if (list.length === 0) return active;
  let result = active;
  if (!propagate && result.previous === undefined) {
    result = remember(table, result, NOT_PROPAGATED, () => context(active.terms, active));
  }
  for (const item of list) {
    const key = item === null ? NULL_CONTEXT : item;
    const memo = overrideProtected ? result.overriding : result.derived;
    result = remember(
      table,
      result,
      key,
      () => {
        const document = entry(table, item);
        if (document !== null) return applyObject(result, document, overrideProtected);
        if (!overrideProtected) unsupported('a context nullification outside a term definition');
        return emptyContext();
      },
      memo,
    );
  }
  return result;
}

const NOT_PROPAGATED = Symbol('not propagated');
const NULL_CONTEXT = Symbol('null');
/** The context derived from `active` under `key`, built once per table (until the table holds too many). */
function remember(
  table: ContextTable,
  active: ActiveContext,
  key: unknown,
  build: () => ActiveContext,
  memo: Map<unknown, ActiveContext> = active.derived,
): ActiveContext {
  const cached = memo.get(key);
  if (cached !== undefined) return cached;
  const built = build();
  if (table.size < MAX_DERIVED) {
    table.size += 1;
    memo.set(key, built);
  }
  return built;
}
