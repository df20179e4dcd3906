import { MicrocredOptionsError } from '../../errors.js';
import { STRUCTURE_LIMITS, snapshotOrThrow, withTypedErrors } from '../../internal/typed-errors.js';
import type { LocaleCatalogue } from '../../locales/catalogue.js';
import type { StackingDecision } from '../../stacking/decision.js';
import { renderStackingHtml } from './render-html.js';
import { renderStackingText } from './render-text.js';

/**
 * Options of {@link formatStackingDecision}.
 *
 * @example
 * ```ts
 * import type { FormatStackingDecisionOptions } from 'microcred';
 * import { en } from 'microcred/locales';
 * const options: FormatStackingDecisionOptions = { locale: en, format: 'html' };
 * ```
 * @category Reports
 */
export interface FormatStackingDecisionOptions {
  /** The locale catalogue to write in (`en` from `microcred/locales`, or one with a `stacking` section). */
  readonly locale: LocaleCatalogue;
  /** `text` (default) for terminals and e-mail, `html` for a self-contained accessible page. */
  readonly format?: 'text' | 'html';
}

/**
 * Turns a stacking decision into a report for people, in the locale passed per call: the status in words
 * ("meets the configured rules", never "awarded"), the reminder that the decision is advice for the receiving
 * institution, the requirements, what is still missing, each credential's fate with its reason, caps,
 * warnings and the recorded exceptions with their audit trail. The decision itself holds only codes.
 *
 * @param decision - a decision from {@link evaluateStacking}
 * @param options - the locale and the format
 * @returns the report as text or as an HTML document
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the decision is not a stacking decision, the
 * locale has no stacking texts, the format is unknown, or the decision cannot be rendered
 * @throws MicrocredValidationError `ERR_VALIDATION` for a decision that cannot be read as data (an accessor
 * property, a revoked Proxy)
 * @example
 * ```ts
 * import { evaluateStacking, formatStackingDecision } from 'microcred';
 * import { en } from 'microcred/locales';
 * const decision = evaluateStacking(
 *   [],
 *   { id: 'cert', totalEcts: { min: '5' }, groups: [] },
 *   { id: 'rpl', referenceDate: '2025-09-01', requireAssessment: true, acceptedQaTypes: null, requireIdentityVerified: false },
 * );
 * formatStackingDecision(decision, { locale: en }).split('\n')[0]; // 'Recognition decision'
 * const page = formatStackingDecision(decision, { locale: en, format: 'html' }); // '<!DOCTYPE html>…'
 * ```
 * @category Reports
 */
export function formatStackingDecision(decision: StackingDecision, options: FormatStackingDecisionOptions): string {
  return withTypedErrors(
    () => {
      // Rendered from our own copy: no getter or Proxy trap of the caller's object runs while rendering.
      const copy = snapshotOrThrow(decision, STRUCTURE_LIMITS) as StackingDecision;
      return render(copy, options);
    },
    (cause) => new MicrocredOptionsError('decision', 'is not a decision microcred can render', { cause }),
  );
}

function render(decision: StackingDecision, options: FormatStackingDecisionOptions): string {
  if (typeof decision !== 'object' || decision === null || decision.kind !== 'stacking') {
    throw new MicrocredOptionsError('decision', 'must be a stacking decision (kind "stacking")');
  }
  if (typeof options !== 'object' || options === null || typeof options.locale?.stacking !== 'object') {
    throw new MicrocredOptionsError('locale', 'must be a locale catalogue with a stacking section');
  }
  const format = options.format ?? 'text';
  if (format === 'text') return renderStackingText(decision, options.locale);
  if (format === 'html') return renderStackingHtml(decision, options.locale);
  throw new MicrocredOptionsError('format', 'must be "text" or "html"');
}
