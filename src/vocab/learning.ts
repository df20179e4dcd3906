/**
 * How learning takes place (element j and the learning-opportunity description), from the ELM lists.
 * Codes are kebab-case slugs of the English labels.
 *
 * @module
 */

import {
  ELM_LEARNING_ACTIVITY_TYPES,
  ELM_LEARNING_OPPORTUNITY_TYPES,
  ELM_LEARNING_SCHEDULE_TYPES,
  ELM_LEARNING_SETTINGS,
  ELM_PARTICIPATION_MODES,
  ELM_TARGET_GROUPS,
} from './data/elm-lists.js';

/**
 * Forms of participation (ELM "modes of learning and assessment"): `online`, `blended`, `onsite` (ELM
 * "Presential"), `work-based`, `project-based`, `research-lab-based`.
 *
 * @example
 * ```ts
 * import { PARTICIPATION_MODES } from 'microcred';
 * PARTICIPATION_MODES.includes('blended'); // true
 * ```
 * @category Vocabularies
 */
export const PARTICIPATION_MODES = ELM_PARTICIPATION_MODES;

/**
 * A form of participation.
 *
 * @example
 * ```ts
 * import type { ParticipationMode } from 'microcred';
 * const mode: ParticipationMode = 'onsite';
 * ```
 * @category Vocabularies
 */
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];

/**
 * The 11 ELM learning activity types (`apprenticeship` … `workshop-seminar-or-conference`), sorted.
 *
 * @example
 * ```ts
 * import { LEARNING_ACTIVITY_TYPES } from 'microcred';
 * LEARNING_ACTIVITY_TYPES.includes('e-learning-coursework'); // true
 * ```
 * @category Vocabularies
 */
export const LEARNING_ACTIVITY_TYPES = ELM_LEARNING_ACTIVITY_TYPES;

/**
 * A learning activity type.
 *
 * @example
 * ```ts
 * import type { LearningActivityType } from 'microcred';
 * const kind: LearningActivityType = 'internship';
 * ```
 * @category Vocabularies
 */
export type LearningActivityType = (typeof LEARNING_ACTIVITY_TYPES)[number];

/**
 * Learning settings: `formal` and `non-formal`.
 *
 * @example
 * ```ts
 * import { LEARNING_SETTINGS } from 'microcred';
 * LEARNING_SETTINGS; // ['formal', 'non-formal']
 * ```
 * @category Vocabularies
 */
export const LEARNING_SETTINGS = ELM_LEARNING_SETTINGS;

/**
 * A learning setting.
 *
 * @example
 * ```ts
 * import type { LearningSetting } from 'microcred';
 * const setting: LearningSetting = 'non-formal';
 * ```
 * @category Vocabularies
 */
export type LearningSetting = (typeof LEARNING_SETTINGS)[number];

/**
 * Learning schedules of an offer: `full-time`, `part-time-intensive`, `part-time-light`.
 *
 * @example
 * ```ts
 * import { LEARNING_SCHEDULE_TYPES } from 'microcred';
 * LEARNING_SCHEDULE_TYPES[0]; // 'full-time'
 * ```
 * @category Vocabularies
 */
export const LEARNING_SCHEDULE_TYPES = ELM_LEARNING_SCHEDULE_TYPES;

/**
 * A learning schedule type.
 *
 * @example
 * ```ts
 * import type { LearningScheduleType } from 'microcred';
 * const schedule: LearningScheduleType = 'part-time-light';
 * ```
 * @category Vocabularies
 */
export type LearningScheduleType = (typeof LEARNING_SCHEDULE_TYPES)[number];

/**
 * The 12 ELM learning opportunity types (`apprenticeship` … `thesis`), sorted; micro-credentials are
 * usually a `short-learning-programme`, a `course` or a `mooc`.
 *
 * @example
 * ```ts
 * import { LEARNING_OPPORTUNITY_TYPES } from 'microcred';
 * LEARNING_OPPORTUNITY_TYPES.includes('short-learning-programme'); // true
 * ```
 * @category Vocabularies
 */
export const LEARNING_OPPORTUNITY_TYPES = ELM_LEARNING_OPPORTUNITY_TYPES;

/**
 * A learning opportunity type.
 *
 * @example
 * ```ts
 * import type { LearningOpportunityType } from 'microcred';
 * const type: LearningOpportunityType = 'mooc';
 * ```
 * @category Vocabularies
 */
export type LearningOpportunityType = (typeof LEARNING_OPPORTUNITY_TYPES)[number];

/**
 * The 20 ELM target groups (`high-achievers` … `persons-with-a-learning-disability`), sorted.
 *
 * @example
 * ```ts
 * import { TARGET_GROUPS } from 'microcred';
 * TARGET_GROUPS.includes('migrants'); // true
 * ```
 * @category Vocabularies
 */
export const TARGET_GROUPS = ELM_TARGET_GROUPS;

/**
 * A target group.
 *
 * @example
 * ```ts
 * import type { TargetGroup } from 'microcred';
 * const group: TargetGroup = 'persons-with-10-plus-years-work-experience';
 * ```
 * @category Vocabularies
 */
export type TargetGroup = (typeof TARGET_GROUPS)[number];
