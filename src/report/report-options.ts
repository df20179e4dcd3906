import { MicrocredOptionsError } from '../errors.js';
import type { ReportCatalogue } from './report-catalogue.js';

/** The options a report formatter reads, checked: the catalogue to write in and the format. */
export interface CheckedReportOptions {
  readonly catalogue: ReportCatalogue;
  readonly format: 'text' | 'html';
}

/**
 * Checks the `{ locale, format }` options of a report formatter. `fallback` is the catalogue used without a
 * locale; without a fallback the locale is required (so a formatter that always gets one carries no default).
 */
export function checkReportOptions(
  options: unknown,
  fallback: ReportCatalogue | undefined,
  formatter: string,
): CheckedReportOptions {
  if (options === undefined && fallback !== undefined) return { catalogue: fallback, format: 'text' };
  if (typeof options !== 'object' || options === null) throw new MicrocredOptionsError('options', 'must be an object');
  for (const key of Object.keys(options)) {
    if (key !== 'locale' && key !== 'format') throw new MicrocredOptionsError(key, `is not a ${formatter} option`);
  }
  const { locale, format } = options as { locale?: unknown; format?: unknown };
  if (format !== undefined && format !== 'text' && format !== 'html') {
    throw new MicrocredOptionsError('format', 'must be "text" or "html"');
  }
  if (locale === undefined && fallback === undefined) {
    throw new MicrocredOptionsError('locale', 'is required: a locale catalogue from microcred/locales (en, de, fr)');
  }
  const catalogue = (locale ?? fallback) as Partial<ReportCatalogue>;
  if (
    typeof catalogue !== 'object' ||
    typeof catalogue.locale !== 'string' ||
    catalogue.completeness === undefined ||
    catalogue.stacking === undefined
  ) {
    throw new MicrocredOptionsError('locale', 'must be a locale catalogue from microcred/locales (en, de, fr)');
  }
  return { catalogue: catalogue as ReportCatalogue, format: format ?? 'text' };
}
