import { type ActiveContext, type ContextTable, processContext } from './active-context.js';
import { BCP47, expandId, expandTypeIri, expandVocab, isAbsolute, isKeyword } from './iri.js';
import { addType, addValue, type NodeMap, type NodeValue, subjectOf, touchProperty } from './node-map.js';
import { unsupported } from './unsupported.js';

/** The state of one conversion: the contexts, the node map being filled and the blank node identifiers. */
export interface Walk {
  readonly table: ContextTable;
  readonly map: NodeMap;
  readonly labels: Map<string, string>;
  readonly newBlankNode: () => string;
}

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The node identifier of a document's `_:` label: the same label is the same node anywhere in the document. */
function blankNode(walk: Walk, id: string): string {
  if (!id.startsWith('_:')) return id;
  let relabelled = walk.labels.get(id);
  if (relabelled === undefined) {
    relabelled = walk.newBlankNode();
    walk.labels.set(id, relabelled);
  }
  return relabelled;
}

/**
 * The active context of an object, as jsonld.js `api.expand` sets it up: revert a type-scoped context (unless
 * the object is a value or a lone reference), apply the property-scoped context, the object's own `@context`,
 * then the type-scoped contexts of its types (keys and types in code-point order).
 */
function contextOf(
  walk: Walk,
  given: ActiveContext,
  property: string | null,
  element: JsonObject,
  keys: readonly string[],
): { active: ActiveContext; typeScoped: ActiveContext } {
  let active = given;
  const propertyScoped = property === null ? undefined : given.terms.get(property)?.['@context'];
  const typeScopedGiven = given.previous === undefined ? undefined : given;
  let revert = true;
  if (typeScopedGiven !== undefined && keys.length <= 2 && !keys.includes('@context')) {
    for (const key of keys) {
      const expanded = expandVocab(typeScopedGiven.terms, key);
      if (expanded === '@value') {
        revert = false;
        active = typeScopedGiven;
        break;
      }
      if (expanded === '@id' && keys.length === 1) {
        revert = false;
        break;
      }
    }
  }
  if (revert) active = active.previous ?? active;
  if (propertyScoped !== undefined) active = processContext(walk.table, active, propertyScoped, true, true);
  if ('@context' in element) active = processContext(walk.table, active, element['@context'], true, false);
  const typeScoped = active;
  for (const key of keys) {
    if (expandVocab(active.terms, key) !== '@type') continue;
    const value = element[key];
    const types = Array.isArray(value) ? (value.length > 1 ? [...value].sort() : value) : [value];
    for (const type of types) {
      if (typeof type !== 'string') unsupported('a type is not a string');
      const scoped = typeScoped.terms.get(type)?.['@context'];
      if (scoped !== undefined) active = processContext(walk.table, active, scoped, false, false);
    }
  }
  return { active, typeScoped };
}

/** A value object (`@value` with `@type` or `@language`) as a literal. */
function valueObject(walk: Walk, given: ActiveContext, property: string, element: JsonObject): NodeValue {
  const keys = Object.keys(element).sort();
  if (keys.some((key) => key !== '@value' && key !== '@type' && key !== '@language')) {
    unsupported('a value object has other members');
  }
  const { typeScoped } = contextOf(walk, given, property, element, keys);
  const value = element['@value'];
  const type = element['@type'];
  const language = element['@language'];
  if (type !== undefined && language !== undefined) unsupported('a value object has both @type and @language');
  if (type !== undefined) {
    if (typeof type !== 'string' || typeof value !== 'string') unsupported('a typed value object is not modelled');
    return { kind: 'literal', value, type: expandTypeIri(typeScoped.terms, type) };
  }
  if (language !== undefined) {
    if (typeof language !== 'string' || typeof value !== 'string' || !BCP47.test(language)) {
      unsupported('a language-tagged value object is not modelled');
    }
    return { kind: 'literal', value, language: language.toLowerCase() };
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    unsupported('a value object has a value that is not a string, number or boolean');
  }
  return { kind: 'literal', value };
}

/** A scalar under `property` (JSON-LD 1.1 Value Expansion) with the property's type coercion. */
function scalar(walk: Walk, active: ActiveContext, property: string, value: unknown): NodeValue {
  const type = active.terms.get(property)?.['@type'];
  if (typeof value !== 'string') {
    if (typeof value !== 'number' && typeof value !== 'boolean') unsupported('a value is not JSON');
    // A number or boolean keeps a datatype coercion (in its own lexical form) but ignores @id and @vocab.
    const datatype = type === '@id' || type === '@vocab' ? undefined : type;
    return datatype === undefined ? { kind: 'literal', value } : { kind: 'literal', value, type: datatype };
  }
  if (type === '@id') return { kind: 'node', id: blankNode(walk, expandId(active.terms, value)) };
  if (type === '@vocab') return { kind: 'node', id: expandTypeIri(active.terms, value) };
  if (type === '@json') unsupported('@json reached value expansion');
  return type === undefined ? { kind: 'literal', value } : { kind: 'literal', value, type };
}

