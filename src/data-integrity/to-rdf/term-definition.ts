import { isAbsolute, isKeyword, KEYWORD_FORM, type TermDefinition } from './iri.js';
import { unsupported } from './unsupported.js';

/** What one local context is processed against: the term table being built and the terms already handled. */
export interface Definer {
  readonly terms: Map<string, TermDefinition>;
  readonly local: Readonly<Record<string, unknown>>;
  /** jsonld.js's `defined` map: false while a term is being defined (a cycle), true once done. */
  readonly defined: Map<string, boolean>;
}

const TERM_KEYS = new Set(['@id', '@type', '@container', '@context', '@protected']);
const CONTAINERS = ['@set', '@list', '@graph', '@graph,@set'];
const GEN_DELIM_END = /[:/?#[\]@]$/;

/** IRI expansion while a context is processed (JSON-LD 1.1 §4.2, base false): defines dependencies first. */
export function expandInContext(definer: Definer, value: string, vocab: boolean): string | undefined {
  if (isKeyword(value)) return value;
  if (KEYWORD_FORM.test(value)) return undefined;
  if (Object.hasOwn(definer.local, value) && definer.defined.get(value) !== true) {
    defineTerm(definer, value, false);
  }
  if (vocab) {
    const mapping = definer.terms.get(value);
    if (mapping?.['@id'] !== undefined) return mapping['@id'];
  }
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === '_' || suffix.startsWith('//')) return value;
    if (Object.hasOwn(definer.local, prefix)) defineTerm(definer, prefix, false);
    const mapping = definer.terms.get(prefix);
    if (mapping?._prefix === true && mapping['@id'] !== undefined) return mapping['@id'] + suffix;
    if (isAbsolute(value)) return value;
  }
  return value;
}

function idOf(definer: Definer, term: string, id: unknown, simple: boolean, mapping: TermDefinition): void {
  if (typeof id !== 'string') unsupported(`the @id of the term ${term} is not a string`);
  if (!isKeyword(id) && KEYWORD_FORM.test(id)) unsupported(`the @id of the term ${term} is reserved`);
  if (id === term) return;
  const iri = expandInContext(definer, id, true);
  if (iri === undefined || (!isAbsolute(iri) && !isKeyword(iri))) unsupported(`the term ${term} has no absolute IRI`);
  if (/(?::[^:])|\//.test(term)) {
    const check: Definer = { ...definer, defined: new Map(definer.defined).set(term, true) };
    if (expandInContext(check, term, true) !== iri) unsupported(`the term ${term} does not expand to its @id`);
  }
  mapping['@id'] = iri;
  mapping._prefix = simple && !mapping._termHasColon && GEN_DELIM_END.test(iri);
}

function idFromTerm(definer: Definer, term: string, mapping: TermDefinition): void {
  const colon = term.indexOf(':');
  if (colon <= 0) unsupported(`the term ${term} has no @id and no @vocab applies`);
  const prefix = term.slice(0, colon);
  if (Object.hasOwn(definer.local, prefix)) defineTerm(definer, prefix, false);
  const prefixIri = definer.terms.get(prefix)?.['@id'];
  mapping['@id'] = prefixIri === undefined ? term : prefixIri + term.slice(colon + 1);
}

function typeOf(definer: Definer, term: string, type: unknown): string {
  if (typeof type !== 'string') unsupported(`the @type of the term ${term} is not a string`);
  if (type === '@id' || type === '@vocab' || type === '@json') return type;
  const iri = expandInContext(definer, type, true);
  if (iri === undefined || isKeyword(iri) || !isAbsolute(iri) || iri.startsWith('_:')) {
    unsupported(`the @type of the term ${term} is not an absolute IRI`);
  }
  return iri;
}

function containerOf(term: string, container: unknown): string[] {
  const list = typeof container === 'string' ? [container] : container;
  if (!Array.isArray(list) || !list.every((c) => typeof c === 'string')) {
    unsupported(`the @container of the term ${term} is not modelled`);
  }
  if (!CONTAINERS.includes([...list].sort().join(','))) unsupported(`the @container of ${term} is not modelled`);
  return list as string[];
}

/**
 * Creates the definition of `term` from the local context, as JSON-LD 1.1 Create Term Definition does for the
 * features the pinned contexts use (`@id`, `@type`, `@container`, scoped `@context`, `@protected`, compact IRIs
 * and prefixes). Anything else, and any redefinition of a protected term that jsonld.js would refuse, is
 * unsupported.
 */
export function defineTerm(definer: Definer, term: string, overrideProtected: boolean): void {
  const state = definer.defined.get(term);
  if (state === true) return;
  if (state === false) unsupported(`the term ${term} is defined cyclically`);
  definer.defined.set(term, false);
  if (term === '' || isKeyword(term) || KEYWORD_FORM.test(term)) unsupported(`the context defines ${term}`);
  const raw = definer.local[term];
  const previous = definer.terms.get(term);
  definer.terms.delete(term);
  const simple = typeof raw === 'string';
  const value = (simple ? { '@id': raw } : raw) as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    unsupported(`the definition of ${term} is not modelled`);
  }
  if (Object.keys(value).some((key) => !TERM_KEYS.has(key))) unsupported(`the definition of ${term} is not modelled`);
  const mapping: TermDefinition = { reverse: false, _termHasColon: term.indexOf(':') > 0 };
  definer.terms.set(term, mapping);
  if ('@id' in value) idOf(definer, term, value['@id'], simple, mapping);
  if (mapping['@id'] === undefined) idFromTerm(definer, term, mapping);
  if (value['@protected'] === true || (definer.defined.get('@protected') === true && value['@protected'] !== false)) {
    mapping.protected = true;
  }
  definer.defined.set(term, true);
  if ('@type' in value) mapping['@type'] = typeOf(definer, term, value['@type']);
  if ('@container' in value) mapping['@container'] = containerOf(term, value['@container']);
  if ('@context' in value) mapping['@context'] = value['@context'];
  const id = mapping['@id'] as string;
  if (isKeyword(id) && id !== '@id' && id !== '@type') unsupported(`the term ${term} aliases ${id}`);
  if (isKeyword(id) && Object.keys(mapping).some((key) => key.startsWith('@') && key !== '@id')) {
    unsupported(`the keyword alias ${term} carries a definition`);
  }
  if (previous?.protected === true && !overrideProtected) {
    mapping.protected = true;
    if (!sameDefinition(previous, mapping)) unsupported(`the protected term ${term} is redefined`);
  }
}

/** jsonld.js's `_deepCompare` of two definitions (containers compared in any order). */
export function sameDefinition(a: unknown, b: unknown, key?: string): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    const [x, y] = key === '@container' ? [[...a].sort(), [...b].sort()] : [a, b];
    return x.length === y.length && x.every((item, i) => sameDefinition(item, y[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((k) => sameDefinition(left[k], right[k], k));
}
