import { VOCABULARIES, type VocabularyName, vocabularyCodeFromUri, vocabularyUri } from '../../vocab/index.js';
import { isObject, type JsonObject, type JsonPath, text } from '../shared/json.js';
import { type ReadContext, unmappable } from '../shared/reader.js';

export const VC1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const EDC_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';
export const EDC_SCHEMA = 'http://data.europa.eu/snb/model/ap/edc-generic-full';
export const ESCO_SKILL_PREFIX = 'http://data.europa.eu/esco/skill/';
export const ESCO_SKILLS_SCHEME = 'http://data.europa.eu/esco/concept-scheme/skills';

/** A SKOS concept as ELM writes it: id, type and its scheme (which the EDC shapes check). */
export function concept(id: string, scheme?: string): JsonObject {
  return scheme === undefined
    ? { id, type: 'Concept' }
    : { id, type: 'Concept', inScheme: { id: scheme, type: 'ConceptScheme' } };
}

/** The ELM concept of a code of one of microcred's lists, or undefined when the code has none. */
export function listConcept<N extends VocabularyName>(list: N, code: unknown): JsonObject | undefined {
  const uri = vocabularyUri(list, code as never);
  return uri === undefined ? undefined : concept(uri, VOCABULARIES[list].schemeUri);
}

/** The id of a concept node (or a bare IRI). */
export function conceptId(value: unknown): string | undefined {
  return typeof value === 'string' ? value : isObject(value) ? text(value['id']) : undefined;
}

/**
 * The code a concept has in one of microcred's lists. An unknown concept is kept (or rejected) with
 * `unknown-concept` and gives undefined.
 */
export function readListConcept<N extends VocabularyName>(
  ctx: ReadContext,
  list: N,
  value: unknown,
  path: JsonPath,
): ReturnType<typeof vocabularyCodeFromUri<N>> {
  const code = vocabularyCodeFromUri(list, conceptId(value));
  if (code === undefined) unmappable(ctx, 'unknown-concept', path, value, `Not a concept of the ${list} list`);
  return code;
}

/** A concept outside microcred's lists, in the model's shape: `{ id, label?, scheme? }`. */
export function externalConcept(value: unknown): JsonObject | undefined {
  const id = conceptId(value);
  if (id === undefined || !isObject(value)) return id === undefined ? undefined : { id };
  const label = value['prefLabel'];
  const scheme = conceptId(value['inScheme']);
  return {
    id,
    ...(isObject(label) && Object.keys(label).length > 0 ? { label } : {}),
    ...(scheme === undefined ? {} : { scheme }),
  };
}
