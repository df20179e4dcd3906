import { MicrocredValidationError } from '../errors.js';
import { issue } from '../internal/issue.js';
import type { MicroCredential } from '../model/micro-credential.js';
import type { StackingCredential } from './stacking-credential.js';

/**
 * Options of {@link toStackingCredential}.
 *
 * @example
 * ```ts
 * import type { ToStackingCredentialOptions } from 'microcred';
 * const options: ToStackingCredentialOptions = { id: 'portfolio-item-3' };
 * ```
 * @category Stacking
 */
export interface ToStackingCredentialOptions {
  /** The id to use instead of the credential's own `id` (required when the credential has none). */
  readonly id?: string;
}

type Text = MicroCredential['title'];

function firstText(text: Text | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text['en'] ?? Object.values(text)[0] ?? '';
}

function chooseCredit(mc: MicroCredential): StackingCredential['credit'] {
  const credits = mc.workload?.credits ?? [];
  const chosen = credits.find((c) => c.unit === 'ECTS') ?? credits[0];
  if (chosen !== undefined) return { value: chosen.value, unit: chosen.unit };
  return mc.workload?.hours === undefined ? null : { value: mc.workload.hours, unit: 'HOURS' };
}

function outcomeIds(mc: MicroCredential): string[] {
  const ids = new Set<string>();
  for (const lo of mc.learningOutcomes ?? []) {
    if (lo.id !== undefined) ids.add(lo.id);
    for (const skill of lo.relatedSkills ?? []) ids.add(skill);
  }
  return [...ids].sort();
}

/**
 * Adapts a micro-credential to the stacking engine's view of it.
 *
 * The credit is taken from the workload in this order: ECTS; otherwise the first credit in another system;
 * otherwise notional hours (as unit `HOURS`). The engine never falls back from a non-convertible unit to
 * hours on its own. The EQF level is `level.eqf` (null for an NQF-only or not-applicable level); `issuedOn`
 * is the written date part of `issued`; the provider is the first awarding body with an id, else the
 * issuer's id; QA types are `qualityAssurance[].type` (a concept by its id); outcome ids are each learning
 * outcome's `id` and `relatedSkills`; `assessed` is false when the only assessment type is `none`;
 * `identityVerified` means supervision `supervised-with-id-verification`. The credential's `stackability`
 * is a display hint and is not used.
 *
 * @param mc - a parsed micro-credential
 * @param options - an id to use when the credential has none
 * @returns the engine's view of the credential
 * @throws MicrocredValidationError `ERR_VALIDATION` (issue `required` at `id`) when neither the credential
 * nor the options give an id
 * @example
 * ```ts
 * import { parseMicroCredential, toStackingCredential } from 'microcred';
 * declare const json: unknown;
 * const credential = toStackingCredential(parseMicroCredential(json));
 * credential.credit; // e.g. { value: '5', unit: 'ECTS' }
 * ```
 * @category Stacking
 */
export function toStackingCredential(mc: MicroCredential, options?: ToStackingCredentialOptions): StackingCredential {
  const id = options?.id ?? mc.id;
  if (id === undefined) throw new MicrocredValidationError([issue('required', ['id'], {})]);
  const providerId = mc.awardingBodies?.find((b) => b.id !== undefined)?.id ?? mc.issuer?.id;
  const types = mc.assessment?.types ?? [];
  const grade = mc.grade;
  const scheme = grade?.scheme ?? grade?.schemeId;
  return {
    id,
    title: firstText(mc.title),
    credit: chooseCredit(mc),
    eqfLevel: mc.level !== undefined && 'eqf' in mc.level && mc.level.eqf !== undefined ? mc.level.eqf : null,
    issuedOn: typeof mc.issued === 'string' ? mc.issued.slice(0, 10) : '',
    ...(providerId === undefined ? {} : { providerId }),
    qaTypes: (mc.qualityAssurance ?? []).map((q) => (typeof q.type === 'string' ? q.type : q.type.id)),
    ...(mc.specificationId === undefined ? {} : { specificationId: mc.specificationId }),
    outcomeIds: outcomeIds(mc),
    assessed: types.some((t) => t !== 'none'),
    ...(grade === undefined
      ? {}
      : { grade: scheme === undefined ? { value: grade.value } : { scheme, value: grade.value } }),
    identityVerified: mc.supervision?.type === 'supervised-with-id-verification',
  };
}
