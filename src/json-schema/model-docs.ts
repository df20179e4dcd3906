/**
 * The title and description of each model schema in its JSON Schema, keyed by the schema's id. They live here,
 * beside the one function that writes them, rather than in the model modules: an application that only parses
 * or checks credentials does not carry them.
 *
 * @module
 */

/** Id → [title, description]. */
export const MODEL_SCHEMA_DOCS: Readonly<Record<string, readonly [title: string, description: string]>> = {
  Assessment: ['Assessment', 'Annex I (i): the type(s) of assessment.'],
  AssessmentType: ['Assessment type', 'An ELM assessment type code, "none", or an external concept.'],
  Concept: ['Concept', 'A concept of an external controlled vocabulary: its URI, label and scheme.'],
  CountryCode: ['Country code', 'ISO 3166-1 alpha-2 country code (officially assigned codes only).'],
  CredentialStatus: ['Credential status', 'A Bitstring Status List v1.0 entry (revocation or suspension).'],
  Credit: ['Credit', 'An exact amount of credit in a credit system.'],
  CreditUnit: ['Credit unit', 'A known credit system or custom:<name>.'],
  Date: ['Date', 'ISO 8601 calendar date, e.g. 2025-03-01.'],
  DateTime: ['Date-time', 'ISO 8601 date-time with time zone, e.g. 2025-03-01T09:00:00+01:00.'],
  DecimalString: ['Decimal string', 'A non-negative decimal written as a string to keep it exact, e.g. "2.5".'],
  Extensions: [
    'Extensions',
    'Parts of an imported document that the model does not hold, keyed by "<format>:<JSON Pointer>", kept unchanged.',
  ],
  FrameworkLevel: ['Framework level', 'EQF level, QF-EHEA cycle, NQF level(s) and/or ISCED level; at least one.'],
  FurtherInformation: ['Further information', 'Optional element: further information as a note and/or links.'],
  Grade: ['Grade', 'Optional element: the grade achieved and its scheme.'],
  IscedFCode: ['ISCED-F 2013 code', 'ISCED-F 2013 broad, narrow or detailed field code, as a string.'],
  JsonValue: ['JSON value', 'Any JSON value: string, number, boolean, null, array or object.'],
  LanguageMap: ['Language map', 'Text in several languages, keyed by language tag; at least one entry.'],
  LanguageTag: ['Language tag', 'BCP 47 language tag with an ISO 639-1 primary subtag (en, en-GB, pt-BR).'],
  Learner: ['Learner', 'Annex I (a): the learner, identified by at least one of id, name, national id or identifier.'],
  LearnerIdentifier: ['Learner identifier', 'A plain or hashed identifier of the learner.'],
  LearningOutcome: ['Learning outcome', 'Annex I (f): one learning outcome.'],
  Level: ['Level', 'Annex I (h): EQF / QF-EHEA / NQF / ISCED level, or an explicit not-applicable.'],
  LevelNotApplicable: ['Level not applicable', 'No qualifications-framework level applies.'],
  LocalizedText: [
    'Localized text',
    'A plain string, or a language map such as {"en": "Data literacy", "de": "Datenkompetenz"}.',
  ],
  MicroCredential: [
    'Micro-credential',
    'A micro-credential with the eleven mandatory Annex I elements of Council Recommendation 2022/C 243/02 and its optional elements.',
  ],
  NationalId: ['National identifier', 'A national identifier and its issuing country.'],
  NqfLevel: ['NQF level', 'A level of a national qualifications framework.'],
  Participation: ['Participation', 'Annex I (j): form of participation (mode and/or learning activity).'],
  Provider: [
    'Provider',
    'Annex I (c, d): an issuer or awarding body with its legal name, country and optional region.',
  ],
  QualityAssurance: [
    'Quality assurance',
    'Annex I (k): a quality-assurance or accreditation record underpinning the micro-credential.',
  ],
  Stackability: [
    'Integration / stackability',
    'Optional element: stand-alone, or integrated (stackable towards other credentials).',
  ],
  Supervision: [
    'Supervision and identity verification',
    'Optional element: supervision and identity verification during assessment (3 Annex values).',
  ],
  Uri: [
    'URI',
    'An absolute URI or IRI with no white space (https:, urn:, did:, mailto:), no control or format (Cf) characters and nothing outside the Basic Multilingual Plane; DIDs (DID Core), urn:uuid (RFC 9562) and other URNs (RFC 8141) are ASCII; an http(s) host label may not mix Latin, Greek and Cyrillic.',
  ],
  Workload: ['Workload', 'Annex I (g): notional workload as credits (ECTS wherever possible) and/or notional hours.'],
};
