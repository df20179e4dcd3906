import { describe, expect, it } from 'vitest';
import { MicrocredPolicyError } from '../../src/errors.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import {
  parseQualification,
  parseRecognitionPolicy,
  safeParseQualification,
  safeParseRecognitionPolicy,
} from '../../src/stacking/parse-config.js';
import { credential, group, policy, target } from './fixtures.js';

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    const issues = (error as { issues?: { code: string; path: (string | number)[] }[] }).issues ?? [];
    return issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  return [];
}

describe('targets: the rules a JSON Schema cannot state', () => {
  it('reports duplicate and reserved ids, required ids the group cannot select, shares above 1, max below min', () => {
    const bad = {
      id: 't',
      totalEcts: { min: '30', max: '20' },
      groups: [
        { id: 'core', exclusive: true, select: { anyOfIds: ['urn:a'] }, requiredIds: ['urn:a', 'urn:a', 'urn:b'] },
        { id: 'core', exclusive: true, select: {} },
        { id: 'total', exclusive: true, select: {} },
      ],
      levelRules: [{ id: 'lvl', minEqfLevel: 6, minShareOfTarget: '4/3' }],
      residency: { id: 'lvl', providerIds: ['p'], minShareOfTarget: '1.5' },
    };
    const result = safeParseQualification(bad);
    expect(result.success).toBe(false);
    expect(issuesOf(() => parseQualification(bad)).sort()).toEqual(
      [
        'duplicate_key@groups.1.id',
        'duplicate_key@residency.id',
        'invalid_value@groups.2.id',
        'duplicate_key@groups.0.requiredIds.1',
        'invalid_value@groups.0.requiredIds.2',
        'too_big@levelRules.0.minShareOfTarget',
        'too_big@residency.minShareOfTarget',
        'too_small@totalEcts.max',
      ].sort(),
    );
    expect(parseQualification({ id: 't', totalEcts: { min: '1/3' }, groups: [] }).totalEcts.min).toBe('1/3');
  });

  it('evaluateStacking throws MicrocredPolicyError with the paths, for the target and for the policy', () => {
    const run = () => evaluateStacking([], { id: 't', totalEcts: { min: 'x' }, groups: [] } as never, policy());
    expect(run).toThrow(MicrocredPolicyError);
    expect(run).toThrow(expect.objectContaining({ code: 'ERR_POLICY_INVALID', source: 'target' }));
    expect(issuesOf(run)).toEqual(['invalid_format@totalEcts.min']);
    const badPolicy = () =>
      evaluateStacking([], target('1', []), {
        ...policy(),
        caps: [{ id: 'c', appliesTo: {}, mode: 'truncate' }],
      } as never);
    expect(badPolicy).toThrow(expect.objectContaining({ source: 'policy' }));
    expect(issuesOf(badPolicy)).toEqual(['invalid_combination@caps.0']);
  });
});

