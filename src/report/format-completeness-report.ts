import type { CompletenessReport } from '../completeness/index.js';
import { MicrocredOptionsError } from '../errors.js';
import { STRUCTURE_LIMITS, snapshotOrThrow, withTypedErrors } from '../internal/typed-errors.js';
import type { LocaleCatalogue } from '../locales/catalogue.js';
import { completenessHtml } from './completeness-html.js';
import { completenessText } from './completeness-text.js';
import { checkReportOptions } from './report-options.js';

/**
 * Options of {@link formatCompletenessReport}: the locale is required.
 *
 * @example
 * ```ts
 * import type { FormatCompletenessReportOptions } from 'microcred';
 * import { de } from 'microcred/locales';
 * const options: FormatCompletenessReportOptions = { locale: de, format: 'html' };
 * ```
 * @category Reports
 */
export interface FormatCompletenessReportOptions {
  /** The locale catalogue to write in (`en`, `de` or `fr` from `microcred/locales`). */
  readonly locale: LocaleCatalogue;
  /** `text` (default): plain lines; `html`: a complete, self-contained, accessible page. */
  readonly format?: 'text' | 'html';
}

/**
 * Renders a completeness report as `formatReport` does, for an application that shows only completeness reports:
 * it carries neither the stacking renderer nor the English default, so a browser bundle of `checkCompleteness`,
 * this function and one locale is about 5 KB (gzip) smaller than with `formatReport`. The text and the page
 * are the same as `formatReport(report, { locale, format })`.
 *
 * @param report - a report from `checkCompleteness`
 * @param options - `locale` (required: a catalogue from `microcred/locales`) and `format` (`text` or `html`)
 * @returns the text, or the HTML page
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for a report that is not a completeness report, a missing
 * or malformed locale, an unknown format or option, or a report that cannot be rendered
 * @throws MicrocredValidationError `ERR_VALIDATION` for a report that cannot be read as data (an accessor
 * property, a revoked Proxy); `ERR_INPUT_TOO_LARGE` past the depth or string-length limit
 * @example
 * ```ts
 * import { checkCompleteness, formatCompletenessReport } from 'microcred';
 * import { de } from 'microcred/locales';
 * const report = checkCompleteness({ title: 'Data literacy' }, { now: new Date('2025-07-01T00:00:00Z') });
 * const text = formatCompletenessReport(report, { locale: de });
 * const page = formatCompletenessReport(report, { locale: de, format: 'html' }); // <!DOCTYPE html><html lang="de">…
 * ```
 * @category Reports
 */
export function formatCompletenessReport(report: CompletenessReport, options: FormatCompletenessReportOptions): string {
  return withTypedErrors(
    () => {
      const { catalogue, format } = checkReportOptions(options, undefined, 'formatCompletenessReport');
      // Rendered from our own copy: no getter or Proxy trap of the caller's object runs while rendering.
      const copy = snapshotOrThrow(report, STRUCTURE_LIMITS) as CompletenessReport | null;
      if ((copy as { kind?: unknown } | null)?.kind !== 'completeness') {
        throw new MicrocredOptionsError('report.kind', 'must be a completeness report (kind "completeness")');
      }
      return format === 'html'
        ? completenessHtml(copy as CompletenessReport, catalogue)
        : completenessText(copy as CompletenessReport, catalogue);
    },
    (cause) => new MicrocredOptionsError('report', 'is not a report microcred can render', { cause }),
  );
}
