import type { StackingException } from '../../src/stacking/exception-schema.js';
import type { RecognitionPolicy } from '../../src/stacking/policy-schema.js';
import type { Qualification, RequirementGroup } from '../../src/stacking/qualification-schema.js';
import type { StackingCredential } from '../../src/stacking/stacking-credential.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A credential that passes every filter of {@link policy}, with ECTS, outcomes and overrides. */
export function credential(
  id: string,
  ects: string | number,
  overrides: Partial<Mutable<StackingCredential>> = {},
): StackingCredential {
  return {
    id,
    title: `Credential ${id}`,
    credit: { value: ects, unit: 'ECTS' },
    eqfLevel: 6,
    issuedOn: '2024-05-01',
    providerId: 'https://uni.example',
    qaTypes: ['institutional-quality-assurance'],
    outcomeIds: [`skill:${id}`],
    assessed: true,
    identityVerified: true,
    ...overrides,
  };
}

/** A permissive policy on 2025-09-01 (assessment required, QA types listed, no recency, no grades). */
export function policy(overrides: Partial<Mutable<RecognitionPolicy>> = {}): RecognitionPolicy {
  return {
    id: 'policy',
    referenceDate: '2025-09-01',
    requireAssessment: true,
    acceptedQaTypes: ['institutional-quality-assurance', 'internal-quality-assurance', 'external-quality-assurance'],
    requireIdentityVerified: false,
    hoursPerEcts: '30',
    conversions: { 'UK-CATS': '1/2', ECVET: null },
    ...overrides,
  };
}

/** An exclusive group. */
export function group(id: string, overrides: Partial<Mutable<RequirementGroup>> = {}): RequirementGroup {
  return { id, exclusive: true, select: {}, ...overrides };
}

/** A target with a total minimum and groups. */
export function target(
  min: string,
  groups: RequirementGroup[],
  overrides: Partial<Mutable<Qualification>> = {},
): Qualification {
  return { id: 'target', totalEcts: { min }, groups, ...overrides };
}

/** An exception with its audit trail filled in. */
export function exception<K extends StackingException['kind']>(
  id: string,
  kind: K,
  fields: Omit<Extract<StackingException, { kind: K }>, 'id' | 'kind' | 'actor' | 'reason' | 'at'>,
): StackingException {
  const audit = { actor: 'registrar@uni.example', reason: `reason for ${id}`, at: '2025-09-02T10:00:00+02:00' };
  return { id, kind, ...audit, ...fields } as unknown as StackingException;
}
