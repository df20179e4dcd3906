/**
 * The completeness checker: a draft and a profile in, a report out.
 *
 * @module
 */

import { MicrocredIncompleteError, MicrocredOptionsError } from '../errors.js';
import { readOptions } from '../internal/typed-errors.js';
import { assembleEntries, verdictOf } from './assemble.js';
import { Collector, checkShape, defaultPath } from './collect.js';
import { analyseDraft } from './draft.js';
import { type CompletenessOptions, resolveCompletenessOptions } from './options.js';
import type { RuleContext, RuleFinding } from './profile.js';
import { eu2022 } from './profiles/eu2022.js';
import { COMPLETENESS_REASONS } from './reasons.js';
import type { CompletenessReport } from './report.js';
import { SEVERITIES } from './statuses.js';

const REASONS: ReadonlySet<string> = new Set(COMPLETENESS_REASONS);
const SEVERITY_SET: ReadonlySet<string> = new Set(SEVERITIES);

/** A rule of a custom profile written in JavaScript could return anything: refuse what no locale can render. */
function checkFinding(rule: string, finding: RuleFinding): void {
  if (typeof finding !== 'object' || finding === null || !REASONS.has(finding.reason)) {
    throw new MicrocredOptionsError(`profile.rules.${rule}`, 'returned a finding without a known reason code');
  }
  if (finding.severity !== undefined && !SEVERITY_SET.has(finding.severity)) {
    throw new MicrocredOptionsError(`profile.rules.${rule}`, 'returned a finding with an unknown severity');
  }
}

/**
 * Checks a credential or a half-filled draft against a completeness profile, element by element.
 *
 * Accepts any JSON value. Limits are checked first; then the model validates every element on its own terms, so
 * one broken element never hides the others; then the profile's rules run over the valid elements. Blank
 * values (`null`, `""`, `[]`, `{}`) count as absent. Unknown keys are reported as warnings, never dropped. The
 * result depends only on the input and the options: no clock is read (pass `now`), no global state is used.
 *
 * @param input - a credential, or a draft of one: any JSON value
 * @param options - the profile (`profiles.eu2022` by default), `now`, a conversion table, evidence, limits
 * @returns the report: verdict, counts and one entry per element
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` when the input is past a limit; `ERR_VALIDATION` when
 * it holds a cycle or cannot be read as data (an accessor property, a revoked Proxy): it is not JSON. An
 * incomplete or malformed draft is never an error: it is the report.
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when an option is malformed, or a custom rule returns a
 * finding with an unknown reason code or severity
 * @example
 * ```ts
 * import { checkCompleteness, profiles } from 'microcred';
 * const report = checkCompleteness(
 *   { title: { en: 'Data literacy' }, workload: { credits: [{ value: '4', unit: 'ECTS' }] } },
 *   { profile: profiles.estonia, now: new Date('2025-07-01T00:00:00Z') },
 * );
 * report.verdict; // 'incomplete'
 * report.entries.find((e) => e.element === 'g')?.reason; // 'credits_below_minimum'
 * ```
 * @category Completeness
 */
export function checkCompleteness(input: unknown, options?: CompletenessOptions): CompletenessReport {
  const o = readOptions(() => resolveCompletenessOptions(options));
  const profile = o.profile ?? eu2022;
  const analysis = analyseDraft(input, o.limits);
  const out = new Collector(profile);
  checkShape(analysis, profile, out);
  const context: RuleContext = {
    draft: analysis.draft,
    state: (element) => analysis.states[element],
    now: o.now,
    conversion: o.conversion,
    evidence: o.evidence,
  };
  for (const rule of profile.rules) {
    out.saw(rule.element, rule.id);
    for (const f of rule.check(context)) {
      checkFinding(rule.id, f);
      out.add(rule.element, {
        rule: rule.id,
        severity: f.severity ?? rule.severity,
        reason: f.reason,
        params: f.params ?? {},
        path: f.path ?? defaultPath(rule.element),
      });
    }
  }
  const level = analysis.draft.level;
  const entries = assembleEntries(out.byElement, analysis.states, level !== undefined && 'notApplicable' in level);
  const { verdict, counts } = verdictOf(entries);
  const credential: { id?: string; title?: string | Readonly<Record<string, string>> } = {};
  if (analysis.draft.id !== undefined) credential.id = analysis.draft.id;
  if (analysis.draft.title !== undefined) credential.title = analysis.draft.title;
  return {
    kind: 'completeness',
    profile: { id: profile.id, version: profile.version, title: profile.title },
    verdict,
    counts,
    ...(o.now === undefined ? {} : { referenceDate: o.now.toISOString() }),
    credential,
    entries,
  };
}

/**
 * Checks a credential like {@link checkCompleteness} and throws when the profile is not met. Warnings do not
 * throw.
 *
 * @param input - a credential, or a draft of one: any JSON value
 * @param options - as for {@link checkCompleteness}
 * @returns the report, whose verdict is `complete` or `complete-with-warnings`
 * @throws MicrocredIncompleteError `ERR_INCOMPLETE` with the report attached, when any rule found an error
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` or `ERR_VALIDATION` as for {@link checkCompleteness}
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when an option is malformed
 * @example
 * ```ts
 * import { assertComplete, isMicrocredError } from 'microcred';
 * try {
 *   assertComplete({ title: 'Data literacy' }, { now: new Date() });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_INCOMPLETE')) console.log(e.report.counts.errors);
 * }
 * ```
 * @category Completeness
 */
export function assertComplete(input: unknown, options?: CompletenessOptions): CompletenessReport {
  const report = checkCompleteness(input, options);
  if (report.verdict === 'incomplete') throw new MicrocredIncompleteError(report);
  return report;
}
