import { formatRational } from '../credit/format-rational.js';
import { compareRational } from '../credit/rational-arithmetic.js';
import { MicrocredOptionsError, MicrocredValidationError } from '../errors.js';
import { issue } from '../internal/issue.js';
import type { MicroCredential } from '../model/micro-credential.js';
import { type BuiltProblem, buildProblem } from './allocate/build-problem.js';
import { solve } from './allocate/solve.js';
import { resolveConfig } from './config/resolve-config.js';
import type { StackingConfig } from './config/types.js';
import type { StackingDecision, StackingWarning } from './decision.js';
import { allocationView } from './explain/allocation-view.js';
import { capOutcome, orderedReasons, orderedWarnings } from './explain/caps-and-reasons.js';
import { checkCertificate } from './explain/certificate.js';
import { describeCredentials } from './explain/credentials.js';
import { exceptionsOutcome } from './explain/exceptions-used.js';
import { gapPlan } from './explain/gap-plan.js';
import { measure } from './explain/measure.js';
import { describeOutcomes } from './explain/outcomes.js';
import { LIBRARY_VERSION } from './library.js';
import { convertCredentials } from './pipeline/convert.js';
import { deduplicate } from './pipeline/deduplicate.js';
import { assignEligibility } from './pipeline/eligibility.js';
import { applyFilters } from './pipeline/filters.js';
import { newLedger } from './pipeline/ledger.js';
import { validateCredentials } from './pipeline/validate-credentials.js';
import { assertStackingCredentials, type StackingCredential } from './stacking-credential.js';
import { toStackingCredential } from './to-stacking-credential.js';

const OBJECTIVE = 'satisfied-requirements > recognised-ects > shortfall > canonical' as const;

function adapt(input: unknown): StackingCredential[] {
  if (!Array.isArray(input)) throw new MicrocredOptionsError('credentials', 'must be an array');
  return input.map((c, i) => {
    if (typeof c !== 'object' || c === null || !('workload' in c)) return c as StackingCredential;
    const mc = c as MicroCredential;
    if (mc.id === undefined) throw new MicrocredValidationError([issue('required', [i, 'id'], {})]);
    return toStackingCredential(mc);
  });
}

function context(config: StackingConfig): StackingDecision['context'] {
  const { target } = config;
  return {
    targetId: target.id,
    ...(target.title === undefined ? {} : { targetTitle: target.title }),
    ...(target.version === undefined ? {} : { targetVersion: target.version }),
    policyId: config.policyId,
    ...(config.policyVersion === undefined ? {} : { policyVersion: config.policyVersion }),
    referenceDate: config.referenceDate,
    library: LIBRARY_VERSION,
  };
}

function errorDecision(config: StackingConfig, error: NonNullable<StackingDecision['error']>): StackingDecision {
  return {
    kind: 'stacking',
    status: 'error',
    eligible: null,
    recognisedEcts: null,
    total: null,
    allocation: {},
    groups: [],
    rules: [],
    unmetRequirements: [],
    credentials: [],
    reasons: [],
    warnings: [],
    appliedCaps: [],
    exceptionsApplied: [],
    gap: null,
    search: null,
    objective: OBJECTIVE,
    notice: 'advice-not-entitlement',
    context: context(config),
    error,
  };
}

/** Internal switches for tests: run the solver on bigint even when number would do. */
export interface RunOptions {
  readonly forceBigint?: boolean;
}

/** The whole evaluation (see `evaluateStacking`); `run` lets tests compare the number and bigint solvers. */
export function runStacking(
  credentialsInput: unknown,
  target: unknown,
  policy: unknown,
  options: unknown,
  run: RunOptions = {},
): StackingDecision {
  const credentials = adapt(credentialsInput);
  assertStackingCredentials(credentials);
  const config = resolveConfig(target, policy, options, new Set(credentials.map((c) => c.id)));
  const validated = validateCredentials(credentials, config.convertibleUnits);
  if (!validated.ok) return errorDecision(config, validated.error);
  const ledger = newLedger();
  const converted = convertCredentials(validated.credentials, config, ledger);
  const inPlay = deduplicate(applyFilters(converted, config, ledger), config, ledger);
  const eligible = assignEligibility(inPlay, config, ledger);
  const { built, items, caps } = buildProblem(config, eligible, run.forceBigint === true);
  const solution = solveBuilt(built, config.nodeBudget);
  const view = allocationView(built.problem, items, solution.choices);
  const measured = measure(config, items, view.group, view.counted, caps);
  const claimed = new Map(built.problem.reqs.map((r, k) => [r.id, solution.satisfied[k] === true]));
  checkCertificate(config, view, measured, claimed);
  const exceptions = exceptionsOutcome(config, ledger, view, measured);
  const outcomes = describeOutcomes(config, measured, exceptions.waivedIds);
  const capped = capOutcome(view, measured);
  const rounded = compareRational(measured.raw, measured.recognised) !== 0;
  const totalWarning: StackingWarning | null = rounded
    ? {
        code: 'ROUNDED',
        params: { stage: 'total', before: formatRational(measured.raw), after: formatRational(measured.recognised) },
      }
    : null;
  const status = solution.status;
  return {
    kind: 'stacking',
    status,
    eligible: status === 'eligible' ? true : status === 'not-eligible' ? false : null,
    recognisedEcts: formatRational(measured.recognised),
    total: outcomes.total,
    allocation: outcomes.allocation,
    groups: outcomes.groups,
    rules: outcomes.rules,
    unmetRequirements: outcomes.unmetRequirements,
    credentials: describeCredentials(config, credentials, ledger, view),
    reasons: orderedReasons(ledger, capped.exceeded, capped.truncated),
    warnings: orderedWarnings(ledger, exceptions.unused, totalWarning),
    appliedCaps: capped.appliedCaps,
    exceptionsApplied: exceptions.applied,
    gap: status === 'eligible' ? null : gapPlan(config, credentials, ledger, outcomes.unmetRequirements),
    search: {
      proof: solution.proof,
      optimal: solution.optimal,
      nodes: solution.nodes,
      nodeBudget: config.nodeBudget,
      components: solution.components,
    },
    objective: OBJECTIVE,
    notice: 'advice-not-entitlement',
    context: context(config),
    error: null,
  };
}

function solveBuilt(built: BuiltProblem, budget: number) {
  const s = built.kind === 'number' ? solve(built.problem, budget) : solve(built.problem, budget);
  return { ...s, satisfied: s.evaluation.satisfied };
}