/**
 * The values of `property` (an array, a scalar, a value object or a node object) expanded under `active`
 * (the property-scoped context already applied), the nodes they hold added to `graph`.
 */
function values(walk: Walk, active: ActiveContext, property: string, value: unknown, graph: string): NodeValue[] {
  if (value === null) return [];
  if (Array.isArray(value)) {
    const out: NodeValue[] = [];
    for (const item of value) {
      if (Array.isArray(item)) unsupported('an array directly inside an array');
      out.push(...values(walk, active, property, item, graph));
    }
    return out;
  }
  if (!isObject(value)) return [scalar(walk, active, property, value)];
  if ('@value' in value) return [valueObject(walk, active, property, value)];
  return [{ kind: 'node', id: node(walk, active, property, value, graph).id }];
}

/** A property of a node: its term's container and coercion applied, its values added to `subject`. */
function member(
  walk: Walk,
  active: ActiveContext,
  key: string,
  iri: string,
  value: unknown,
  subject: { id: string; graph: string },
): boolean {
  if (iri.startsWith('_:')) unsupported('a blank node property');
  const definition = active.terms.get(key);
  const scoped = definition?.['@context'];
  const termContext = scoped === undefined ? active : processContext(walk.table, active, scoped, true, true);
  const container = definition?.['@container'] ?? [];
  const properties = subjectOf(walk.map, subject.graph, subject.id);
  if (definition?.['@type'] === '@json') {
    if (value === null) unsupported('a null JSON literal');
    addValue(properties, iri, { kind: 'literal', value, type: '@json' });
    return true;
  }
  if (container.includes('@graph')) {
    const items = Array.isArray(value) ? value : [value];
    if (value === null || items.length === 0) return false;
    for (const item of items) {
      if (!isObject(item) || '@value' in item) unsupported('a graph container value is not a node object');
      const name = walk.newBlankNode();
      subjectOf(walk.map, subject.graph, name);
      const inner = node(walk, termContext, key, item, name);
      if (inner.members === 0 || (inner.members === 1 && inner.hasId)) unsupported('an empty graph');
      addValue(properties, iri, { kind: 'node', id: name });
    }
    return true;
  }
  if (value === null) return false;
  const listInside = termContext.terms.get(key)?.['@container']?.includes('@list') === true;
  if (Array.isArray(value) && listInside !== container.includes('@list')) unsupported('a list container changes');
  const expanded = values(walk, termContext, key, value, subject.graph);
  if (container.includes('@list')) addValue(properties, iri, { kind: 'list', items: expanded });
  else if (expanded.length === 0) touchProperty(properties, iri);
  for (const item of container.includes('@list') ? [] : expanded) addValue(properties, iri, item);
  return true;
}

/**
 * A node object: its context set up, `@id` and `@type` read, every other member a property with an absolute
 * IRI. The node is merged into `graph` under its identifier (a fresh blank node when it has none). Returns
 * the identifier, how many members its expanded form has (jsonld.js drops an empty node or a lone `@id`
 * where a free-floating node would be) and whether `@id` is one of them.
 */
export function node(
  walk: Walk,
  given: ActiveContext,
  property: string | null,
  element: JsonObject,
  graph: string,
): { id: string; members: number; hasId: boolean } {
  const keys = Object.keys(element).sort();
  const { active, typeScoped } = contextOf(walk, given, property, element, keys);
  let id: string | undefined;
  const types: string[] = [];
  const seen = new Set<string>();
  const properties: [string, string][] = [];
  for (const key of keys) {
    if (key === '@context') continue;
    const iri = expandVocab(active.terms, key);
    if (iri === undefined || (!isAbsolute(iri) && !isKeyword(iri))) unsupported(`the term ${key} is not defined`);
    if (isKeyword(iri)) {
      if (seen.has(iri)) unsupported(`two members expand to ${iri}`);
      seen.add(iri);
    }
    const value = element[key];
    if (iri === '@id') {
      if (typeof value !== 'string') unsupported('@id is not a string');
      id = blankNode(walk, expandId(active.terms, value));
    } else if (iri === '@type') {
      const list = Array.isArray(value) ? value : [value];
      if (list.length === 0) unsupported('an empty @type');
      for (const type of list) {
        if (typeof type !== 'string') unsupported('a type is not a string');
        const expanded = expandTypeIri(typeScoped.terms, type);
        if (expanded === '@json') unsupported('a @json node type');
        types.push(expanded);
      }
    } else if (isKeyword(iri)) {
      unsupported(`the keyword ${iri} is not modelled`);
    } else {
      properties.push([key, iri]);
    }
  }
  const subject = { id: id ?? walk.newBlankNode(), graph };
  const entry = subjectOf(walk.map, graph, subject.id);
  for (const type of types) addType(entry, type);
  let members = (id === undefined ? 0 : 1) + (types.length > 0 ? 1 : 0);
  for (const [key, iri] of properties) {
    if (member(walk, active, key, iri, element[key], subject)) members += 1;
  }
  return { id: subject.id, members, hasId: id !== undefined };
}
