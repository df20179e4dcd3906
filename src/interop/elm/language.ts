import { languageAuthorityUri, VOCABULARIES } from '../../vocab/index.js';
import type { JsonObject } from '../shared/json.js';
import { concept } from './concepts.js';

/** The EU language authority concept of a language tag's primary subtag (`pt-BR` → `…/language/POR`). */
export function languageConcept(tag: string): JsonObject | undefined {
  const uri = languageAuthorityUri(tag.split('-')[0] ?? tag);
  return uri === undefined ? undefined : concept(uri, VOCABULARIES.languages.schemeUri);
}
