import * as z from 'zod';
import { atLeastOne } from './at-least-one.js';
import { CountryCodeSchema, DateSchema, EmailSchema, NonEmptyTextSchema, UriSchema } from './primitives.js';
import { named } from './registry.js';

/**
 * An identifier of the learner that may be hashed, as in Open Badges 3.0 `IdentityObject`:
 * `type` says what it identifies (`emailAddress`, `studentId`, ...), `hashed` whether `value` is a hash
 * (then written `sha256$<hex>`), `salt` the salt used.
 *
 * @example
 * ```ts
 * import { LearnerIdentifierSchema } from 'microcred';
 * LearnerIdentifierSchema.parse({ type: 'emailAddress', value: 'sha256$ab12', hashed: true, salt: 'x' });
 * ```
 * @category Model
 */
export const LearnerIdentifierSchema = named(
  z.strictObject({
    type: NonEmptyTextSchema,
    value: NonEmptyTextSchema,
    hashed: z.boolean(),
    salt: NonEmptyTextSchema.optional(),
  }),
  { id: 'LearnerIdentifier' },
);

/**
 * A national identifier: the notation and the country that issued it.
 *
 * @example
 * ```ts
 * import { NationalIdSchema } from 'microcred';
 * NationalIdSchema.parse({ notation: '38001085718', country: 'EE' });
 * ```
 * @category Model
 */
export const NationalIdSchema = named(z.strictObject({ notation: NonEmptyTextSchema, country: CountryCodeSchema }), {
  id: 'NationalId',
});

const LEARNER_IDENTIFYING_FIELDS = ['id', 'fullName', 'givenName', 'familyName', 'nationalId', 'identifiers'] as const;

const learnerObject = atLeastOne(
  z.strictObject({
    id: UriSchema.optional(),
    fullName: NonEmptyTextSchema.optional(),
    givenName: NonEmptyTextSchema.optional(),
    familyName: NonEmptyTextSchema.optional(),
    nationalId: NationalIdSchema.optional(),
    identifiers: z.array(LearnerIdentifierSchema).min(1).optional(),
    dateOfBirth: DateSchema.optional(),
    email: EmailSchema.optional(),
  }),
  LEARNER_IDENTIFYING_FIELDS,
);

/**
 * Annex I element (a), identification of the learner: at least one of `id` (a DID or URI), a name,
 * a national identifier, or an identifier (possibly hashed).
 *
 * @example
 * ```ts
 * import { LearnerSchema } from 'microcred';
 * LearnerSchema.parse({ id: 'did:example:learner-42', fullName: 'Ada Lovelace' });
 * ```
 * @category Model
 */
export const LearnerSchema = named(learnerObject.schema, {
  id: 'Learner',
  ...learnerObject.jsonSchema,
});

/**
 * The learner, as parsed.
 *
 * @example
 * ```ts
 * import type { Learner } from 'microcred';
 * const learner: Learner = { fullName: 'Ada Lovelace' };
 * ```
 * @category Model
 */
export type Learner = z.infer<typeof LearnerSchema>;
