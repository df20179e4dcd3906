import fc from 'fast-check';
import {
  ASSESSMENT_TYPES,
  COUNTRY_CODES,
  EQF_LEVELS,
  ISCED_F_CODES,
  ISCED_LEVELS,
  LEARNING_ACTIVITY_TYPES,
  LEARNING_SETTINGS,
  PARTICIPATION_MODES,
  QA_TYPES,
  QF_EHEA_CYCLES,
  SKILL_REUSE_LEVELS,
  SKILL_TYPES,
} from '../../src/vocab/index.js';

/**
 * fast-check arbitraries that generate valid model values, written from the specification (Annex I and
 * the documented field shapes), independently of the zod schemas they are used to test.
 */

const TAGS = ['en', 'de', 'fr', 'nl', 'et', 'mi', 'pt-BR', 'en-GB', 'sr-Latn-RS'] as const;

export const textArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter((s) => /\S/.test(s));
export const languageTagArb = fc.constantFrom(...TAGS);
export const localizedTextArb = fc.oneof(textArb, fc.dictionary(languageTagArb, textArb, { minKeys: 1, maxKeys: 3 }));
export const uriArb = fc.oneof(
  fc.webUrl(),
  fc.uuid().map((u) => `urn:uuid:${u}`),
  fc.stringMatching(/^[a-z0-9]{1,12}$/).map((id) => `did:example:${id}`),
);
export const webUrlArb = fc.webUrl();
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const dateArb = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const offsetArb = fc.oneof(
  fc.constant('Z'),
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 13 }), fc.constantFrom(0, 15, 30, 45))
    .map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`),
  fc.constantFrom('+14:00', '-14:00'),
);
export const dateTimeArb = fc
  .tuple(
    dateArb,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
    offsetArb,
  )
  .map(
    ([d, h, mi, s, frac, off]) => `${d}T${pad(h)}:${pad(mi)}:${pad(s)}${frac === undefined ? '' : `.${frac}`}${off}`,
  );
export const decimalArb = fc
  .tuple(fc.nat(100_000), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }))
  .map(([i, f]) => (f === undefined ? String(i) : `${i}.${f}`));
export const countryArb = fc.constantFrom(...COUNTRY_CODES);
const conceptArb = fc.record({ id: uriArb, label: localizedTextArb, scheme: uriArb }, { requiredKeys: ['id'] });

const providerArb = fc.record(
  {
    id: uriArb,
    legalName: localizedTextArb,
    country: countryArb,
    region: textArb,
    registration: textArb,
    homepage: webUrlArb,
  },
  { requiredKeys: ['legalName', 'country'] },
);

const learnerArb = fc
  .record(
    {
      id: uriArb,
      fullName: textArb,
      givenName: textArb,
      familyName: textArb,
      nationalId: fc.record({ notation: textArb, country: countryArb }),
      identifiers: fc.array(
        fc.record(
          { type: textArb, value: textArb, hashed: fc.boolean(), salt: textArb },
          { requiredKeys: ['type', 'value', 'hashed'] },
        ),
        { minLength: 1, maxLength: 2 },
      ),
      dateOfBirth: dateArb,
    },
    { requiredKeys: [] },
  )
  .filter((l) => ['id', 'fullName', 'givenName', 'familyName', 'nationalId', 'identifiers'].some((k) => k in l));

const creditUnitArb = fc.constantFrom(
  'ECTS',
  'ECTS',
  'HOURS',
  'UK-CATS',
  'NZ-CREDIT',
  'US-SCH',
  'ECVET',
  'custom:SE-HP',
);
const workloadArb = fc
  .record(
    {
      credits: fc.array(fc.record({ value: decimalArb, unit: creditUnitArb }), { minLength: 1, maxLength: 2 }),
      hours: decimalArb,
    },
    { requiredKeys: [] },
  )
  .filter((w) => 'credits' in w || 'hours' in w);

const levelArb = fc.oneof(
  fc
    .record(
      {
        eqf: fc.constantFrom(...EQF_LEVELS),
        qfEhea: fc.constantFrom(...QF_EHEA_CYCLES),
        nqf: fc.array(
          fc.record({ level: textArb, framework: textArb, country: countryArb }, { requiredKeys: ['level'] }),
          {
            minLength: 1,
            maxLength: 2,
          },
        ),
        isced: fc.constantFrom(...ISCED_LEVELS),
      },
      { requiredKeys: [] },
    )
    .filter((l) => Object.keys(l).length > 0),
  fc.record(
    { notApplicable: fc.constant(true as const), reason: localizedTextArb },
    { requiredKeys: ['notApplicable'] },
  ),
);

const outcomeArb = fc.record(
  {
    text: localizedTextArb,
    type: fc.constantFrom(...SKILL_TYPES),
    reusabilityLevel: fc.constantFrom(...SKILL_REUSE_LEVELS),
    relatedSkills: fc.array(uriArb, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['text'] },
);

const assessmentArb = fc.record(
  {
    types: fc.array(fc.oneof(fc.constantFrom(...ASSESSMENT_TYPES.filter((t) => t !== 'none')), conceptArb), {
      minLength: 1,
      maxLength: 3,
    }),
    description: localizedTextArb,
    date: dateTimeArb,
  },
  { requiredKeys: ['types'] },
);

const participationArb = fc
  .record(
    {
      modes: fc.array(fc.constantFrom(...PARTICIPATION_MODES), { minLength: 1, maxLength: 2 }),
      activities: fc.array(fc.constantFrom(...LEARNING_ACTIVITY_TYPES), { minLength: 1, maxLength: 2 }),
      setting: fc.constantFrom(...LEARNING_SETTINGS),
    },
    { requiredKeys: [] },
  )
  .filter((p) => 'modes' in p || 'activities' in p);

const qaArb = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...QA_TYPES), conceptArb),
    title: localizedTextArb,
    accreditedBy: fc.record({ legalName: localizedTextArb, country: countryArb }, { requiredKeys: ['legalName'] }),
    expiry: dateArb,
    limitEqfLevels: fc.array(fc.constantFrom(...EQF_LEVELS), { minLength: 1, maxLength: 2 }),
    limitFields: fc.array(fc.constantFrom(...ISCED_F_CODES), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['type'] },
);

const supervisionArb = fc.oneof(
  fc.constant({ type: 'unsupervised-no-id-verification' as const }),
  fc.constant({ type: 'supervised-no-id-verification' as const }),
  fc.record(
    { type: fc.constant('supervised-with-id-verification' as const), setting: fc.constantFrom('online', 'onsite') },
    { requiredKeys: ['type'] },
  ),
);
const stackabilityArb = fc.oneof(
  fc.constant({ type: 'stand-alone' as const }),
  fc.record(
    { type: fc.constant('integrated' as const), targets: fc.array(uriArb, { minLength: 1, maxLength: 2 }) },
    { requiredKeys: ['type'] },
  ),
);

/** Kept parts of an imported document: `<format>:<JSON Pointer>` keys, any JSON values. */
export const extensionsArb = fc.dictionary(
  fc
    .tuple(fc.constantFrom('ob3', 'elm', 'vc2'), fc.stringMatching(/^(\/[a-zA-Z0-9~]{1,8}){1,3}$/))
    .map(([f, p]) => `${f}:${p}`),
  fc
    .jsonValue({ maxDepth: 2 })
    .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
    // Prototype keys are rejected by every parser of untrusted input, so a valid model never holds them.
    .filter((v) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(v))),
  { minKeys: 1, maxKeys: 3 },
);

/** A valid micro-credential with every mandatory element and a random subset of the optional ones. */
export const microCredentialArb = fc.record(
  {
    id: uriArb,
    specificationId: uriArb,
    learner: learnerArb,
    title: localizedTextArb,
    description: localizedTextArb,
    issuer: providerArb,
    awardingBodies: fc.array(providerArb, { minLength: 1, maxLength: 2 }),
    issued: dateTimeArb,
    learningOutcomes: fc.array(outcomeArb, { minLength: 1, maxLength: 3 }),
    workload: workloadArb,
    level: levelArb,
    assessment: assessmentArb,
    participation: participationArb,
    qualityAssurance: fc.array(qaArb, { minLength: 1, maxLength: 2 }),
    prerequisites: localizedTextArb,
    supervision: supervisionArb,
    grade: fc.record({ value: textArb, scheme: textArb }, { requiredKeys: ['value'] }),
    stackability: stackabilityArb,
    furtherInformation: fc.record({
      note: localizedTextArb,
      links: fc.array(webUrlArb, { minLength: 1, maxLength: 2 }),
    }),
    subject: fc.array(fc.constantFrom(...ISCED_F_CODES), { minLength: 1, maxLength: 2 }),
    language: fc.array(languageTagArb, { minLength: 1, maxLength: 2 }),
    validFrom: dateTimeArb,
    validUntil: dateTimeArb,
    credentialStatus: fc.array(
      fc.record({
        type: fc.constant('BitstringStatusListEntry' as const),
        statusPurpose: fc.constantFrom('revocation' as const, 'suspension' as const),
        statusListIndex: fc.nat(2 ** 20).map(String),
        statusListCredential: webUrlArb,
      }),
      { minLength: 1, maxLength: 2 },
    ),
    extensions: extensionsArb,
  },
  {
    requiredKeys: [
      'learner',
      'title',
      'issuer',
      'awardingBodies',
      'issued',
      'learningOutcomes',
      'workload',
      'level',
      'assessment',
      'participation',
      'qualityAssurance',
    ],
  },
);
