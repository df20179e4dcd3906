import { afterAll, describe, expect, it } from 'vitest';
import { STACKING_INPUT_ERROR_CODES, STACKING_REASON_CODES, STACKING_WARNING_CODES } from '../../src/stacking/codes.js';
import type { StackingDecision } from '../../src/stacking/decision.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { credential, exception, group, policy, target } from './fixtures.js';

const seen = new Set<string>();
function record(decision: StackingDecision): StackingDecision {
  for (const r of decision.reasons) seen.add(r.code);
  for (const w of decision.warnings) seen.add(w.code);
  if (decision.error !== null) seen.add(decision.error.code);
  return decision;
}
const reasonOf = (d: StackingDecision, id: string) => d.reasons.find((r) => r.credentialId === id);

const grades = policy({
  gradeSchemes: {
    DE: { kind: 'numeric', higherIsBetter: false },
    ECTS: { kind: 'ordinal', lowToHigh: ['E', 'D', 'C', 'B', 'A'] },
  },
  minGrade: [
    { scheme: 'DE', value: '4.0' },
    { scheme: 'ECTS', value: 'D' },
  ],
});

describe('every reason, warning and input error code of the domain rules', () => {
  it('filters, each with its params, in the fixed order', () => {
    const d = record(
      evaluateStacking(
        [
          credential('ecvet', '30', { credit: { value: '30', unit: 'ECVET' } }),
          credential('manual', '5'),
          credential('unassessed', '5', { assessed: false, qaTypes: [] }),
          credential('no-qa', '5', { qaTypes: ['self-declared'] }),
          credential('no-id', '5', { identityVerified: false }),
          credential('old', '5', { issuedOn: '2019-12-31' }),
          credential('low', '5', { eqfLevel: 4 }),
          credential('no-level', '5', { eqfLevel: null }),
          credential('ok', '5'),
        ],
        target('5', [], { minEqfLevel: 5 }),
        policy({ requireIdentityVerified: true, recencyYears: 5 }),
        { exceptions: [exception('x-1', 'exclude', { credentialId: 'manual' })] },
      ),
    );
    expect(reasonOf(d, 'ecvet')).toEqual({
      credentialId: 'ecvet',
      code: 'UNIT_NOT_CONVERTIBLE',
      params: { unit: 'ECVET' },
    });
    expect(reasonOf(d, 'manual')).toEqual({
      credentialId: 'manual',
      code: 'MANUALLY_EXCLUDED',
      params: { exceptionId: 'x-1' },
    });
    expect(reasonOf(d, 'unassessed')?.code).toBe('NOT_ASSESSED');
    expect(reasonOf(d, 'no-qa')?.params).toEqual({ qaTypes: ['self-declared'] });
    expect(reasonOf(d, 'no-id')?.code).toBe('IDENTITY_NOT_VERIFIED');
    expect(reasonOf(d, 'old')?.params).toEqual({ issuedOn: '2019-12-31', cutoff: '2020-09-01' });
    expect(reasonOf(d, 'low')?.params).toEqual({ level: 4, min: 5 });
    expect(reasonOf(d, 'no-level')?.params).toEqual({ level: null, min: 5 });
    expect(d.allocation).toEqual({ all: ['ok'] });
    expect(d.exceptionsApplied.map((e) => e.exceptionId)).toEqual(['x-1']);
  });

  it('grades in the scheme they are written in: missing, other scheme, unreadable, below, at the minimum', () => {
    const d = record(
      evaluateStacking(
        [
          credential('no-grade', '5'),
          credential('nl', '5', { grade: { scheme: 'NL', value: '7' } }),
          credential('no-scheme', '5', { grade: { value: 'B' } }),
          credential('unreadable', '5', { grade: { scheme: 'ECTS', value: 'B+' } }),
          credential('de-fail', '5', { grade: { scheme: 'DE', value: '4.3' } }),
          credential('ects-fail', '5', { grade: { scheme: 'ECTS', value: 'E' } }),
          credential('de-pass', '5', { grade: { scheme: 'DE', value: '4.0' } }),
          credential('ects-pass', '5', { grade: { scheme: 'ECTS', value: 'D' } }),
        ],
        target('10', []),
        grades,
      ),
    );
    expect(reasonOf(d, 'no-grade')?.code).toBe('GRADE_MISSING');
    expect(reasonOf(d, 'nl')).toEqual({
      credentialId: 'nl',
      code: 'GRADE_SCHEME_MISMATCH',
      params: { scheme: 'NL', requiredScheme: ['DE', 'ECTS'] },
    });
    expect(reasonOf(d, 'no-scheme')?.params?.['scheme']).toBeNull();
    expect(reasonOf(d, 'unreadable')?.code).toBe('GRADE_SCHEME_MISMATCH');
    expect(reasonOf(d, 'de-fail')).toEqual({
      credentialId: 'de-fail',
      code: 'GRADE_BELOW_MINIMUM',
      params: { grade: '4.3', min: '4.0' },
    });
    expect(reasonOf(d, 'ects-fail')?.code).toBe('GRADE_BELOW_MINIMUM');
    expect(d.allocation).toEqual({ all: ['de-pass', 'ects-pass'] });
  });

  it('de-duplication keeps the highest ECTS, then the latest, then the smallest id; overlaps are flagged', () => {
    const d = record(
      evaluateStacking(
        [
          credential('spec-small', '4', { specificationId: 'urn:spec:stats', outcomeIds: ['skill:a'] }),
          credential('spec-big', '5', { specificationId: 'urn:spec:stats', outcomeIds: ['skill:b'] }),
          credential('lo-old', '5', { outcomeIds: ['skill:y', 'skill:x'], issuedOn: '2023-01-01' }),
          credential('lo-new', '5', { outcomeIds: ['skill:x', 'skill:y'], issuedOn: '2024-01-01' }),
          credential('tie-b', '3', { outcomeIds: ['skill:t'] }),
          credential('tie-a', '3', { outcomeIds: ['skill:t'] }),
          credential('partial', '2', { outcomeIds: ['skill:x', 'skill:z'] }),
        ],
        target('10', []),
        policy(),
      ),
    );
    expect(reasonOf(d, 'spec-small')).toEqual({
      credentialId: 'spec-small',
      code: 'DUPLICATE_SPECIFICATION',
      params: { keptCredentialId: 'spec-big' },
    });
    expect(reasonOf(d, 'lo-old')?.params).toEqual({ keptCredentialId: 'lo-new' });
    expect(reasonOf(d, 'tie-b')).toMatchObject({
      code: 'DUPLICATE_LEARNING_OUTCOMES',
      params: { keptCredentialId: 'tie-a' },
    });
    expect(d.warnings).toEqual([
      {
        credentialId: 'partial',
        code: 'PARTIAL_LO_OVERLAP',
        params: { with: 'lo-new', sharedOutcomeIds: ['skill:x'] },
      },
    ]);
  });

  it('eligibility and caps', () => {
    const d = record(
      evaluateStacking(
        [
          credential('nowhere', '5', { outcomeIds: ['skill:cooking'] }),
          credential('a', '5', { outcomeIds: ['skill:data'], qaTypes: ['internal-quality-assurance'] }),
          credential('b', '4', { outcomeIds: ['skill:data', 'skill:b'], qaTypes: ['internal-quality-assurance'] }),
        ],
        target('5', [group('data', { select: { learningOutcomesAny: ['skill:data'] } })]),
        policy({
          caps: [
            {
              id: 'internal',
              appliesTo: { qaTypes: ['internal-quality-assurance'] },
              maxEcts: '6',
              mode: 'wholeCredentials',
            },
          ],
        }),
      ),
    );
    expect(reasonOf(d, 'nowhere')?.code).toBe('NOT_ELIGIBLE_FOR_ANY_GROUP');
    expect(reasonOf(d, 'b')).toEqual({ credentialId: 'b', code: 'CAP_EXCEEDED', params: { capId: 'internal' } });
    record(
      evaluateStacking([credential('big', '40')], target('30', [], { totalEcts: { min: '30', max: '36' } }), policy()),
    );
  });

  it('rounding, unused exceptions and every input error', () => {
    record(
      evaluateStacking(
        [credential('h', '40', { credit: { value: '40', unit: 'HOURS' } })],
        target('1', []),
        policy({
          rounding: { step: '0.5', mode: 'floor', stage: 'perCredential' },
        }),
        { exceptions: [exception('idle', 'accept', { credentialId: 'h', code: 'NOT_ASSESSED' })] },
      ),
    );
    const broken = [
      credential('missing', '5', { credit: null }),
      credential('value', 'five'),
      credential('unit', '5', { credit: { value: '5', unit: 'OB-CREDITS' } }),
      credential('date', '5', { issuedOn: '2023-02-29' }),
    ];
    for (const c of broken) record(evaluateStacking([c], target('5', []), policy()));
    record(evaluateStacking([credential('twice', '5'), credential('twice', '6')], target('5', []), policy()));
  });

  afterAll(() => {
    const expected = [...STACKING_REASON_CODES, ...STACKING_WARNING_CODES, ...STACKING_INPUT_ERROR_CODES];
    expect(expected.filter((code) => !seen.has(code))).toEqual([]);
  });
});
