import { MicrocredValidationError, type ValidationIssue } from '../errors.js';
import { issue } from '../internal/issue.js';
import { jsonType } from '../internal/zod-issues.js';

/**
 * A credential as the stacking engine sees it: one credit amount, the level, the date, the source and the
 * facts the policy filters on. Build it from a {@link MicroCredential} with {@link toStackingCredential}, or
 * directly from an office's own records. `evaluateStacking` also accepts micro-credentials and adapts them.
 *
 * `credit.value` is a decimal or fraction string (or a finite number ≥ 0, read through its shortest decimal
 * form); `credit.unit` is `ECTS`, `HOURS` or a unit the policy converts. `issuedOn` is the written date
 * (`YYYY-MM-DD`), never shifted by a time zone. `outcomeIds` are skill URIs: wording is never matched.
 *
 * @example
 * ```ts
 * import type { StackingCredential } from 'microcred';
 * const credential: StackingCredential = {
 *   id: 'urn:uuid:5d2b4c61-8f0e-4d3b-9a51-2f6c7e1d0a93',
 *   title: 'Applied statistics',
 *   credit: { value: '3', unit: 'ECTS' },
 *   eqfLevel: 6,
 *   issuedOn: '2024-06-28',
 *   providerId: 'https://uni.example',
 *   qaTypes: ['institutional-quality-assurance'],
 *   outcomeIds: ['http://data.europa.eu/esco/skill/statistics'],
 *   assessed: true,
 *   identityVerified: true,
 * };
 * ```
 * @category Stacking
 */
export interface StackingCredential {
  /** Unique within one evaluation; no white space. */
  readonly id: string;
  /** A display title for reports. */
  readonly title?: string;
  /** The credit value and its unit, or `null` when the credential states no workload. */
  readonly credit: { readonly value: string | number; readonly unit: string } | null;
  /** The EQF level, or `null` when no EQF level is given. */
  readonly eqfLevel: number | null;
  /** The date of issuing as written, `YYYY-MM-DD`. */
  readonly issuedOn: string;
  /** The awarding body, matched by caps and residency rules. */
  readonly providerId?: string;
  /** The quality-assurance types (Annex I (k)). */
  readonly qaTypes: readonly string[];
  /** The module or achievement specification, matched by `anyOfIds`, `requiredIds` and de-duplication. */
  readonly specificationId?: string;
  /** Identifiers (ESCO or other skill URIs) of the learning outcomes. */
  readonly outcomeIds: readonly string[];
  /** Whether the outcomes were assessed. */
  readonly assessed: boolean;
  /** The grade and its scheme, when one was awarded. */
  readonly grade?: { readonly scheme?: string; readonly value: string };
  /** Whether the assessment was supervised with identity verification. */
  readonly identityVerified: boolean;
}

type Path = (string | number)[];

function isRecord(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The params of an `invalid_type` issue: what was expected and the JSON type that was found. */
function typeParams(expected: string, value: unknown): Record<string, unknown> {
  return { expected, received: jsonType(value) };
}

function checkStringList(value: unknown, path: Path, out: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    out.push(issue(value === undefined ? 'required' : 'invalid_type', path, typeParams('array', value)));
    return;
  }
  value.forEach((v, i) => {
    if (typeof v !== 'string') out.push(issue('invalid_type', [...path, i], typeParams('string', v)));
  });
}

function checkOptionalString(c: Readonly<Record<string, unknown>>, key: string, path: Path, out: ValidationIssue[]) {
  if (c[key] !== undefined && typeof c[key] !== 'string') {
    out.push(issue('invalid_type', [...path, key], typeParams('string', c[key])));
  }
}

/**
 * The shape problems of one stacking credential: the structure the engine relies on. Credit values, units
 * and dates are not checked here; their faults are input errors reported in the decision.
 *
 * @internal
 */
export function stackingCredentialIssues(c: unknown, path: Path): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isRecord(c)) return [issue('invalid_type', path, typeParams('object', c))];
  if (typeof c['id'] !== 'string' || !/^\S+$/.test(c['id'])) {
    out.push(issue(c['id'] === undefined ? 'required' : 'invalid_format', [...path, 'id'], { format: 'id' }));
  }
  const credit = c['credit'];
  if (credit !== null && credit !== undefined && !isRecord(credit)) {
    out.push(issue('invalid_type', [...path, 'credit'], typeParams('object', credit)));
  }
  const level = c['eqfLevel'];
  if (level !== null && (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 8)) {
    out.push(issue('invalid_value', [...path, 'eqfLevel'], { values: ['1..8', 'null'] }));
  }
  checkStringList(c['qaTypes'], [...path, 'qaTypes'], out);
  checkStringList(c['outcomeIds'], [...path, 'outcomeIds'], out);
  for (const key of ['assessed', 'identityVerified']) {
    if (typeof c[key] !== 'boolean') out.push(issue('invalid_type', [...path, key], typeParams('boolean', c[key])));
  }
  for (const key of ['title', 'providerId', 'specificationId']) checkOptionalString(c, key, path, out);
  const grade = c['grade'];
  if (grade !== undefined) {
    if (!isRecord(grade)) out.push(issue('invalid_type', [...path, 'grade'], typeParams('object', grade)));
    else {
      checkOptionalString(grade, 'scheme', [...path, 'grade'], out);
      if (typeof grade['value'] !== 'string') {
        const code = grade['value'] === undefined ? 'required' : 'invalid_type';
        out.push(issue(code, [...path, 'grade', 'value'], typeParams('string', grade['value'])));
      }
    }
  }
  return out;
}

/**
 * Throws when any credential lacks the structure the engine relies on.
 *
 * @internal
 */
export function assertStackingCredentials(list: readonly unknown[]): void {
  const issues = list.flatMap((c, i) => stackingCredentialIssues(c, [i]));
  if (issues.length > 0) throw new MicrocredValidationError(issues);
}
