import { validateConversionTable } from '../../credit/conversion-table.js';
import { isMicrocredError, type ValidationIssue } from '../../errors.js';
import { issue } from '../../internal/issue.js';
import type { GradeScheme, GradeThreshold, RecognitionPolicy } from '../policy-schema.js';
import { duplicateIds, shareIssue } from './check-target.js';

/** The grade thresholds of a policy as a list (one threshold may be written without brackets). */
export function thresholdList(policy: RecognitionPolicy): readonly GradeThreshold[] {
  const min = policy.minGrade;
  if (min === undefined || min === null) return [];
  return Array.isArray(min) ? min : [min as GradeThreshold];
}

/** Whether a grade value can be read in a scheme. */
export function readableGrade(scheme: GradeScheme, value: string): boolean {
  if (scheme.kind === 'ordinal') return scheme.lowToHigh.includes(value);
  return /^[0-9]{1,30}(?:\.[0-9]{1,30})?$/.test(value);
}

function checkGrades(policy: RecognitionPolicy, out: ValidationIssue[]): void {
  const schemes = policy.gradeSchemes ?? {};
  for (const [name, scheme] of Object.entries(schemes)) {
    if (scheme.kind === 'ordinal') {
      out.push(
        ...duplicateIds(scheme.lowToHigh.map((id, j) => ({ id, path: ['gradeSchemes', name, 'lowToHigh', j] }))),
      );
    }
  }
  const list = thresholdList(policy);
  const at = (j: number) => (Array.isArray(policy.minGrade) ? ['minGrade', j] : ['minGrade']);
  out.push(...duplicateIds(list.map((t, j) => ({ id: t.scheme, path: [...at(j), 'scheme'] }))));
  list.forEach((t, j) => {
    const scheme = Object.hasOwn(schemes, t.scheme) ? schemes[t.scheme] : undefined;
    if (scheme === undefined) {
      out.push(issue('invalid_value', [...at(j), 'scheme'], { values: Object.keys(schemes) }));
    } else if (!readableGrade(scheme, t.value)) {
      const values = scheme.kind === 'ordinal' ? scheme.lowToHigh : ['a decimal'];
      out.push(issue('invalid_value', [...at(j), 'value'], { values }));
    }
  });
}

function checkConversions(policy: RecognitionPolicy, out: ValidationIssue[]): void {
  try {
    validateConversionTable({
      ...(policy.hoursPerEcts === undefined ? {} : { hoursPerEcts: policy.hoursPerEcts }),
      ectsPerUnit: policy.conversions ?? {},
    });
  } catch (error) {
    if (!isMicrocredError(error)) throw error;
    const params = (error as { readonly params?: Readonly<Record<string, unknown>> }).params ?? {};
    const field = typeof params['field'] === 'string' ? params['field'] : 'conversions';
    const path = field.startsWith('ectsPerUnit.') ? ['conversions', field.slice('ectsPerUnit.'.length)] : [field];
    out.push(issue('invalid_value', path, { reason: String(params['reason']) }));
  }
}

/**
 * The rules of a policy that its JSON Schema cannot state: unique cap ids (`totalEcts.max` is reserved),
 * shares within [0, 1], grade thresholds in defined schemes with readable values, and a conversion table the
 * credit module accepts (no `HOURS` entry, an `ECTS` entry only as 1).
 */
export function checkPolicy(policy: RecognitionPolicy): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const caps = policy.caps ?? [];
  const capIds = caps.map((c, i) => ({ id: c.id, path: ['caps', i, 'id'] }));
  out.push(...duplicateIds(capIds));
  for (const { id, path } of capIds) {
    if (id === 'totalEcts.max') out.push(issue('invalid_value', path, { values: ['any id but "totalEcts.max"'] }));
  }
  caps.forEach((c, i) => {
    out.push(...shareIssue(c.maxShareOfTarget, ['caps', i, 'maxShareOfTarget']));
  });
  checkGrades(policy, out);
  checkConversions(policy, out);
  return out;
}
