import { describe, expect, it } from 'vitest';
import {
  MICROCRED_ERROR_CODES,
  type MicrocredErrorCode,
  VALIDATION_ISSUE_CODES,
  type ValidationIssue,
  type ValidationIssueCode,
} from '../../src/errors.js';
import { de, en, formatIssue, fr, type LocaleCatalogue } from '../../src/locales/index.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { parseQualification, parseRecognitionPolicy } from '../../src/stacking/parse-config.js';
import { credential, policy, target } from '../stacking/fixtures.js';

const LOCALES: readonly LocaleCatalogue[] = [en, de, fr];
const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/;

/**
 * Representative params of each issue code, as the places that raise it fill them (the zod translation,
 * the pre-scan, the snapshot, the stacking checks, the JWT envelope). A code raised with different shapes
 * lists each shape.
 */
const PARAMS: Readonly<Record<ValidationIssueCode, readonly Record<string, unknown>[]>> = {
  required: [{}],
  invalid_type: [{ expected: 'string', received: 'number' }],
  invalid_value: [{ values: ['"a"', '"b"'] }],
  invalid_format: [
    { format: 'Uri' },
    { format: 'id' },
    { format: 'validFrom', expected: 'string', received: 'number' },
  ],
  invalid_union: [{ received: 'number' }],
  unknown_key: [{ key: 'nickname' }],
  forbidden_key: [{ key: '__proto__' }],
  duplicate_key: [{ key: 'id' }],
  too_small: [{ minimum: '1', origin: 'array', inclusive: true }],
  too_big: [{ maximum: '1', origin: 'number', inclusive: true }],
  not_json: [{ received: 'Date' }, { received: 'an accessor property (a getter or setter), not data' }],
  not_finite: [{ value: 'Infinity' }],
  circular: [{}],
  lone_surrogate: [{}],
  invalid_json: [{ reason: 'Unexpected token' }],
  too_deep: [{ maximum: 64 }],
  too_many_keys: [{ maximum: 1000, actual: 1001 }],
  too_many_items: [{ maximum: 10_000, actual: 10_001 }],
  string_too_long: [{ maximum: 65_536, actual: 65_537 }],
  too_many_nodes: [{ maximum: 100_000 }],
  input_too_large: [{ maximum: 1_048_576 }],
  at_least_one: [{ fields: ['id', 'fullName'] }],
  offset_out_of_range: [{}],
  precision_too_high: [{ maximum: 9 }],
  invalid_combination: [{ reason: 'validUntil is before validFrom' }],
};

const issueOf = (code: ValidationIssueCode, params: Record<string, unknown>): ValidationIssue => ({
  code,
  path: ['x'],
  message: '',
  params,
});

/** The issues an entry point raised, or none. */
function raised(run: () => unknown): readonly ValidationIssue[] {
  try {
    run();
  } catch (e) {
    return (e as { issues?: readonly ValidationIssue[] }).issues ?? [];
  }
  return [];
}

const leftovers = (issues: readonly ValidationIssue[]) =>
  LOCALES.flatMap((locale) =>
    issues.map((i) => `${locale.locale} ${i.code}: ${formatIssue(i, locale)}`).filter((t) => PLACEHOLDER.test(t)),
  );

describe('every message renders with no placeholder left', () => {
  it('every issue code, in every locale, with the params it is raised with', () => {
    for (const code of VALIDATION_ISSUE_CODES) {
      for (const params of PARAMS[code]) expect(leftovers([issueOf(code, params)])).toEqual([]);
    }
  });

  it('every error code, in every locale', () => {
    for (const locale of LOCALES) {
      for (const code of MICROCRED_ERROR_CODES as readonly MicrocredErrorCode[]) {
        const text = locale.errors[code];
        expect(text, `${locale.locale} ${code}`).toMatch(/\S/);
        expect(text, `${locale.locale} ${code}`).not.toMatch(PLACEHOLDER);
      }
    }
  });

  it('overlapping caps: the issue says which caps and why', () => {
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
    const issues = raised(() => evaluateStacking(credentials, target('1', []), policy({ caps })));
    expect(issues.map((i) => i.code)).toEqual(['invalid_combination']);
    expect(leftovers(issues)).toEqual([]);
    expect(formatIssue(issues[0] as ValidationIssue, en)).toContain('"internal" and "mooc"');
  });

  it('a numeric grade value and other wrong types in a stacking credential', () => {
    const issues = raised(() =>
      evaluateStacking(
        [credential('g', '3', { grade: { value: 8 as unknown as string }, assessed: 'yes' as unknown as boolean })],
        target('1', []),
        policy(),
      ),
    );
    expect(issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(
      expect.arrayContaining(['invalid_type@0.grade.value', 'invalid_type@0.assessed']),
    );
    expect(leftovers(issues)).toEqual([]);
    expect(formatIssue(issues.find((i) => i.path.includes('grade')) as ValidationIssue, en)).toBe(
      'Expected string, received number',
    );
  });

  it('limits set twice and exclusive combinations in targets, policies and exceptions', () => {
    const issues = [
      ...raised(() => parseQualification({ ...target('1', []), totalEcts: { min: '1', minShareOfTarget: '1' } })),
      ...raised(() => parseRecognitionPolicy({ ...policy(), caps: [{ id: 'c', appliesTo: {}, mode: 'truncate' }] })),
    ];
    expect(issues.some((i) => i.code === 'invalid_combination')).toBe(true);
    expect(leftovers(issues)).toEqual([]);
  });
});
