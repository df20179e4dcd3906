import { readFileSync } from 'node:fs';
import { sharedPath } from '../support/shared.js';

/** One official ELM vocabulary file from ../shared/standards/elm/vocab. */
export interface ElmVocabFile {
  readonly conceptScheme: string;
  readonly source: string;
  readonly values: readonly { readonly uri: string; readonly label: string }[];
}

/** Reads an ELM vocabulary file (throws when the shared folder is missing). */
export function readElmVocab(file: string): ElmVocabFile {
  return JSON.parse(readFileSync(sharedPath('standards', 'elm', 'vocab', file), 'utf8')) as ElmVocabFile;
}

/** The last path segment of a URI. */
export function lastSegment(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
