/**
 * Metadata of every list that has concept URIs: its scheme, its source and its codes, plus the
 * code ↔ URI tables of the lists whose URIs are opaque identifiers.
 *
 * @module
 */

import { SUPERVISION_TYPES } from './annex.js';
import { ASSESSMENT_TYPES, QA_TYPES } from './assessment-and-qa.js';
import { COUNTRY_AUTHORITY_SCHEME_URI, COUNTRY_CODES } from './countries.js';
import * as elm from './data/elm-lists.js';
import { VOCABULARY_SOURCE_DATA as sources } from './data/sources.js';
import { EQF_LEVELS, EQF_SCHEME_URI } from './eqf.js';
import { ISCED_F_CODES, ISCED_F_SCHEME_URI } from './isced-f.js';
import { LANGUAGE_AUTHORITY_SCHEME_URI, LANGUAGE_CODES } from './languages.js';
import { lazy, unpack } from './own.js';

const SUPERVISION = 'http://data.europa.eu/snb/supervision-verification/';

interface ElmUriData {
  readonly base: string;
  readonly ids: string;
}

/**
 * An ELM list as a vocabulary entry. The generated data holds each code's URI once (a shared base and the
 * ids); `uris` and `codesByUri` are built on first read.
 */
function elmVocabulary<C extends string, T extends readonly string[]>(
  source: { readonly schemeUri: string; readonly source: string },
  elmCodes: readonly C[],
  list: ElmUriData,
  codes: T,
) {
  const uris = lazy(() => {
    const ids = unpack(elmCodes, list.ids, 0);
    return Object.fromEntries(elmCodes.map((code) => [code, `${list.base}${ids.get(code)}`])) as Readonly<
      Record<C, string>
    >;
  });
  const codesByUri = lazy(
    () => Object.fromEntries(Object.entries(uris()).map(([code, uri]) => [uri, code])) as Readonly<Record<string, C>>,
  );
  return {
    schemeUri: source.schemeUri,
    source: source.source,
    codes,
    get uris(): Readonly<Record<C, string>> {
      return uris();
    },
    get codesByUri(): Readonly<Record<string, C>> {
      return codesByUri();
    },
  };
}

/**
 * Every list with concept URIs, keyed by {@link VocabularyName}. Each entry has `schemeUri`, `source`
 * (upstream file or standard) and `codes`. Lists whose URIs are opaque (everything except EQF, ISCED-F,
 * countries and languages, whose URIs are computed) also have `uris` (code → URI; codes without a concept,
 * such as assessment `none`, are absent) and `codesByUri` (URI → code). Look values up with
 * `vocabularyUri` and `vocabularyCodeFromUri` rather than indexing these tables with untrusted keys.
 *
 * Supervision: only two ELM supervision-verification URIs are known (`c598449d64` from the ELM sample,
 * `70be69aaf9` from EDC test data); "Supervised without ID Verification" has none here.
 *
 * @example
 * ```ts
 * import { VOCABULARIES } from 'microcred';
 * VOCABULARIES['learning-settings'].uris.formal; // 'http://data.europa.eu/snb/learning-setting/6fd4685715'
 * VOCABULARIES['eqf-levels'].schemeUri; // 'http://data.europa.eu/snb/eqf/25831c2'
 * ```
 * @category Vocabularies
 */
