import canonicalize from 'canonicalize';

/** A value in the node map, as jsonld.js keeps it before Deserialize JSON-LD to RDF. */
export type NodeValue =
  | { readonly kind: 'node'; readonly id: string }
  | {
      readonly kind: 'literal';
      /** The JSON value; for `@json` literals any JSON, compared by identity as jsonld.js does. */
      readonly value: unknown;
      readonly type?: string;
      readonly language?: string;
    }
  | { readonly kind: 'list'; readonly items: readonly NodeValue[] };

/** The properties of one subject: `@type` and absolute property IRIs, each with its values. */
export type NodeProperties = Map<string, NodeValue[] | string[]>;

/** Graph name (`@default`, a blank node or an IRI) → subject identifier → properties. */
export type NodeMap = Map<string, Map<string, NodeProperties>>;

/** jsonld.js's `compareValues`: equal values, equal node identifiers; lists never. */
function sameValue(a: NodeValue, b: NodeValue): boolean {
  if (a.kind === 'node' && b.kind === 'node') return a.id === b.id;
  if (a.kind === 'literal' && b.kind === 'literal') {
    return a.value === b.value && a.type === b.type && a.language === b.language;
  }
  return false;
}

/** The subject `id` of `graph`, created empty when first met (it then yields no statement until it has one). */
export function subjectOf(map: NodeMap, graph: string, id: string): NodeProperties {
  let subjects = map.get(graph);
  if (subjects === undefined) {
    subjects = new Map();
    map.set(graph, subjects);
  }
  let subject = subjects.get(id);
  if (subject === undefined) {
    subject = new Map();
    subjects.set(id, subject);
  }
  return subject;
}

/** Adds a value to a property unless an equal one is there (jsonld.js `addValue`, duplicates not allowed). */
export function addValue(subject: NodeProperties, property: string, value: NodeValue): void {
  const values = subject.get(property) as NodeValue[] | undefined;
  if (values === undefined) subject.set(property, [value]);
  else if (!values.some((v) => sameValue(v, value))) values.push(value);
}

/** Adds a type IRI unless it is there. */
export function addType(subject: NodeProperties, type: string): void {
  const types = subject.get('@type') as string[] | undefined;
  if (types === undefined) subject.set('@type', [type]);
  else if (!types.includes(type)) types.push(type);
}

/** Ensures a property exists (an empty array in the document keeps its key, with no value). */
export function touchProperty(subject: NodeProperties, property: string): void {
  if (!subject.has(property)) subject.set(property, []);
}

/** An RDF term in the shape rdf-canonize reads. */
export type Term =
  | { readonly termType: 'NamedNode' | 'BlankNode'; readonly value: string }
  | { readonly termType: 'DefaultGraph'; readonly value: '' }
  | {
      readonly termType: 'Literal';
      readonly value: string;
      readonly datatype: { readonly termType: 'NamedNode'; readonly value: string };
      readonly language?: string;
    };

/** One statement of the dataset given to rdf-canonize. */
export interface Quad {
  readonly subject: Term;
  readonly predicate: Term;
  readonly object: Term;
  readonly graph: Term;
}

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const named = (value: string): Term => ({ termType: 'NamedNode', value });
const resource = (id: string): Term =>
  id.startsWith('_:') ? { termType: 'BlankNode', value: id.slice(2) } : { termType: 'NamedNode', value: id };

/** A literal in the form jsonld.js `_objectToRDF` writes it: native JSON values in their XSD lexical forms. */
function literal(value: unknown, type: string | undefined, language: string | undefined): Term {
  const typed = (lexical: string, datatype: string): Term => ({
    termType: 'Literal',
    value: lexical,
    datatype: { termType: 'NamedNode', value: datatype },
  });
  if (type === '@json') return typed(canonicalize(value) ?? '', `${RDF}JSON`);
  if (typeof value === 'boolean') return typed(String(value), type ?? `${XSD}boolean`);
  const isDouble = typeof value === 'number' && (String(value).includes('.') || Math.abs(value) >= 1e21);
  if (isDouble || type === `${XSD}double`) {
    const number = typeof value === 'number' ? value : Number.parseFloat(String(value));
    return typed(number.toExponential(15).replace(/(\d)0*e\+?/, '$1E'), type ?? `${XSD}double`);
  }
  if (typeof value === 'number') return typed(value.toFixed(0), type ?? `${XSD}integer`);
  if (language !== undefined) {
    return {
      termType: 'Literal',
      value: String(value),
      datatype: { termType: 'NamedNode', value: type ?? `${RDF}langString` },
      language,
    };
  }
  return typed(String(value), type ?? `${XSD}string`);
}

/** Deserialize JSON-LD to RDF over the node map: one quad per value, lists as rdf:first/rdf:rest chains. */
export function toQuads(map: NodeMap, newBlankNode: () => string): Quad[] {
  const quads: Quad[] = [];
  const objectOf = (value: NodeValue, graph: Term): Term => {
    if (value.kind === 'node') return resource(value.id);
    if (value.kind === 'literal') return literal(value.value, value.type, value.language);
    if (value.items.length === 0) return named(`${RDF}nil`);
    const head = resource(newBlankNode());
    let node = head;
    value.items.forEach((item, index) => {
      const object = objectOf(item, graph);
      const last = index === value.items.length - 1;
      const next = last ? named(`${RDF}nil`) : resource(newBlankNode());
      quads.push({ subject: node, predicate: named(`${RDF}first`), object, graph });
      quads.push({ subject: node, predicate: named(`${RDF}rest`), object: next, graph });
      node = next;
    });
    return head;
  };
  for (const [graphName, subjects] of map) {
    const graph: Term = graphName === '@default' ? { termType: 'DefaultGraph', value: '' } : resource(graphName);
    for (const [id, properties] of subjects) {
      const subject = resource(id);
      for (const [property, values] of properties) {
        if (property === '@type') {
          for (const type of values as string[]) {
            quads.push({ subject, predicate: named(`${RDF}type`), object: named(type), graph });
          }
          continue;
        }
        const predicate = named(property);
        for (const value of values as NodeValue[]) {
          quads.push({ subject, predicate, object: objectOf(value, graph), graph });
        }
      }
    }
  }
  return quads;
}
