/**
 * What rendering a report reads of a locale catalogue, and the English default of `formatReport`: the report
 * texts and issue templates of `en` and the five label lists a finding can name, without the error messages and
 * the other labels (an application that renders in another locale does not carry them).
 *
 * @module
 */

import type { LocaleCatalogue } from '../locales/catalogue.js';
import { enCompletenessMessages } from '../locales/en/completeness.js';
import { enIssueMessages } from '../locales/en/issues.js';
import {
  EN_CREDIT_UNIT_LABELS,
  EN_QF_EHEA_CYCLE_LABELS,
  EN_SUPERVISION_TYPE_LABELS,
} from '../locales/en/report-labels.js';
import { enStackingMessages } from '../locales/en/stacking.js';
import { EN_LABELS_COUNTRIES, EN_LABELS_ISCED_FIELDS } from '../vocab/data/labels-en.js';
import type { VocabularyLabels } from '../vocab/index.js';

/** The label lists a report's params can name (see `findingMessage`). */
export type ReportLabelList = 'credit-units' | 'qf-ehea-cycles' | 'supervision-types' | 'countries' | 'isced-fields';

/** The parts of a locale catalogue the renderers read; every `LocaleCatalogue` is one. */
export type ReportCatalogue = Pick<LocaleCatalogue, 'locale' | 'issues' | 'completeness' | 'stacking'> & {
  readonly vocabulary: Pick<VocabularyLabels, ReportLabelList>;
};

/** English, for a call without a locale: the same objects `en` holds, so the text is the same as with `en`. */
export const ENGLISH_REPORT_CATALOGUE: ReportCatalogue = {
  locale: 'en',
  issues: enIssueMessages,
  completeness: enCompletenessMessages,
  stacking: enStackingMessages,
  vocabulary: {
    'credit-units': EN_CREDIT_UNIT_LABELS,
    'qf-ehea-cycles': EN_QF_EHEA_CYCLE_LABELS,
    'supervision-types': EN_SUPERVISION_TYPE_LABELS,
    countries: EN_LABELS_COUNTRIES,
    'isced-fields': EN_LABELS_ISCED_FIELDS,
  },
};
