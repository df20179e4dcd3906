import { describe, expectTypeOf, it } from 'vitest';
import {
  type CompletenessReport,
  type CompletenessRule,
  checkCompleteness,
  defineProfile,
  type ElementId,
  profiles,
  type RuleContext,
} from '../../src/index.js';

describe('completeness types', () => {
  it('a rule sees the typed model and returns typed findings', () => {
    const rule: CompletenessRule = {
      id: 'T-1',
      element: 'g',
      severity: 'warning',
      check: (ctx) => {
        expectTypeOf(ctx).toEqualTypeOf<RuleContext>();
        expectTypeOf(ctx.draft.workload?.hours).toEqualTypeOf<string | undefined>();
        expectTypeOf(ctx.state('g')).toEqualTypeOf<'absent' | 'invalid' | 'valid'>();
        return [{ reason: 'credits_below_minimum', params: { value: '1', unit: 'ECTS', minimum: '2' } }];
      },
    };
    expectTypeOf(rule.element).toEqualTypeOf<ElementId>();
  });

  it('rejects unknown element ids, reasons, severities and requirements at compile time', () => {
    defineProfile({
      id: 'x',
      version: '1',
      title: 'x',
      // @ts-expect-error: not an element id
      elements: { z: { requirement: 'mandatory' } },
    });
    defineProfile({
      id: 'x',
      version: '1',
      title: 'x',
      // @ts-expect-error: not a requirement
      elements: { a: { requirement: 'required' } },
    });
    const bad: CompletenessRule = {
      id: 'T-2',
      element: 'a',
      // @ts-expect-error: not a severity
      severity: 'fatal',
      // @ts-expect-error: not a reason code
      check: () => [{ reason: 'looks_wrong' }],
    };
    expectTypeOf(bad).toMatchTypeOf<CompletenessRule>();
  });

  it('checkCompleteness returns a completeness report with a closed verdict', () => {
    const report = checkCompleteness({}, { profile: profiles.estonia });
    expectTypeOf(report).toEqualTypeOf<CompletenessReport>();
    expectTypeOf(report.kind).toEqualTypeOf<'completeness'>();
    expectTypeOf(report.verdict).toEqualTypeOf<'complete' | 'complete-with-warnings' | 'incomplete'>();
  });
});
