import { readJsonFixture } from '../support/fixtures.js';

/** One official ELM vocabulary file from test/fixtures/standards/elm/vocab. */
export interface ElmVocabFile {
  readonly conceptScheme: string;
  readonly source: string;
  readonly values: readonly { readonly uri: string; readonly label: string }[];
}

/** Reads an ELM vocabulary file through the fixture loader (throws when it is missing, unlisted or changed). */
export function readElmVocab(file: string): ElmVocabFile {
  return readJsonFixture<ElmVocabFile>(`standards/elm/vocab/${file}`);
}

/** The last path segment of a URI. */
export function lastSegment(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
