import * as z from 'zod';
import { ISCED_F_CODES } from '../vocab/index.js';
import { AssessmentSchema } from './assessment.js';
import { CredentialStatusSchema } from './credential-status.js';
import { ExtensionsSchema } from './extensions.js';
import { LearnerSchema } from './learner.js';
import { LearningOutcomeSchema } from './learning-outcome.js';
import { LevelSchema } from './level.js';
import { FurtherInformationSchema, GradeSchema, StackabilitySchema, SupervisionSchema } from './optional-elements.js';
import { ParticipationSchema } from './participation.js';
import { DateTimeSchema, LanguageTagSchema, LocalizedTextSchema, UriSchema } from './primitives.js';
import { ProviderSchema } from './provider.js';
import { QualityAssuranceSchema } from './quality-assurance.js';
import { named } from './registry.js';
import { WorkloadSchema } from './workload.js';

/**
 * An ISCED-F 2013 field code (a string: leading zeros matter, `0613` is not `613`).
 *
 * @example
 * ```ts
 * import { IscedFCodeSchema } from 'microcred';
 * IscedFCodeSchema.parse('0613');
 * ```
 * @category Model
 */
export const IscedFCodeSchema = named(z.enum(ISCED_F_CODES), {
  id: 'IscedFCode',
});

/**
 * A micro-credential with the eleven mandatory elements of Annex I of Council Recommendation
 * 2022/C 243/02 as required fields, the optional elements, and identifiers, validity and status.
 *
 * | Annex I | field |
 * |---|---|
 * | (a) learner | `learner` |
 * | (b) title | `title` |
 * | (c) country/region of the issuer | `issuer.country`, `issuer.region`, `awardingBodies[].country` |
 * | (d) awarding body(ies) | `awardingBodies` |
 * | (e) date of issuing | `issued` |
 * | (f) learning outcomes | `learningOutcomes` |
 * | (g) notional workload | `workload` |
 * | (h) level | `level` |
 * | (i) type of assessment | `assessment` |
 * | (j) form of participation | `participation` |
 * | (k) type of quality assurance | `qualityAssurance` |
 *
 * Optional elements: `prerequisites`, `supervision`, `grade`, `stackability`, `furtherInformation`.
 * `extensions` keeps the parts of an imported document (Open Badges, ELM) that the model does not hold.
 *
 * @example
 * ```ts
 * import { MicroCredentialSchema } from 'microcred';
 * const result = MicroCredentialSchema.safeParse({ title: 'Data literacy' });
 * result.success; // false: most Annex I elements are missing
 * ```
 * @category Model
 */
export const MicroCredentialSchema = named(
  z.strictObject({
    id: UriSchema.optional(),
    specificationId: UriSchema.optional(),
    learner: LearnerSchema,
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    issuer: ProviderSchema,
    awardingBodies: z.array(ProviderSchema).min(1),
    issued: DateTimeSchema,
    learningOutcomes: z.array(LearningOutcomeSchema).min(1),
    workload: WorkloadSchema,
    level: LevelSchema,
    assessment: AssessmentSchema,
    participation: ParticipationSchema,
    qualityAssurance: z.array(QualityAssuranceSchema).min(1),
    prerequisites: LocalizedTextSchema.optional(),
    supervision: SupervisionSchema.optional(),
    grade: GradeSchema.optional(),
    stackability: StackabilitySchema.optional(),
    furtherInformation: FurtherInformationSchema.optional(),
    subject: z.array(IscedFCodeSchema).min(1).optional(),
    language: z.array(LanguageTagSchema).min(1).optional(),
    validFrom: DateTimeSchema.optional(),
    validUntil: DateTimeSchema.optional(),
    credentialStatus: z.array(CredentialStatusSchema).min(1).optional(),
    extensions: ExtensionsSchema.optional(),
  }),
  {
    id: 'MicroCredential',
  },
);

/**
 * A micro-credential, as parsed: JSON-native (dates as ISO strings, credits as decimal strings).
 *
 * @example
 * ```ts
 * import { parseMicroCredential, type MicroCredential } from 'microcred';
 * declare const json: unknown;
 * const mc: MicroCredential = parseMicroCredential(json);
 * ```
 * @category Model
 */
export type MicroCredential = z.infer<typeof MicroCredentialSchema>;
