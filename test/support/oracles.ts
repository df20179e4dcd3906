import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import rdf from 'rdf-validate-shacl/src/defaultEnv.js';
import { documentLoader } from '../../src/interop/document-loader.js';
import { readFixtureText, readJsonFixture } from './fixtures.js';

/**
 * The independent oracles of the interop tests: the official OB 3.0 JSON Schema (ajv), the jsonld.js
 * processor in safe mode with only the offline loader, and the official EDC SHACL shapes.
 */

const obSchema = readJsonFixture<Record<string, unknown>>(
  'standards/openbadges/schema/ob_v3p0_achievementcredential_schema.json',
);
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateOb = ajv.compile(obSchema);

/** Errors of the official OB 3.0 AchievementCredential JSON Schema (empty when valid). */
export function obSchemaErrors(doc: unknown): string[] {
  return validateOb(doc) ? [] : (validateOb.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** jsonld.js expansion in safe mode (throws on undefined terms and dropped values), offline loader only. */
export async function expandSafely(doc: unknown): Promise<unknown[]> {
  const loader = (url: string) => documentLoader(url);
  return (await jsonld.expand(
    doc as jsonld.JsonLdDocument,
    {
      safe: true,
      documentLoader: loader as never,
    } as jsonld.Options.Expand,
  )) as unknown[];
}

type Dataset = ReturnType<typeof rdf.dataset>;

const OWL_IMPORTS = 'http://www.w3.org/2002/07/owl#imports';

/** Adds the quads of a Turtle or N-Quads text (the full shapes' owl:imports is dropped: both files are loaded). */
function parseInto(dataset: Dataset, text: string, format?: string): Dataset {
  for (const quad of new Parser(format === undefined ? {} : { format }).parse(text)) {
    if (quad.predicate.value !== OWL_IMPORTS) dataset.add(quad);
  }
  return dataset;
}

const shapes = parseInto(
  parseInto(rdf.dataset(), readFixtureText('standards/elm/shacl/EDC-generic-no-cv.ttl')),
  readFixtureText('standards/elm/shacl/EDC-generic-full.ttl'),
);
const validator = new SHACLValidator(shapes, { factory: rdf });

/** SHACL results (EDC-generic-no-cv + EDC-generic-full) of a JSON-LD document: empty when it conforms. */
export async function shaclViolations(doc: unknown): Promise<string[]> {
  const nquads = (await jsonld.toRDF(
    doc as jsonld.JsonLdDocument,
    {
      format: 'application/n-quads',
      documentLoader: ((url: string) => documentLoader(url)) as never,
      safe: true,
    } as jsonld.Options.ToRdf,
  )) as unknown as string;
  const report = await validator.validate(parseInto(rdf.dataset(), nquads, 'N-Quads'));
  return report.results.map(
    (r) => `${r.path?.value ?? ''} @ ${r.focusNode?.value ?? ''}: ${r.message.map((m) => m.value).join('; ')}`,
  );
}