export const VOCABULARIES = {
  'eqf-levels': { schemeUri: EQF_SCHEME_URI, source: sources['eqf-levels'].source, codes: EQF_LEVELS },
  'isced-fields': { schemeUri: ISCED_F_SCHEME_URI, source: sources['isced-fields'].source, codes: ISCED_F_CODES },
  countries: {
    schemeUri: COUNTRY_AUTHORITY_SCHEME_URI,
    source: `ISO 3166-1 alpha-2, officially assigned codes; URIs matched on alpha-3 with ${sources.countries.source}`,
    codes: COUNTRY_CODES,
  },
  languages: {
    schemeUri: LANGUAGE_AUTHORITY_SCHEME_URI,
    source: 'ISO 639-1; URIs from ISO 639-2/T in upper case (unverified beyond ENG and FRA)',
    codes: LANGUAGE_CODES,
  },
  'supervision-types': {
    schemeUri: `${SUPERVISION}25831c2`,
    source:
      'Council Recommendation 2022/C 243/02, Annex I; URIs from the ELM micro-credential sample and EDC test data',
    codes: SUPERVISION_TYPES,
    uris: {
      'unsupervised-no-id-verification': `${SUPERVISION}c598449d64`,
      'supervised-with-id-verification': `${SUPERVISION}70be69aaf9`,
    },
    codesByUri: {
      [`${SUPERVISION}70be69aaf9`]: 'supervised-with-id-verification',
      [`${SUPERVISION}c598449d64`]: 'unsupervised-no-id-verification',
    } as Readonly<Record<string, (typeof SUPERVISION_TYPES)[number]>>,
  },
  'assessment-types': /* @__PURE__ */ elmVocabulary(
    sources['assessment-types'],
    elm.ELM_ASSESSMENT_TYPES,
    elm.ELM_ASSESSMENT_TYPES_URIS,
    ASSESSMENT_TYPES,
  ),
  'participation-modes': /* @__PURE__ */ elmVocabulary(
    sources['participation-modes'],
    elm.ELM_PARTICIPATION_MODES,
    elm.ELM_PARTICIPATION_MODES_URIS,
    elm.ELM_PARTICIPATION_MODES,
  ),
  'learning-activity-types': /* @__PURE__ */ elmVocabulary(
    sources['learning-activity-types'],
    elm.ELM_LEARNING_ACTIVITY_TYPES,
    elm.ELM_LEARNING_ACTIVITY_TYPES_URIS,
    elm.ELM_LEARNING_ACTIVITY_TYPES,
  ),
  'learning-settings': /* @__PURE__ */ elmVocabulary(
    sources['learning-settings'],
    elm.ELM_LEARNING_SETTINGS,
    elm.ELM_LEARNING_SETTINGS_URIS,
    elm.ELM_LEARNING_SETTINGS,
  ),
  'learning-schedule-types': /* @__PURE__ */ elmVocabulary(
    sources['learning-schedule-types'],
    elm.ELM_LEARNING_SCHEDULE_TYPES,
    elm.ELM_LEARNING_SCHEDULE_TYPES_URIS,
    elm.ELM_LEARNING_SCHEDULE_TYPES,
  ),
  'learning-opportunity-types': /* @__PURE__ */ elmVocabulary(
    sources['learning-opportunity-types'],
    elm.ELM_LEARNING_OPPORTUNITY_TYPES,
    elm.ELM_LEARNING_OPPORTUNITY_TYPES_URIS,
    elm.ELM_LEARNING_OPPORTUNITY_TYPES,
  ),
  'target-groups': /* @__PURE__ */ elmVocabulary(
    sources['target-groups'],
    elm.ELM_TARGET_GROUPS,
    elm.ELM_TARGET_GROUPS_URIS,
    elm.ELM_TARGET_GROUPS,
  ),
  'qa-types': /* @__PURE__ */ elmVocabulary(sources['qa-types'], elm.ELM_QA_TYPES, elm.ELM_QA_TYPES_URIS, QA_TYPES),
  'skill-types': /* @__PURE__ */ elmVocabulary(
    sources['skill-types'],
    elm.ELM_SKILL_TYPES,
    elm.ELM_SKILL_TYPES_URIS,
    elm.ELM_SKILL_TYPES,
  ),
  'skill-reuse-levels': /* @__PURE__ */ elmVocabulary(
    sources['skill-reuse-levels'],
    elm.ELM_SKILL_REUSE_LEVELS,
    elm.ELM_SKILL_REUSE_LEVELS_URIS,
    elm.ELM_SKILL_REUSE_LEVELS,
  ),
  'credential-types': /* @__PURE__ */ elmVocabulary(
    sources['credential-types'],
    elm.ELM_CREDENTIAL_TYPES,
    elm.ELM_CREDENTIAL_TYPES_URIS,
    elm.ELM_CREDENTIAL_TYPES,
  ),
  'credit-systems': /* @__PURE__ */ elmVocabulary(
    sources['credit-systems'],
    elm.ELM_CREDIT_SYSTEMS,
    elm.ELM_CREDIT_SYSTEMS_URIS,
    elm.ELM_CREDIT_SYSTEMS,
  ),
} as const;

/**
 * The name of a list with concept URIs: a key of {@link VOCABULARIES}.
 *
 * @example
 * ```ts
 * import type { VocabularyName } from 'microcred';
 * const list: VocabularyName = 'assessment-types';
 * ```
 * @category Vocabularies
 */
export type VocabularyName = keyof typeof VOCABULARIES;

/**
 * The codes of one list: `VocabularyCode<'eqf-levels'>` is `1 | 2 | … | 8`.
 *
 * @example
 * ```ts
 * import type { VocabularyCode } from 'microcred';
 * const mode: VocabularyCode<'participation-modes'> = 'blended';
 * ```
 * @category Vocabularies
 */
export type VocabularyCode<N extends VocabularyName> = (typeof VOCABULARIES)[N]['codes'][number];
