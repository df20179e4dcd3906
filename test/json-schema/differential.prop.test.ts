import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, toJsonSchema } from '../../src/json-schema/index.js';
import { safeParseMicroCredential } from '../../src/model/parse-micro-credential.js';
import { microCredentialArb } from '../support/arbitraries.js';
import { completeExample, exampleData } from '../support/examples.js';

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validateWithAjv = ajv.compile(toJsonSchema('MicroCredential'));

type Json = Record<string, unknown>;

/** Ways to break a valid credential, each at a random place: both validators must notice. */
const mutationArb = fc.constantFrom(
  (mc: Json) => {
    delete mc['workload'];
  },
  (mc: Json) => {
    mc['surprise'] = true;
  },
  (mc: Json) => {
    (mc['learner'] as Json)['nickname'] = 'x';
  },
  (mc: Json) => {
    mc['issued'] = '2025-02-30T10:00:00Z';
  },
  (mc: Json) => {
    mc['issued'] = '2025-01-01T10:00:00+14:30';
  },
  (mc: Json) => {
    mc['issued'] = '2025-01-01T10:00:00.1234567890Z';
  },
  (mc: Json) => {
    mc['issued'] = '2025-01-01';
  },
  (mc: Json) => {
    mc['level'] = { eqf: 9 };
  },
  (mc: Json) => {
    mc['extensions'] = { 'no namespace': 1 };
  },
  (mc: Json) => {
    mc['level'] = {};
  },
  (mc: Json) => {
    mc['level'] = { notApplicable: false };
  },
  (mc: Json) => {
    mc['title'] = '   ';
  },
  (mc: Json) => {
    mc['title'] = {};
  },
  (mc: Json) => {
    mc['title'] = { english: 'x' };
  },
  (mc: Json) => {
    mc['learner'] = {};
  },
  (mc: Json) => {
    mc['workload'] = { credits: [{ value: '-1', unit: 'ECTS' }] };
  },
  (mc: Json) => {
    mc['workload'] = { credits: [{ value: '5', unit: 'custom:' }] };
  },
  (mc: Json) => {
    mc['workload'] = { credits: [{ value: 5, unit: 'ECTS' }] };
  },
  (mc: Json) => {
    mc['issuer'] = { legalName: 'X', country: 'XK' };
  },
  (mc: Json) => {
    mc['subject'] = ['613'];
  },
  (mc: Json) => {
    mc['supervision'] = { type: 'supervised-no-id-verification', setting: 'online' };
  },
  (mc: Json) => {
    mc['stackability'] = { type: 'stand-alone', targets: ['https://x.example'] };
  },
  (mc: Json) => {
    mc['assessment'] = { types: [] };
  },
  (mc: Json) => {
    mc['participation'] = { setting: 'formal' };
  },
  (mc: Json) => {
    mc['qualityAssurance'] = [{ type: 'self-declared' }];
  },
  (mc: Json) => {
    mc['credentialStatus'] = [
      {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '01',
        statusListCredential: 'https://x.example',
      },
    ];
  },
  (mc: Json) => {
    mc['furtherInformation'] = {};
  },
  (mc: Json) => {
    mc['language'] = ['english'];
  },
);

function agree(input: unknown): { zod: boolean; ajv: boolean; errors: unknown } {
  const zod = safeParseMicroCredential(input).success;
  const ok = validateWithAjv(input);
  return { zod, ajv: ok, errors: validateWithAjv.errors };
}

describe('JSON Schema and zod agree (differential)', () => {
  it('every schema name builds a draft 2020-12 schema that ajv compiles in strict mode', () => {
    for (const name of SCHEMA_NAMES) {
      const schema = toJsonSchema(name);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(`https://w3id.org/microcred/schemas/v0/${name}.json`);
      expect(() =>
        new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true })
          .addFormat('date', true)
          .addFormat('date-time', true)
          .compile(schema),
      ).not.toThrow();
    }
  });

  it('the example credentials are valid for both', () => {
    for (const file of ['micro-credential.json', 'micro-credential-hours.json', 'micro-credential-nz.json']) {
      expect(agree(exampleData(file))).toMatchObject({ zod: true, ajv: true });
    }
  });

  it('generated valid credentials are valid for both', () => {
    fc.assert(
      fc.property(microCredentialArb, (mc) => {
        const r = agree(mc);
        expect(r, JSON.stringify(mc)).toMatchObject({ zod: true, ajv: true });
      }),
      { numRuns: 300 },
    );
  });

  it('every mutation of a valid credential is invalid for both', () => {
    fc.assert(
      fc.property(microCredentialArb, mutationArb, (mc, mutate) => {
        const broken = structuredClone(mc) as Json;
        mutate(broken);
        const r = agree(broken);
        expect(r, `${mutate.toString()}\n${JSON.stringify(broken)}`).toMatchObject({ zod: false, ajv: false });
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON: both give the same verdict', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const r = agree(value);
        expect(r.zod).toBe(r.ajv);
      }),
      { numRuns: 300 },
    );
    const near = completeExample();
    expect(agree(near)).toMatchObject({ zod: true, ajv: true });
  });
});
