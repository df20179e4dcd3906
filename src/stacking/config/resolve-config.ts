import * as z from 'zod';
import type { ConversionTable } from '../../credit/conversion-table.js';
import { parseRational } from '../../credit/parse-rational.js';
import type { Rational } from '../../credit/rational.js';
import { mulRational } from '../../credit/rational-arithmetic.js';
import { MicrocredOptionsError, MicrocredPolicyError } from '../../errors.js';
import { safeParseWith } from '../../internal/parse-with.js';
import { type StackingException, StackingExceptionSchema } from '../exception-schema.js';
import { safeParseQualification, safeParseRecognitionPolicy } from '../parse-config.js';
import { isCalendarDate, recencyCutoff } from '../pipeline/calendar.js';
import type { RecognitionPolicy } from '../policy-schema.js';
import type { Qualification } from '../qualification-schema.js';
import { DEFAULT_NODE_BUDGET } from '../stacking-options.js';
import { thresholdList } from './check-policy.js';
import { parseMemo, parseWithMemo } from './parse-cache.js';
import { knownTargets, resolveExceptions } from './resolve-exceptions.js';
import { resolveRequirements } from './resolve-requirements.js';
import type { GradeRule, ResolvedCap, StackingConfig } from './types.js';

const ExceptionListSchema = z.array(StackingExceptionSchema);
const TARGETS = parseMemo<Qualification>();
const POLICIES = parseMemo<RecognitionPolicy>();
const OPTION_KEYS: ReadonlySet<string> = new Set(['referenceDate', 'nodeBudget', 'exceptions']);

interface CheckedOptions {
  readonly referenceDate: string | undefined;
  readonly nodeBudget: number;
  readonly exceptions: readonly StackingException[];
}

function checkOptions(options: unknown): CheckedOptions {
  if (options === undefined) return { referenceDate: undefined, nodeBudget: DEFAULT_NODE_BUDGET, exceptions: [] };
  if (typeof options !== 'object' || options === null) throw new MicrocredOptionsError('options', 'must be an object');
  const o = options as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.has(key)) throw new MicrocredOptionsError(key, 'is not an option of evaluateStacking');
  }
  const { referenceDate, nodeBudget, exceptions } = o;
  if (referenceDate !== undefined && !isCalendarDate(referenceDate)) {
    throw new MicrocredOptionsError('referenceDate', 'must be a calendar date written YYYY-MM-DD');
  }
  if (nodeBudget !== undefined && (!Number.isSafeInteger(nodeBudget) || (nodeBudget as number) < 0)) {
    throw new MicrocredOptionsError('nodeBudget', 'must be a non-negative integer');
  }
  let list: readonly StackingException[] = [];
  if (exceptions !== undefined) {
    const parsed = safeParseWith(ExceptionListSchema, exceptions);
    if (!parsed.success) throw new MicrocredPolicyError('exceptions', parsed.error.issues, { cause: parsed.error });
    list = parsed.data;
  }
  return { referenceDate, nodeBudget: (nodeBudget as number | undefined) ?? DEFAULT_NODE_BUDGET, exceptions: list };
}

function resolveGrades(policy: RecognitionPolicy): GradeRule | null {
  const list = thresholdList(policy);
  if (list.length === 0) return null;
  const schemes = policy.gradeSchemes ?? {};
  const thresholds = new Map(
    list.map((t) => [
      t.scheme,
      { scheme: schemes[t.scheme] ?? { kind: 'numeric' as const, higherIsBetter: true }, value: t.value },
    ]),
  );
  return { thresholds };
}

/**
 * Checks and resolves the target, the policy and the options of one evaluation. Configuration faults throw
 * (`ERR_POLICY_INVALID` with paths, `ERR_OPTIONS_INVALID`); they are never a "no" about the learner.
 */
export function resolveConfig(
  targetInput: unknown,
  policyInput: unknown,
  optionsInput: unknown,
  credentialIds: ReadonlySet<string>,
): StackingConfig {
  const target = parseWithMemo(TARGETS, safeParseQualification, targetInput);
  if (!target.success) throw new MicrocredPolicyError('target', target.error.issues, { cause: target.error });
  const policyResult = parseWithMemo(POLICIES, safeParseRecognitionPolicy, policyInput);
  if (!policyResult.success) {
    throw new MicrocredPolicyError('policy', policyResult.error.issues, { cause: policyResult.error });
  }
  const policy = policyResult.data;
  const options = checkOptions(optionsInput);
  const referenceDate = options.referenceDate ?? policy.referenceDate;
  if (referenceDate === undefined) {
    throw new MicrocredOptionsError('referenceDate', 'is required, in the options or in the policy');
  }
  const { index, issues } = resolveExceptions(options.exceptions, knownTargets(target.data, credentialIds));
  if (issues.length > 0) throw new MicrocredPolicyError('exceptions', issues);
  const requirements = resolveRequirements(target.data, options.exceptions);
  const caps: ResolvedCap[] = (policy.caps ?? []).map((c) => ({
    id: c.id,
    mode: c.mode,
    limit: c.maxEcts === undefined ? mulShare(c.maxShareOfTarget, requirements.totalMin) : parseRational(c.maxEcts),
    qaTypes: c.appliesTo.qaTypes === undefined ? null : new Set(c.appliesTo.qaTypes),
    providerIds: c.appliesTo.providerIds === undefined ? null : new Set(c.appliesTo.providerIds),
    all: false,
  }));
  const max = target.data.totalEcts.max;
  const conversions = policy.conversions ?? {};
  const conversion: ConversionTable = {
    ...(policy.hoursPerEcts === undefined ? {} : { hoursPerEcts: policy.hoursPerEcts }),
    ectsPerUnit: conversions,
  };
  return {
    target: target.data,
    policyId: policy.id,
    policyVersion: policy.version,
    referenceDate,
    nodeBudget: options.nodeBudget,
    groups: requirements.groups,
    levelRules: requirements.levelRules,
    residency: requirements.residency,
    total: requirements.total,
    totalMax: max === undefined ? null : parseRational(max),
    caps,
    conversion,
    convertibleUnits: new Set(['ECTS', 'HOURS', ...Object.keys(conversions)]),
    hoursPerEcts: policy.hoursPerEcts !== undefined,
    rounding: policy.rounding ?? null,
    requireAssessment: policy.requireAssessment,
    acceptedQaTypes: policy.acceptedQaTypes === null ? null : new Set(policy.acceptedQaTypes),
    requireIdentityVerified: policy.requireIdentityVerified,
    recencyCutoff:
      policy.recencyYears === undefined || policy.recencyYears === null
        ? null
        : recencyCutoff(referenceDate, policy.recencyYears),
    minEqfLevel: target.data.minEqfLevel ?? null,
    grades: resolveGrades(policy),
    exceptions: index,
  };
}

function mulShare(share: string | undefined, totalMin: Rational): Rational {
  return mulRational(parseRational(share ?? '0'), totalMin);
}
