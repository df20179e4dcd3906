import * as z from 'zod';
import { MicrocredOptionsError } from '../errors.js';
import { AssessmentSchema } from '../model/assessment.js';
import { LearnerSchema } from '../model/learner.js';
import { LearningOutcomeSchema } from '../model/learning-outcome.js';
import { LevelSchema } from '../model/level.js';
import { MicroCredentialSchema } from '../model/micro-credential.js';
import { ParticipationSchema } from '../model/participation.js';
import { ProviderSchema } from '../model/provider.js';
import { QualityAssuranceSchema } from '../model/quality-assurance.js';
import { namedSchemas, type SchemaMeta } from '../model/registry.js';
import { CreditSchema, WorkloadSchema } from '../model/workload.js';
import { RecognitionPolicySchema } from '../stacking/policy-schema.js';
import { QualificationSchema } from '../stacking/qualification-schema.js';
import { MODEL_SCHEMA_DOCS } from './model-docs.js';

let documented: z.core.$ZodRegistry<SchemaMeta> | undefined;

/**
 * The metadata of every named schema with the model schemas' titles and descriptions put back after their id, as
 * the model once wrote them, so the documents keep their key order. Built on first use.
 */
function documentedRegistry(): z.core.$ZodRegistry<SchemaMeta> {
  if (documented !== undefined) return documented;
  const registry = z.registry<SchemaMeta>();
  for (const [schema, meta] of namedSchemas) {
    const { id, ...keywords } = meta;
    const docs = id !== undefined && Object.hasOwn(MODEL_SCHEMA_DOCS, id) ? MODEL_SCHEMA_DOCS[id] : undefined;
    registry.add(
      schema,
      id === undefined || docs === undefined ? meta : { id, title: docs[0], description: docs[1], ...keywords },
    );
  }
  documented = registry;
  return registry;
}

const SCHEMAS: Readonly<Record<SchemaName, z.ZodType>> = {
  MicroCredential: MicroCredentialSchema,
  Learner: LearnerSchema,
  Provider: ProviderSchema,
  LearningOutcome: LearningOutcomeSchema,
  Workload: WorkloadSchema,
  Credit: CreditSchema,
  Level: LevelSchema,
  Assessment: AssessmentSchema,
  Participation: ParticipationSchema,
  QualityAssurance: QualityAssuranceSchema,
  Qualification: QualificationSchema,
  RecognitionPolicy: RecognitionPolicySchema,
};

/**
 * The name of a model with a JSON Schema.
 *
 * @example
 * ```ts
 * import type { SchemaName } from 'microcred/json-schema';
 * const name: SchemaName = 'MicroCredential';
 * ```
 * @category JSON Schema
 */
export type SchemaName =
  | 'MicroCredential'
  | 'Learner'
  | 'Provider'
  | 'LearningOutcome'
  | 'Workload'
  | 'Credit'
  | 'Level'
  | 'Assessment'
  | 'Participation'
  | 'QualityAssurance'
  | 'Qualification'
  | 'RecognitionPolicy';

/**
 * Every model with a JSON Schema; each is also shipped prebuilt as `microcred/schemas/<name>.json`.
 *
 * @example
 * ```ts
 * import { SCHEMA_NAMES } from 'microcred/json-schema';
 * SCHEMA_NAMES.includes('MicroCredential'); // true
 * ```
 * @category JSON Schema
 */
export const SCHEMA_NAMES: readonly SchemaName[] = Object.freeze(Object.keys(SCHEMAS) as SchemaName[]);

/**
 * The base of every schema's `$id`: `${SCHEMA_BASE_URI}<name>.json`.
 *
 * @example
 * ```ts
 * import { SCHEMA_BASE_URI } from 'microcred/json-schema';
 * `${SCHEMA_BASE_URI}MicroCredential.json`;
 * ```
 * @category JSON Schema
 */
export const SCHEMA_BASE_URI = 'https://w3id.org/microcred/schemas/v0/';

/**
 * Builds the JSON Schema (draft 2020-12) of a model. Shared shapes are named under `$defs` (`Learner`,
 * `Provider`, `LocalizedText`, ...) and referenced with `$ref`. The schema accepts exactly what the
 * strict parser accepts, except the checks JSON Schema cannot state: the pre-validation input limits,
 * prototype keys and lone surrogates.
 *
 * @param name - one of {@link SCHEMA_NAMES}
 * @returns a fresh JSON Schema object (safe to mutate)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for an unknown name
 * @example
 * ```ts
 * import { toJsonSchema } from 'microcred/json-schema';
 * const schema = toJsonSchema('MicroCredential');
 * schema['$schema']; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 * @category JSON Schema
 */
export function toJsonSchema(name: SchemaName): Record<string, unknown> {
  if (typeof name !== 'string' || !Object.hasOwn(SCHEMAS, name)) {
    throw new MicrocredOptionsError('name', `must be one of ${SCHEMA_NAMES.join(', ')}`);
  }
  const schema = SCHEMAS[name];
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    metadata: documentedRegistry(),
    io: 'input',
    unrepresentable: 'throw',
    cycles: 'ref',
    reused: 'inline',
  }) as Record<string, unknown>;
  delete json['id'];
  return { $schema: json['$schema'], $id: `${SCHEMA_BASE_URI}${name}.json`, ...json };
}
