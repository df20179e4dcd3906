import { parseRational } from '../../credit/parse-rational.js';
import { compareRational } from '../../credit/rational-arithmetic.js';
import type { StackingReasonCode } from '../codes.js';
import { readableGrade } from '../config/check-policy.js';
import type { GradeRule } from '../config/types.js';
import type { StackingParamValue } from '../decision.js';
import type { StackingCredential } from '../stacking-credential.js';

/**
 * The grade checks of step 3, in order: `GRADE_MISSING`, `GRADE_SCHEME_MISMATCH` (a scheme with no threshold,
 * or a value the scheme cannot read: schemes are never compared without a conversion), `GRADE_BELOW_MINIMUM`
 * (in the scheme's declared order). Returns the first failing check, or null.
 */
export function gradeCheck(
  grade: StackingCredential['grade'],
  rule: GradeRule,
): { code: StackingReasonCode; params?: Record<string, StackingParamValue> } | null {
  if (grade === undefined) return { code: 'GRADE_MISSING' };
  const required = [...rule.thresholds.keys()].sort();
  const threshold = grade.scheme === undefined ? undefined : rule.thresholds.get(grade.scheme);
  if (threshold === undefined || !readableGrade(threshold.scheme, grade.value)) {
    return { code: 'GRADE_SCHEME_MISMATCH', params: { scheme: grade.scheme ?? null, requiredScheme: required } };
  }
  const { scheme, value: min } = threshold;
  let order: number;
  if (scheme.kind === 'ordinal') order = scheme.lowToHigh.indexOf(grade.value) - scheme.lowToHigh.indexOf(min);
  else {
    const c = compareRational(parseRational(grade.value), parseRational(min));
    order = scheme.higherIsBetter ? c : -c;
  }
  return order < 0 ? { code: 'GRADE_BELOW_MINIMUM', params: { grade: grade.value, min } } : null;
}
