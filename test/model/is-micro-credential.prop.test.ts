import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../src/json-schema/index.js';
import {
  isDateTime,
  isMicroCredential,
  isUri,
  MICRO_CREDENTIAL_KEYS,
  REQUIRED_MICRO_CREDENTIAL_KEYS,
} from '../../src/model/generated/is-micro-credential.js';
import { MicroCredentialSchema } from '../../src/model/micro-credential.js';
import { DateTimeSchema, UriSchema } from '../../src/model/primitives.js';
import { microCredentialArb } from '../support/arbitraries.js';
import { completeExample, exampleData } from '../support/examples.js';

interface CompilerModule {
  compileValidator(
    schema: unknown,
    exportName?: string,
    defExports?: Record<string, string>,
    keyExports?: Record<string, string>,
    defImports?: Record<string, { name: string; from: string }>,
  ): string;
  DEF_EXPORTS: Record<string, string>;
  KEY_EXPORTS: Record<string, string>;
  DEF_IMPORTS: Record<string, { name: string; from: string }>;
}

const compiler: CompilerModule = await import(new URL('../../scripts/compile-validator.mjs', import.meta.url).href);

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

/** The zod model's verdict: the specification the compiled predicate must follow. */
const zodAccepts = (value: unknown): boolean => MicroCredentialSchema.safeParse(value).success;

/** Loads compiled TypeScript source as a module and returns its predicate. */
async function load(source: string, name = 'isMicroCredential'): Promise<(value: unknown) => boolean> {
  const js = transformSync(source, { loader: 'ts', format: 'esm' }).code;
  const module = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
  return module[name];
}

/** Every path to a value inside `root` (objects and arrays), the root included. */
function paths(root: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(root)) {
    for (const [i, item] of root.entries()) out.push(...paths(item, [...prefix, i]));
  } else if (typeof root === 'object' && root !== null) {
    for (const [key, item] of Object.entries(root)) out.push(...paths(item, [...prefix, key]));
  }
  return out;
}

function parentOf(root: unknown, path: Path): { parent: Json | unknown[]; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let node = root as Json;
  for (const step of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[step] as Json;
  return { parent: node, key: path[path.length - 1] as string | number };
}

/** Values that sit at the edges of the model's rules: empty and blank strings, near-misses of formats and codes. */
const edgeValueArb = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u00a0',
    'x',
    'ECTS',
    'custom:',
    'custom:a',
    'NL',
    'nl',
    'XK',
    '0613',
    '06130',
    '2025-02-29',
    '2024-02-29',
    '2025-06-30T14:00:00+02:00',
    '2025-06-30T14:00:00+14:30',
    '2025-06-30T24:00:00Z',
    '2025-06-30T14:00:00.1234567891Z',
    'https://x.example',
    'http://',
    'urn:x',
    'a:b',
    '5',
    '5.',
    '-1',
    'en',
    'en-GB',
    'english',
    'revocation',
    'BitstringStatusListEntry',
    '01',
    'x'.repeat(2049),
    true,
    false,
    null,
    0,
    1,
    8,
    9,
    -1,
    1.5,
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant({}),
  fc.constant([]),
);

/** One random change somewhere in a credential: replace a value, delete a member or an item, or add a member. */
const mutationArb = fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add'), edgeValueArb, fc.string());

function mutate(mc: Json, [pick, kind, value, key]: [number, string, unknown, string]): Json {
  const copy = structuredClone(mc);
  const all = paths(copy);
  const path = all[pick % all.length] as Path;
  const target = parentOf(copy, path);
  if (kind === 'add') {
    const node = target === undefined ? copy : (target.parent as Record<string | number, unknown>)[target.key];
    if (typeof node === 'object' && node !== null && !Array.isArray(node)) (node as Json)[key] = value;
    else if (Array.isArray(node)) node.push(value);
    return copy;
  }
  if (target === undefined) return kind === 'replace' ? (value as Json) : copy;
  const { parent, key: at } = target;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(at as number, 1);
    else delete parent[at as string];
  } else if (Array.isArray(parent)) parent[at as number] = value;
  else parent[at as string] = value;
  return copy;
}

