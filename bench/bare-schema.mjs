// A bare zod object with the shape of examples/data/micro-credential.json and no extra checks: plain strings,
// numbers and arrays, non-strict objects. It is the baseline the parse and completeness benchmarks compare with.
import * as z from 'zod';

const text = z.union([z.string(), z.record(z.string(), z.string())]);
const provider = z.object({
  id: z.string().optional(),
  legalName: text,
  country: z.string(),
  region: z.string().optional(),
  registration: z.string().optional(),
  homepage: z.string().optional(),
});
export const bare = z.object({
  id: z.string(),
  specificationId: z.string(),
  learner: z.object({
    id: z.string(),
    fullName: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    identifiers: z.array(z.object({ type: z.string(), value: z.string(), hashed: z.boolean(), salt: z.string() })),
    dateOfBirth: z.string(),
  }),
  title: text,
  description: text,
  issuer: provider,
  awardingBodies: z.array(provider),
  issued: z.string(),
  learningOutcomes: z.array(
    z.object({
      text,
      type: z.string().optional(),
      reusabilityLevel: z.string().optional(),
      relatedSkills: z.array(z.string()).optional(),
    }),
  ),
  workload: z.object({ credits: z.array(z.object({ value: z.string(), unit: z.string() })), hours: z.string() }),
  level: z.object({
    eqf: z.number(),
    qfEhea: z.string(),
    nqf: z.array(z.object({ level: z.string(), framework: z.string(), country: z.string() })),
    isced: z.number(),
  }),
  assessment: z.object({ types: z.array(z.string()), description: text, date: z.string() }),
  participation: z.object({ modes: z.array(z.string()), activities: z.array(z.string()), setting: z.string() }),
  qualityAssurance: z.array(
    z.object({
      type: z.string(),
      title: text,
      accreditedBy: z.object({ id: z.string(), legalName: text, country: z.string() }),
      issued: z.string(),
      expiry: z.string(),
      limitJurisdictions: z.array(z.string()),
      landingPage: z.string(),
    }),
  ),
  prerequisites: text,
  supervision: z.object({ type: z.string(), setting: z.string() }),
  grade: z.object({ value: z.string(), scheme: z.string() }),
  stackability: z.object({ type: z.string(), targets: z.array(z.string()) }),
  furtherInformation: z.object({ note: text, links: z.array(z.string()) }),
  subject: z.array(z.string()),
  language: z.array(z.string()),
  validFrom: z.string(),
  credentialStatus: z.array(
    z.object({
      type: z.string(),
      statusPurpose: z.string(),
      statusListIndex: z.string(),
      statusListCredential: z.string(),
    }),
  ),
});
