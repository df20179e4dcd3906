import { unsupported } from './unsupported.js';

/** An absolute IRI or a blank node identifier, as jsonld.js tells them apart (`lib/url.js` `isAbsolute`). */
const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;
/** Something shaped like a keyword (`@` and letters), reserved by JSON-LD 1.1 whether defined or not. */
export const KEYWORD_FORM = /^@[a-zA-Z]+$/;
/** A well-formed language tag, as jsonld.js checks it before safe mode refuses it. */
export const BCP47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

const KEYWORDS = new Set([
  '@base',
  '@container',
  '@context',
  '@default',
  '@direction',
  '@embed',
  '@explicit',
  '@graph',
  '@id',
  '@included',
  '@index',
  '@json',
  '@language',
  '@list',
  '@nest',
  '@none',
  '@omitDefault',
  '@prefix',
  '@preserve',
  '@protected',
  '@requireAll',
  '@reverse',
  '@set',
  '@type',
  '@value',
  '@version',
  '@vocab',
]);

export const isKeyword = (value: string): boolean => KEYWORDS.has(value);
export const isAbsolute = (value: string): boolean => ABSOLUTE.test(value);

/** A term definition, in the shape jsonld.js builds it (`lib/context.js` `createTermDefinition`). */
export interface TermDefinition {
  reverse: false;
  _termHasColon: boolean;
  '@id'?: string;
  _prefix?: boolean;
  protected?: true;
  '@type'?: string;
  '@container'?: string[];
  '@context'?: unknown;
}

/** The term definitions of an active context, by term. */
export type Terms = ReadonlyMap<string, TermDefinition>;

/**
 * A compact IRI `prefix:suffix` expanded with a prefix term, the value itself when it is already absolute (or
 * a blank node identifier), or undefined when neither: the common tail of IRI expansion.
 */
function expandCompact(terms: Terms, value: string): string | undefined {
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === '_' || suffix.startsWith('//')) return value;
    const mapping = terms.get(prefix);
    if (mapping?._prefix === true && mapping['@id'] !== undefined) return mapping['@id'] + suffix;
    if (isAbsolute(value)) return value;
  }
  return undefined;
}

/**
 * IRI expansion against the vocabulary (properties, types, `@type: @vocab` values): a term's IRI mapping, a
 * compact or absolute IRI, or undefined where jsonld.js would keep a relative reference (no `@vocab` is ever
 * set on this path, and the base IRI is null). Keywords come back as themselves.
 */
export function expandVocab(terms: Terms, value: string): string | undefined {
  if (isKeyword(value)) return value;
  if (KEYWORD_FORM.test(value)) return undefined;
  const mapping = terms.get(value);
  if (mapping !== undefined) return mapping['@id'];
  return expandCompact(terms, value);
}

/**
 * IRI expansion of a node identifier (`@id`, `@type: @id` values) with a null base: a compact or absolute IRI or
 * a blank node identifier; anything else (relative, keyword-like, a keyword) is left to jsonld.js.
 */
export function expandId(terms: Terms, value: string): string {
  if (isKeyword(value) || KEYWORD_FORM.test(value)) unsupported(`the identifier ${value} is a keyword`);
  const iri = expandCompact(terms, value);
  if (iri === undefined || !isAbsolute(iri) || iri === '_:') unsupported(`the identifier ${value} is not absolute`);
  return iri;
}

/** A type or `@vocab`-coerced value expanded to an absolute IRI (never a blank node nor a keyword). */
export function expandTypeIri(terms: Terms, value: string): string {
  const iri = expandVocab(terms, value);
  if (iri === undefined || isKeyword(iri) || !isAbsolute(iri) || iri.startsWith('_:')) {
    unsupported(`the type or vocabulary value ${value} does not expand to an absolute IRI`);
  }
  return iri;
}
