import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { toJsonSchema } from '../../src/json-schema/index.js';
import { safeParseQualification, safeParseRecognitionPolicy } from '../../src/stacking/parse-config.js';
import { RecognitionPolicySchema } from '../../src/stacking/policy-schema.js';
import { QualificationSchema } from '../../src/stacking/qualification-schema.js';
import { exampleData } from '../support/examples.js';
import { policyDocArb, qualificationDocArb } from '../support/stacking-arbitraries.js';

type Json = Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
addFormats(ajv);

const cases = [
  {
    name: 'Qualification' as const,
    schema: QualificationSchema as z.ZodType,
    safeParse: safeParseQualification,
    arb: qualificationDocArb as fc.Arbitrary<Json>,
    example: 'qualification.json',
    mutations: [
      (q: Json) => delete q['totalEcts'],
      (q: Json) => (q['totalEcts'] = { min: '1.5e1' }),
      (q: Json) => (q['totalEcts'] = { min: '-3' }),
      (q: Json) => (q['totalEcts'] = { min: '3/0' }),
      (q: Json) => (q['groups'] = [{ id: 'g', select: {} }]),
      (q: Json) => (q['groups'] = [{ id: 'g', exclusive: true, select: { minEqfLevel: 9 } }]),
      (q: Json) => (q['groups'] = [{ id: 'g', exclusive: true, select: { anyOfIds: [] } }]),
      (q: Json) => (q['groups'] = [{ id: 'g g', exclusive: true, select: {} }]),
      (q: Json) => (q['groups'] = [{ id: 'g', exclusive: true, select: {}, minCount: 1.5 }]),
      (q: Json) => (q['levelRules'] = [{ id: 'l', minEqfLevel: 6 }]),
      (q: Json) => (q['levelRules'] = [{ id: 'l', minEqfLevel: 6, minEcts: '5', minShareOfTarget: '0.5' }]),
      (q: Json) => (q['residency'] = { id: 'r', providerIds: [], minEcts: '5' }),
      (q: Json) => (q['surprise'] = true),
      (q: Json) => (q['minEqfLevel'] = 0),
    ],
  },
  {
    name: 'RecognitionPolicy' as const,
    schema: RecognitionPolicySchema as z.ZodType,
    safeParse: safeParseRecognitionPolicy,
    arb: policyDocArb as fc.Arbitrary<Json>,
    example: 'recognition-policy.json',
    mutations: [
      (p: Json) => delete p['requireAssessment'],
      (p: Json) => (p['acceptedQaTypes'] = 'all'),
      (p: Json) => (p['referenceDate'] = '2025-02-30'),
      (p: Json) => (p['recencyYears'] = -1),
      (p: Json) => (p['hoursPerEcts'] = '0'),
      (p: Json) => (p['hoursPerEcts'] = 30),
      (p: Json) => (p['conversions'] = { 'UK CATS': '1/2' }),
      (p: Json) => (p['conversions'] = { 'UK-CATS': '0' }),
      (p: Json) => (p['rounding'] = { step: '0.5', mode: 'nearest', stage: 'total' }),
      (p: Json) => (p['caps'] = [{ id: 'c', appliesTo: {}, mode: 'truncate' }]),
      (p: Json) => (p['caps'] = [{ id: 'c', appliesTo: {}, maxEcts: '5', maxShareOfTarget: '0.1', mode: 'truncate' }]),
      (p: Json) => (p['caps'] = [{ id: 'c', appliesTo: { qaTypes: [] }, maxEcts: '5', mode: 'truncate' }]),
      (p: Json) => (p['duplicates'] = 'countAll'),
      (p: Json) => (p['gradeSchemes'] = { DE: { kind: 'numeric' } }),
      (p: Json) => (p['minGrade'] = []),
    ],
  },
];

describe.each(cases)(
  '$name: JSON Schema and zod agree (differential)',
  ({ name, schema, safeParse, arb, example, mutations }) => {
    const validate = ajv.compile(toJsonSchema(name));
    const agree = (input: unknown) => ({ zod: schema.safeParse(input).success, ajv: validate(input) });

    it('the example document is valid for both, and for the checked parser', () => {
      expect(agree(exampleData(example))).toEqual({ zod: true, ajv: true });
      expect(safeParse(exampleData(example)).success).toBe(true);
    });

    it('generated valid documents are valid for both', () => {
      fc.assert(
        fc.property(arb, (doc) => {
          expect(agree(doc), JSON.stringify(doc)).toEqual({ zod: true, ajv: true });
          const checked = safeParse(doc);
          expect(checked.success, JSON.stringify(checked.success ? null : checked.error.issues)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('every mutation of a valid document is invalid for both', () => {
      fc.assert(
        fc.property(arb, fc.constantFrom(...mutations), (doc, mutate) => {
          const broken = structuredClone(doc);
          mutate(broken);
          expect(agree(broken), `${mutate.toString()}\n${JSON.stringify(broken)}`).toEqual({ zod: false, ajv: false });
        }),
        { numRuns: 300 },
      );
    });

    it('arbitrary JSON: both give the same verdict', () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
          const r = agree(value);
          expect(r.zod).toBe(r.ajv);
        }),
        { numRuns: 200 },
      );
    });
  },
);
