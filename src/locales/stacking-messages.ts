import type { StackingInputErrorCode, StackingReasonCode, StackingWarningCode } from '../stacking/codes.js';
import type { StackingSearch, StackingStatus } from '../stacking/decision.js';
import type { UnmetRequirement } from '../stacking/decision-outcomes.js';
import type { StackingException } from '../stacking/exception-schema.js';

/**
 * The labels a stacking report uses, beyond the code templates.
 *
 * @example
 * ```ts
 * import { en, type StackingUiStrings } from 'microcred/locales';
 * const ui: StackingUiStrings = en.stacking.ui;
 * ui.recognised; // 'Recognised credits'
 * ```
 * @category Locales
 */
export interface StackingUiStrings {
  readonly title: string;
  readonly notice: string;
  readonly reliesOnExceptions: string;
  readonly undeterminedHint: string;
  readonly status: string;
  readonly proof: string;
  readonly target: string;
  readonly policy: string;
  readonly referenceDate: string;
  readonly library: string;
  readonly recognised: string;
  readonly ofNeeded: string;
  readonly requirements: string;
  readonly requirement: string;
  readonly kind: string;
  readonly group: string;
  readonly exclusive: string;
  readonly overlay: string;
  readonly levelRule: string;
  readonly residency: string;
  readonly total: string;
  readonly outcome: string;
  readonly met: string;
  readonly notMet: string;
  readonly waived: string;
  readonly credits: string;
  readonly count: string;
  readonly needed: string;
  readonly requiredModules: string;
  readonly unmetRequirements: string;
  readonly credentials: string;
  readonly credential: string;
  readonly allocatedTo: string;
  readonly excluded: string;
  readonly reason: string;
  readonly warnings: string;
  readonly capsApplied: string;
  readonly cap: string;
  readonly mode: string;
  readonly modes: { readonly truncate: string; readonly wholeCredentials: string };
  readonly stages: { readonly perCredential: string; readonly total: string };
  readonly limit: string;
  readonly before: string;
  readonly after: string;
  readonly exceptionsApplied: string;
  readonly exception: string;
  readonly actor: string;
  readonly at: string;
  readonly affected: string;
  readonly gap: string;
  readonly additionalEctsAtLeast: string;
  readonly recoverable: string;
  readonly search: string;
  readonly nodes: string;
  readonly optimal: string;
  readonly components: string;
  readonly objective: string;
  readonly objectiveText: string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly error: string;
  readonly ects: string;
}

/**
 * The stacking section of a locale catalogue: a label for each status and proof, a template for each reason,
 * warning, input error and kind of unmet requirement (with `{param}` placeholders filled from the decision),
 * a label for each kind of exception, the report's UI strings, and the decimal separator for credit values.
 *
 * @example
 * ```ts
 * import { en, type StackingMessages } from 'microcred/locales';
 * const messages: StackingMessages = en.stacking;
 * messages.status.undetermined; // 'Needs review'
 * ```
 * @category Locales
 */
export interface StackingMessages {
  readonly status: Readonly<Record<StackingStatus, string>>;
  readonly statusExplanation: Readonly<Record<StackingStatus, string>>;
  readonly proof: Readonly<Record<NonNullable<StackingSearch['proof']>, string>>;
  readonly reasons: Readonly<Record<StackingReasonCode, string>>;
  readonly warnings: Readonly<Record<StackingWarningCode, string>>;
  readonly inputErrors: Readonly<Record<StackingInputErrorCode, string>>;
  readonly unmet: Readonly<Record<UnmetRequirement['kind'], string>>;
  readonly exceptionKinds: Readonly<Record<StackingException['kind'], string>>;
  readonly ui: StackingUiStrings;
  readonly decimalSeparator: string;
}