describe('isMicroCredential: the compiled model predicate', () => {
  it('is the output of scripts/compile-validator.mjs for the current model (run `npm run validator` after a model change)', () => {
    const committed = readFileSync(
      new URL('../../src/model/generated/is-micro-credential.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(
      compiler.compileValidator(
        toJsonSchema('MicroCredential'),
        'isMicroCredential',
        compiler.DEF_EXPORTS,
        compiler.KEY_EXPORTS,
        compiler.DEF_IMPORTS,
      ),
    );
  });

  it('lists the model’s members and required members as the zod model has them', () => {
    const shape = MicroCredentialSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    expect(MICRO_CREDENTIAL_KEYS).toEqual(Object.keys(shape));
    expect(REQUIRED_MICRO_CREDENTIAL_KEYS).toEqual(
      Object.keys(shape).filter((key) => !shape[key]?.safeParse(undefined).success),
    );
  });

  it('accepts the example credentials', () => {
    for (const file of ['micro-credential.json', 'micro-credential-hours.json', 'micro-credential-nz.json']) {
      expect(isMicroCredential(exampleData(file))).toBe(true);
    }
    expect(isMicroCredential(completeExample())).toBe(true);
  });

  it('accepts every generated valid credential, as zod does', () => {
    fc.assert(
      fc.property(microCredentialArb, (mc) => {
        expect(zodAccepts(mc)).toBe(true);
        expect(isMicroCredential(mc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the zod model’s verdict on every random change of a valid credential', () => {
    fc.assert(
      fc.property(microCredentialArb, mutationArb, (mc, change) => {
        const changed = mutate(mc as Json, change);
        expect(isMicroCredential(changed), JSON.stringify(changed)).toBe(zodAccepts(changed));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the zod model’s verdict on two changes at once and on arbitrary JSON', () => {
    fc.assert(
      fc.property(microCredentialArb, mutationArb, mutationArb, (mc, a, b) => {
        const changed = mutate(mutate(mc as Json, a), b);
        expect(isMicroCredential(changed)).toBe(zodAccepts(changed));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(isMicroCredential(value)).toBe(zodAccepts(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('isUri and isDateTime: the compiled URI and date-time rules', () => {
  const dateTimeLikeArb = fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc
      .tuple(fc.date({ noInvalidDate: true }), fc.constantFrom('Z', '+02:00', '-14:00', '+14:30', '', '+2:00', 'z'))
      .map(([d, offset]) => `${d.toISOString().slice(0, 19)}${offset}`),
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,11})?(Z|[+-]\d{2}:\d{2})$/),
    fc.string(),
  );
  const uriLikeArb = fc.oneof(
    fc.webUrl(),
    fc.stringMatching(/^[a-z+.-]{0,4}:?[^ ]{0,6}( x)?$/),
    fc.string(),
    fc.jsonValue(),
  );

  it('give the zod rules’ verdicts', () => {
    fc.assert(
      fc.property(dateTimeLikeArb, uriLikeArb, (dateTime, uri) => {
        expect(isDateTime(dateTime), dateTime).toBe(DateTimeSchema.safeParse(dateTime).success);
        expect(isUri(uri), JSON.stringify(uri)).toBe(UriSchema.safeParse(uri).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('scripts/compile-validator.mjs', () => {
  const ajv = new Ajv2020({ strict: false, allowUnionTypes: true }).addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const small = {
    $defs: {
      Node: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 2, maxLength: 4, pattern: '^[a-z]+$' },
          next: { $ref: '#/$defs/Node' },
        },
        required: ['name'],
        additionalProperties: false,
      },
    },
    anyOf: [
      { $ref: '#/$defs/Node' },
      { type: 'array', items: { type: 'integer', minimum: 1, maximum: 3 }, minItems: 1, maxItems: 2 },
      {
        oneOf: [
          { type: 'number', enum: [1, 2, 3, 4, 5, 6] },
          { type: 'number', const: 2 },
        ],
      },
      {
        type: 'object',
        propertyNames: { pattern: '^k' },
        additionalProperties: { type: ['string', 'null'] },
        minProperties: 1,
      },
    ],
  };
  const valueArb = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.letrec((tie) => ({
      node: fc.record(
        {
          name: fc.stringMatching(/^[a-z]{1,5}$/),
          next: fc.option(tie('node'), { nil: undefined, depthSize: 'small' }),
        },
        { requiredKeys: ['name'] },
      ),
    })).node,
    fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('k', 'ka', 'x'), fc.oneof(fc.string(), fc.constant(null), fc.nat())),
    fc.integer({ min: 0, max: 7 }),
  );

  it('compiles a schema to a predicate that agrees with an independent validator (ajv)', async () => {
    const predicate = await load(compiler.compileValidator(small, 'check'), 'check');
    const expected = ajv.compile(small);
    fc.assert(
      fc.property(valueArb, (value) => {
        const json = JSON.parse(JSON.stringify(value ?? null)) as unknown;
        expect(predicate(json), JSON.stringify(json)).toBe(expected(json));
      }),
      { numRuns: 2000 },
    );
  });

  it('checks full dates against the calendar', async () => {
    const predicate = await load(compiler.compileValidator({ type: 'string', format: 'date' }, 'check'), 'check');
    for (const [date, ok] of [
      ['2024-02-29', true],
      ['2025-02-29', false],
      ['1900-02-29', false],
      ['2000-02-29', true],
      ['2025-04-31', false],
      ['2025-12-31', true],
      ['2025-13-01', false],
      ['2025-00-10', false],
      ['2025-1-10', false],
    ] as const) {
      expect(predicate(date), date).toBe(ok);
    }
  });

  it('refuses keywords, formats and references it does not implement rather than ignoring them', () => {
    expect(() => compiler.compileValidator({ type: 'string', format: 'email' })).toThrow(/format email/);
    expect(() => compiler.compileValidator({ type: 'object', patternProperties: {} })).toThrow(/patternProperties/);
    expect(() => compiler.compileValidator({ $ref: 'https://elsewhere.example/s.json' })).toThrow(/\$ref/);
    expect(() => compiler.compileValidator({ type: 'decimal' })).toThrow(/type decimal/);
  });
});
