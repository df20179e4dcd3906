import { describe, expect, it } from 'vitest';
import { isMicrocredError, MicrocredValidationError } from '../../src/errors.js';
import { parseMicroCredential, safeParseMicroCredential } from '../../src/model/parse-micro-credential.js';
import { completeExample, exampleData } from '../support/examples.js';

const MANDATORY = [
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
] as const;

const OPTIONAL = ['prerequisites', 'supervision', 'grade', 'stackability', 'furtherInformation'] as const;

function issuesOf(input: unknown): string[] {
  const r = safeParseMicroCredential(input);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.code}@${i.path.join('.')}`);
}

describe('the example credentials', () => {
  it.each(['micro-credential.json', 'micro-credential-hours.json', 'micro-credential-nz.json'])('%s parses', (file) => {
    const input = exampleData(file);
    expect(parseMicroCredential(input)).toEqual(input);
  });

  it('the complete example has every mandatory and optional element', () => {
    const mc = parseMicroCredential(completeExample());
    for (const key of [...MANDATORY, ...OPTIONAL]) expect(mc[key], key).toBeDefined();
  });
});

describe('Annex I: the eleven mandatory elements', () => {
  it.each(MANDATORY)('removing %s gives exactly one issue, "required" at that path', (key) => {
    const input = completeExample();
    delete input[key];
    expect(issuesOf(input)).toEqual([`required@${key}`]);
  });

  it('removing all of them lists all eleven', () => {
    const input = completeExample();
    for (const key of MANDATORY) delete input[key];
    expect(issuesOf(input).sort()).toEqual(MANDATORY.map((k) => `required@${k}`).sort());
  });

  it.each(OPTIONAL)('the optional element %s may be left out', (key) => {
    const input = completeExample();
    delete input[key];
    expect(issuesOf(input)).toEqual([]);
  });

  it('empty lists are not elements: awarding bodies, outcomes and QA need at least one entry', () => {
    const input = { ...completeExample(), awardingBodies: [], learningOutcomes: [], qualityAssurance: [] };
    expect(issuesOf(input)).toEqual([
      'too_small@awardingBodies',
      'too_small@learningOutcomes',
      'too_small@qualityAssurance',
    ]);
  });

  it('a blank title is not a title', () => {
    expect(issuesOf({ ...completeExample(), title: '   ' })).toEqual(['invalid_format@title']);
    expect(issuesOf({ ...completeExample(), title: {} })).toEqual(['too_small@title']);
    expect(issuesOf({ ...completeExample(), title: { en: '' } })).toEqual(['invalid_format@title.en']);
  });

  it('language maps need ISO 639-1 based tags', () => {
    expect(issuesOf({ ...completeExample(), title: { 'en-GB': 'x', 'pt-BR': 'y' } })).toEqual([]);
    expect(issuesOf({ ...completeExample(), title: { english: 'x' } })).toEqual(['invalid_format@title.english']);
    expect(issuesOf({ ...completeExample(), title: { xx: 'x' } })).toEqual(['invalid_format@title.xx']);
  });
});

describe('unknown keys', () => {
  it('are an error in strict mode, with the path of each', () => {
    const input = { ...completeExample(), extra: 1, learner: { fullName: 'A', nick: 'x' } };
    expect(issuesOf(input)).toEqual(['unknown_key@learner.nick', 'unknown_key@extra']); // document order: learner comes first
  });

  it('are kept untouched and listed in keep mode', () => {
    const input = { ...completeExample(), extra: { deep: [1] }, learner: { fullName: 'A', nick: 'x' } };
    const r = safeParseMicroCredential(input, { unknownKeys: 'keep' });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.unknownKeys).toEqual([['learner', 'nick'], ['extra']]);
    expect(r.data).toEqual(input);
    expect(r.data).not.toBe(input);
  });

  it('keep mode still reports every other issue', () => {
    const input = { ...completeExample(), extra: 1, issued: '2025-01-01' };
    const r = safeParseMicroCredential(input, { unknownKeys: 'keep' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['invalid_format@issued']);
  });

  it('rejects unknown and malformed options', () => {
    expect(() => safeParseMicroCredential({}, { unknownKeys: 'strip' as never })).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
    expect(() => safeParseMicroCredential({}, { strict: true } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
  });
});

describe('never coerced', () => {
  it('a number where a string is required is an error, not converted', () => {
    const input = completeExample();
    input['workload'] = { credits: [{ value: 5, unit: 'ECTS' }] };
    expect(issuesOf(input)).toEqual(['invalid_type@workload.credits.0.value']);
    const status = completeExample();
    status['credentialStatus'] = [
      {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: 7,
        statusListCredential: 'https://x.example/s',
      },
    ];
    expect(issuesOf(status)).toEqual(['invalid_type@credentialStatus.0.statusListIndex']);
  });

  it('a string where a number is required is an error', () => {
    expect(issuesOf({ ...completeExample(), level: { eqf: '6' } })).toEqual(['invalid_value@level.eqf']);
  });
});

describe('untrusted input', () => {
  it('prototype keys are issues with their path, and nothing is polluted', () => {
    const input = JSON.parse(
      JSON.stringify(completeExample()).replace('"learner":{', '"learner":{"__proto__":{"isAdmin":true},'),
    );
    expect(issuesOf(input)).toEqual(['forbidden_key@learner.__proto__']);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('too deep an input gives ERR_INPUT_TOO_LARGE before validation', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 30_000; i += 1) deep = [deep];
    const r = safeParseMicroCredential({ ...completeExample(), extra: deep });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.code).toBe('ERR_INPUT_TOO_LARGE');
    expect(r.error.issues[0]?.code).toBe('too_deep');
    expect(r.error.issues[0]?.path.slice(0, 1)).toEqual(['extra']);
  });

  it('limits can be tightened per call', () => {
    const r = safeParseMicroCredential(completeExample(), { limits: { maxDepth: 3 } });
    expect(!r.success && r.error.code).toBe('ERR_INPUT_TOO_LARGE');
  });

  it('non-JSON roots are reported, not thrown', () => {
    for (const input of [undefined, null, 42, 'x', [], () => 1, new Date(0)]) {
      const r = safeParseMicroCredential(input);
      expect(r.success).toBe(false);
    }
  });

  it('parse throws a MicrocredValidationError with every issue', () => {
    try {
      parseMicroCredential({ title: 'x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MicrocredValidationError);
      expect(isMicrocredError(e, 'ERR_VALIDATION')).toBe(true);
      expect((e as MicrocredValidationError).issues.length).toBe(10);
    }
  });
});
