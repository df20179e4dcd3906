/**
 * Reports rendered as text or HTML, in a locale passed per call.
 *
 * @module
 */

export { escapeHtml } from './escape-html.js';
export {
  type FormatCompletenessReportOptions,
  formatCompletenessReport,
} from './format-completeness-report.js';
export { type FormatReportOptions, formatReport, type Report } from './format-report.js';