describe('policies: the rules a JSON Schema cannot state', () => {
  it('reports duplicate and reserved cap ids, shares above 1, undefined or unreadable grade thresholds, bad factors', () => {
    const bad = {
      ...policy(),
      caps: [
        { id: 'c', appliesTo: {}, maxShareOfTarget: '2', mode: 'truncate' },
        { id: 'c', appliesTo: {}, maxEcts: '1', mode: 'truncate' },
        { id: 'totalEcts.max', appliesTo: {}, maxEcts: '1', mode: 'truncate' },
      ],
      gradeSchemes: {
        ECTS: { kind: 'ordinal', lowToHigh: ['E', 'E', 'A'] },
        DE: { kind: 'numeric', higherIsBetter: false },
      },
      minGrade: [
        { scheme: 'NL', value: '5.5' },
        { scheme: 'ECTS', value: 'F' },
        { scheme: 'DE', value: 'gut' },
        { scheme: 'DE', value: '4.0' },
      ],
      conversions: { ECTS: '2' },
    };
    expect(safeParseRecognitionPolicy(bad).success).toBe(false);
    expect(issuesOf(() => parseRecognitionPolicy(bad)).sort()).toEqual(
      [
        'too_big@caps.0.maxShareOfTarget',
        'duplicate_key@caps.1.id',
        'invalid_value@caps.2.id',
        'duplicate_key@gradeSchemes.ECTS.lowToHigh.1',
        'invalid_value@minGrade.0.scheme',
        'invalid_value@minGrade.1.value',
        'invalid_value@minGrade.2.value',
        'duplicate_key@minGrade.3.scheme',
        'invalid_value@conversions.ECTS',
      ].sort(),
    );
    expect(issuesOf(() => parseRecognitionPolicy({ ...policy(), minGrade: { scheme: 'X', value: '1' } }))).toEqual([
      'invalid_value@minGrade.scheme',
    ]);
    expect(issuesOf(() => parseRecognitionPolicy({ ...policy(), conversions: { HOURS: '1/30' } }))).toEqual([
      'invalid_value@conversions.HOURS',
    ]);
  });

  it('credentials in hours need hoursPerEcts; overlapping caps must nest', () => {
    const { hoursPerEcts: _omit, ...noHours } = policy();
    expect(() =>
      evaluateStacking([credential('h', '50', { credit: { value: '50', unit: 'HOURS' } })], target('1', []), noHours),
    ).toThrow(
      expect.objectContaining({
        code: 'ERR_POLICY_INVALID',
        issues: [expect.objectContaining({ code: 'required', path: ['hoursPerEcts'] })],
      }),
    );
    const caps = [
      {
        id: 'internal',
        appliesTo: { qaTypes: ['internal-quality-assurance'] },
        maxEcts: '5',
        mode: 'truncate' as const,
      },
      { id: 'mooc', appliesTo: { providerIds: ['https://mooc.example'] }, maxEcts: '5', mode: 'truncate' as const },
    ];
    const credentials = [
      credential('both', '3', { qaTypes: ['internal-quality-assurance'], providerId: 'https://mooc.example' }),
      credential('internal-only', '3', { qaTypes: ['internal-quality-assurance'] }),
      credential('mooc-only', '3', { providerId: 'https://mooc.example' }),
    ];
    expect(issuesOf(() => evaluateStacking(credentials, target('1', []), policy({ caps })))).toEqual([
      'invalid_combination@caps.1',
    ]);
    expect(evaluateStacking(credentials.slice(0, 2), target('1', []), policy({ caps })).appliedCaps).toHaveLength(1);
  });
});

describe('options and credential shapes', () => {
  it('refuses unknown options, bad budgets and dates, and a missing reference date', () => {
    const t = target('1', []);
    for (const options of [
      { budget: 1 },
      { nodeBudget: -1 },
      { nodeBudget: 1.5 },
      { referenceDate: '2025-02-30' },
      'fast',
    ]) {
      expect(() => evaluateStacking([], t, policy(), options as never)).toThrow(
        expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
      );
    }
    const { referenceDate: _omit, ...undated } = policy();
    expect(() => evaluateStacking([], t, undated)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID', option: 'referenceDate' }),
    );
    expect(evaluateStacking([], t, undated, { referenceDate: '2025-01-31' }).context.referenceDate).toBe('2025-01-31');
    expect(() => evaluateStacking('nope' as never, t, policy())).toThrow(
      expect.objectContaining({ option: 'credentials' }),
    );
  });

  it('throws ERR_VALIDATION for credentials without the structure the engine reads', () => {
    const broken = [
      { ...credential('a', '1'), id: 'has space' },
      { ...credential('b', '1'), qaTypes: 'internal' },
      { ...credential('c', '1'), outcomeIds: [1] },
      { ...credential('d', '1'), assessed: 'yes' },
      { ...credential('e', '1'), eqfLevel: 9 },
      { ...credential('f', '1'), grade: { scheme: 'DE' } },
      { ...credential('g', '1'), grade: 'A' },
      { ...credential('h', '1'), credit: '5' },
      { ...credential('i', '1'), title: 5 },
      null,
    ];
    expect(issuesOf(() => evaluateStacking(broken as never, target('1', []), policy()))).toEqual([
      'invalid_format@0.id',
      'invalid_type@1.qaTypes',
      'invalid_type@2.outcomeIds.0',
      'invalid_type@3.assessed',
      'invalid_value@4.eqfLevel',
      'required@5.grade.value',
      'invalid_type@6.grade',
      'invalid_type@7.credit',
      'invalid_type@8.title',
      'invalid_type@9',
    ]);
    expect(() => evaluateStacking(broken as never, target('1', []), policy())).toThrow(
      expect.objectContaining({ code: 'ERR_VALIDATION' }),
    );
  });
});

