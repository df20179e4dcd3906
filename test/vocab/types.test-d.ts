import { describe, expectTypeOf, it } from 'vitest';
import type {
  ASSESSMENT_TYPES,
  AssessmentType,
  CountryCode,
  EqfLevel,
  IscedFCode,
  QaType,
  VocabularyCode,
  VocabularyLabelList,
  VocabularyName,
} from '../../src/vocab/index.js';

describe('vocabulary types', () => {
  it('exposes code tuples as literal unions', () => {
    expectTypeOf<EqfLevel>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8>();
    expectTypeOf<'0613'>().toExtend<IscedFCode>();
    expectTypeOf<'613'>().not.toExtend<IscedFCode>();
    expectTypeOf<'GR'>().toExtend<CountryCode>();
    expectTypeOf<'XK'>().not.toExtend<CountryCode>();
    expectTypeOf<'none'>().toExtend<AssessmentType>();
    expectTypeOf<'internal-quality-assurance'>().toExtend<QaType>();
    expectTypeOf<VocabularyCode<'eqf-levels'>>().toEqualTypeOf<EqfLevel>();
    expectTypeOf<VocabularyCode<'assessment-types'>>().toEqualTypeOf<AssessmentType>();
  });

  it('keeps the assessment list a readonly non-empty tuple', () => {
    expectTypeOf<(typeof ASSESSMENT_TYPES)[0]>().toEqualTypeOf<'artefact-assessment'>();
    expectTypeOf<(typeof ASSESSMENT_TYPES)['length']>().toEqualTypeOf<15>();
  });

  it('has a label list for every vocabulary', () => {
    expectTypeOf<VocabularyName>().toExtend<VocabularyLabelList>();
  });
});
