/**
 * `formatReport`: any report microcred produces, as text or HTML, in the locale passed to the call.
 *
 * @module
 */

import type { CompletenessReport } from '../completeness/index.js';
import { MicrocredOptionsError } from '../errors.js';
import { STRUCTURE_LIMITS, snapshotOrThrow, withTypedErrors } from '../internal/typed-errors.js';
import type { LocaleCatalogue } from '../locales/catalogue.js';
import type { StackingDecision } from '../stacking/index.js';
import { completenessHtml } from './completeness-html.js';
import { completenessText } from './completeness-text.js';
import { ENGLISH_REPORT_CATALOGUE, type ReportCatalogue } from './report-catalogue.js';
import { checkReportOptions } from './report-options.js';
import { renderStackingHtml } from './stacking/render-html.js';
import { renderStackingText } from './stacking/render-text.js';

/**
 * A report `formatReport` can render, told apart by its `kind`.
 *
 * @example
 * ```ts
 * import { checkCompleteness, type Report } from 'microcred';
 * const report: Report = checkCompleteness({});
 * ```
 * @category Reports
 */
export type Report = CompletenessReport | StackingDecision;

/**
 * Options of `formatReport`: the locale catalogue (from `microcred/locales`; English by default) and the format.
 *
 * @example
 * ```ts
 * import type { FormatReportOptions } from 'microcred';
 * import { de } from 'microcred/locales';
 * const options: FormatReportOptions = { locale: de, format: 'html' };
 * ```
 * @category Reports
 */
export interface FormatReportOptions {
  readonly locale?: LocaleCatalogue;
  /** `text` (default): plain lines; `html`: a complete, self-contained, accessible page. */
  readonly format?: 'text' | 'html';
}

const RENDERERS: {
  readonly [K in Report['kind']]: Readonly<
    Record<'text' | 'html', (report: Extract<Report, { kind: K }>, catalogue: ReportCatalogue) => string>
  >;
} = {
  completeness: { text: completenessText, html: completenessHtml },
  stacking: { text: renderStackingText, html: renderStackingHtml },
};

/**
 * Renders a report as plain text or as a self-contained HTML page, in the locale passed to this call.
 *
 * The HTML page has a `lang` attribute, a summary, and a table with a caption and row and column headers;
 * statuses are written as words (colour only repeats them); it holds no script and loads nothing (a
 * Content-Security-Policy says so too), and every value from the report is escaped. The text form replaces
 * control characters in values, so a hostile value cannot drive a terminal.
 *
 * @param report - a report, such as the result of `checkCompleteness`
 * @param options - `locale` (a catalogue from `microcred/locales`, `en` by default) and `format` (`text` or `html`)
 * @returns the text, or the HTML page
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for an unknown report kind, format or option, a locale
 * that is not a catalogue, or a report that cannot be rendered (not of the shape microcred produces)
 * @throws MicrocredValidationError `ERR_VALIDATION` for a report that cannot be read as data (an accessor
 * property, a revoked Proxy); `ERR_INPUT_TOO_LARGE` past the depth or string-length limit
 * @example
 * ```ts
 * import { checkCompleteness, formatReport } from 'microcred';
 * import { fr } from 'microcred/locales';
 * const report = checkCompleteness({ title: 'Data literacy' }, { now: new Date('2025-07-01T00:00:00Z') });
 * console.log(formatReport(report)); // English text
 * const page = formatReport(report, { locale: fr, format: 'html' }); // <!DOCTYPE html><html lang="fr">…
 * ```
 * @category Reports
 */
export function formatReport(report: Report, options?: FormatReportOptions): string {
  return withTypedErrors(
    () => {
      const { catalogue, format } = checkReportOptions(options, ENGLISH_REPORT_CATALOGUE, 'formatReport');
      // Rendered from our own copy: no getter or Proxy trap of the caller's object runs while rendering.
      const copy = snapshotOrThrow(report, STRUCTURE_LIMITS) as Report | null;
      const kind = (copy as { kind?: unknown } | null)?.kind;
      if (typeof kind !== 'string' || !Object.hasOwn(RENDERERS, kind)) {
        throw new MicrocredOptionsError('report.kind', `is not a kind of report microcred renders: ${String(kind)}`);
      }
      const renderer = RENDERERS[kind as Report['kind']][format] as (r: Report, c: ReportCatalogue) => string;
      return renderer(copy as Report, catalogue);
    },
    (cause) => new MicrocredOptionsError('report', 'is not a report microcred can render', { cause }),
  );
}