describe('input errors: a credential that cannot be read fails the whole evaluation, as data', () => {
  it('returns status "error" with the code and credential, and empty fields', () => {
    const d = evaluateStacking(
      [credential('ok', '5'), credential('bad', '1.5e1')],
      target('5', [group('g')]),
      policy(),
    );
    expect(d).toMatchObject({
      kind: 'stacking',
      status: 'error',
      eligible: null,
      recognisedEcts: null,
      total: null,
      gap: null,
      search: null,
    });
    expect(d.error).toEqual({ code: 'INVALID_CREDIT_VALUE', credentialId: 'bad' });
    expect([d.groups, d.reasons, d.warnings, d.credentials, d.unmetRequirements]).toEqual([[], [], [], [], []]);
    expect(d.allocation).toEqual({});
  });

  it('reports the smallest credential id, then the earliest check, whatever the input order', () => {
    const list = [
      credential('b', '5', { issuedOn: '2023-02-29' }),
      credential('a', '5', { credit: null }),
      credential('a', '5'),
    ];
    const forward = evaluateStacking(list, target('5', []), policy());
    const backward = evaluateStacking([...list].reverse(), target('5', []), policy());
    expect(forward.error).toEqual({ code: 'MISSING_WORKLOAD', credentialId: 'a' });
    expect(backward).toEqual(forward);
    expect(evaluateStacking([credential('n', -1)], target('5', []), policy()).error?.code).toBe('INVALID_CREDIT_VALUE');
    expect(evaluateStacking([credential('n', Number.NaN)], target('5', []), policy()).error?.code).toBe(
      'INVALID_CREDIT_VALUE',
    );
  });
});

describe('batches: the same target and policy objects are validated once, and again when they change', () => {
  it('re-validates a target object after it is mutated, and notices keys JSON would drop', () => {
    const t = target('5', [group('core')]);
    const p = policy();
    expect(evaluateStacking([credential('a', '5')], t, p).status).toBe('eligible');
    expect(evaluateStacking([credential('a', '5')], t, p).status).toBe('eligible');
    (t.totalEcts as { min: string }).min = '6';
    expect(evaluateStacking([credential('a', '5')], t, p).status).toBe('not-eligible');
    (t.totalEcts as { min: string }).min = 'six';
    expect(() => evaluateStacking([credential('a', '5')], t, p)).toThrow(
      expect.objectContaining({ code: 'ERR_POLICY_INVALID' }),
    );
    expect(() => evaluateStacking([credential('a', '5')], t, p)).toThrow(
      expect.objectContaining({ code: 'ERR_POLICY_INVALID' }),
    );
    (t.totalEcts as { min: string }).min = '5';
    expect(evaluateStacking([credential('a', '5')], t, p).status).toBe('eligible');
    Object.assign(p, { surprise: undefined });
    expect(() => evaluateStacking([credential('a', '5')], t, p)).toThrow(expect.objectContaining({ source: 'policy' }));
    const cyclic: Record<string, unknown> = { ...policy() };
    cyclic['self'] = cyclic;
    expect(() => evaluateStacking([], t, cyclic as never)).toThrow(expect.objectContaining({ source: 'policy' }));
  });
});
