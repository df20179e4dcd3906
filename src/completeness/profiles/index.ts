/**
 * The built-in profiles, each in its own file with its sources.
 *
 * @module
 */

import type { CompletenessProfile } from '../profile.js';
import { auNmf } from './au-nmf.js';
import { emcCmf } from './emc-cmf.js';
import { estonia } from './estonia.js';
import { eu2022 } from './eu2022.js';
import { microbol } from './microbol.js';
import { nzqa, nzqa2018 } from './nzqa.js';

/**
 * The built-in completeness profiles. Each includes the `eu2022` rules (Annex I) and adds its own:
 *
 * | key | framework | size |
 * |---|---|---|
 * | `eu2022` | Council Recommendation 2022/C 243/02, Annex I | none |
 * | `microbol` | MICROBOL Common Framework (EHEA, 2022); MB-05 replaces EU-e | none |
 * | `emcCmf` | European MOOC Consortium CMF (2019) | 100–150 h, 4–6 ECTS |
 * | `auNmf` | Australia, National Microcredentials Framework (2021) | ≥ 1 h |
 * | `nzqa` | NZQA rules 2022 | > 0 and ≤ 40 NZ credits |
 * | `nzqa2018` | NZQA rules 2018 | 5–40 NZ credits |
 * | `estonia` | Estonia, micro-qualifications (2025) | 5–30 ECTS |
 *
 * Bounds are inclusive and exact. `docs/guides/completeness.md` lists every rule with its source.
 *
 * @example
 * ```ts
 * import { checkCompleteness, profiles } from 'microcred';
 * declare const draft: unknown;
 * const report = checkCompleteness(draft, { profile: profiles.microbol, now: new Date() });
 * ```
 * @category Completeness
 */
export const profiles: {
  readonly eu2022: CompletenessProfile;
  readonly microbol: CompletenessProfile;
  readonly emcCmf: CompletenessProfile;
  readonly auNmf: CompletenessProfile;
  readonly nzqa: CompletenessProfile;
  readonly nzqa2018: CompletenessProfile;
  readonly estonia: CompletenessProfile;
} = Object.freeze({ eu2022, microbol, emcCmf, auNmf, nzqa, nzqa2018, estonia });
