import type { AcceptableReasonCode, StackingReasonCode } from '../codes.js';
import type { StackingConfig } from '../config/types.js';
import type { StackingParamValue } from '../decision.js';
import type { StackingCredential } from '../stacking-credential.js';
import type { Converted } from './convert.js';
import { gradeCheck } from './grades.js';
import { exclude, type InPlay, type Ledger, markUsed, STAGE } from './ledger.js';

type Failure = { readonly code: StackingReasonCode; readonly params?: Record<string, StackingParamValue> };

/** The filters of step 3 in their fixed order; each returns a failure or null. */
function checks(config: StackingConfig): ((c: StackingCredential) => Failure | null)[] {
  const list: ((c: StackingCredential) => Failure | null)[] = [];
  if (config.requireAssessment) list.push((c) => (c.assessed ? null : { code: 'NOT_ASSESSED' }));
  const qa = config.acceptedQaTypes;
  if (qa !== null) {
    list.push((c) =>
      c.qaTypes.some((t) => qa.has(t)) ? null : { code: 'NOT_QUALITY_ASSURED', params: { qaTypes: [...c.qaTypes] } },
    );
  }
  if (config.requireIdentityVerified) {
    list.push((c) => (c.identityVerified === true ? null : { code: 'IDENTITY_NOT_VERIFIED' }));
  }
  const cutoff = config.recencyCutoff;
  if (cutoff !== null) {
    list.push((c) =>
      c.issuedOn < cutoff ? { code: 'EXPIRED_RECENCY', params: { issuedOn: c.issuedOn, cutoff } } : null,
    );
  }
  const min = config.minEqfLevel;
  if (min !== null) {
    list.push((c) =>
      c.eqfLevel !== null && c.eqfLevel >= min
        ? null
        : { code: 'BELOW_MIN_EQF_LEVEL', params: { level: c.eqfLevel, min } },
    );
  }
  const grades = config.grades;
  if (grades !== null) list.push((c) => gradeCheck(c.grade, grades));
  return list;
}

/**
 * Step 3: `MANUALLY_EXCLUDED` first, then the policy's filters in their fixed order. A credential gets the
 * reason of the first check it fails; an `accept` exception for that code lets it through to the next check.
 * Survivors come back with the facts later steps need.
 */
export function applyFilters(converted: readonly Converted[], config: StackingConfig, ledger: Ledger): InPlay[] {
  const list = checks(config);
  const out: InPlay[] = [];
  for (const { read, ects } of converted) {
    const c = read.source;
    const manual = config.exceptions.exclude.get(c.id);
    if (manual !== undefined) {
      exclude(ledger, STAGE.filter, c.id, 'MANUALLY_EXCLUDED', { exceptionId: manual });
      markUsed(ledger, manual, c.id);
      continue;
    }
    const accepted = config.exceptions.accept.get(c.id);
    let failed = false;
    for (const check of list) {
      const failure = check(c);
      if (failure === null) continue;
      const acceptId = accepted?.get(failure.code as AcceptableReasonCode);
      if (acceptId !== undefined) {
        markUsed(ledger, acceptId, c.id);
        continue;
      }
      exclude(ledger, STAGE.filter, c.id, failure.code, failure.params);
      failed = true;
      break;
    }
    if (failed) continue;
    out.push({
      id: c.id,
      title: c.title,
      ects,
      issuedOn: c.issuedOn,
      specificationId: c.specificationId,
      outcomeIds: [...new Set(c.outcomeIds)].sort(),
      eqfLevel: c.eqfLevel,
      providerId: c.providerId,
      qaTypes: c.qaTypes,
      manual: false,
    });
  }
  return out;
}
