import { isCountryCode, isEqfLevel } from '../../vocab/index.js';
import { isObject, type JsonObject, type JsonPath, text } from '../shared/json.js';
import { type ReadContext, unmappable } from '../shared/reader.js';

/** What the Edubadges OB 2.0 extensions of a BadgeClass and its issuer give the model. */
export interface EdubadgesValues {
  readonly ects?: string;
  readonly hours?: string;
  readonly eqf?: number;
  readonly outcome?: string;
  readonly country?: string;
}

/** The Edubadges extensions microcred maps (S-EDS `static/extensions/*`); others stay unknown properties. */
export const MAPPED_EXTENSIONS: readonly string[] = [
  'extensions:ECTSExtension',
  'extensions:EQFExtension',
  'extensions:StudyLoadExtension',
  'extensions:TimeInvestmentExtension',
  'extensions:LearningOutcomeExtension',
  'extensions:InstitutionCountryExtension',
];

/** A non-negative finite number as the model's exact decimal string, or undefined. */
function decimal(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  const s = String(value);
  return /^\d{1,30}(?:\.\d{1,30})?$/.test(s) ? s : undefined;
}

function mapped(ctx: ReadContext, path: JsonPath, target: string): void {
  ctx.warnings.push({
    code: 'community-term',
    path: [...path],
    message: `Edubadges ${String(path.at(-2))} ${String(path.at(-1))} read as ${target}`,
  });
}

/**
 * Reads one Edubadges extension term (`extensions:<Name>Extension` → `<Name>`), noting the mapping as a
 * `community-term` warning, or keeping a value of the wrong shape as `invalid-value`.
 */
function term<T>(
  ctx: ReadContext,
  owner: JsonObject,
  ownerPath: JsonPath,
  name: string,
  read: (value: unknown) => T | undefined,
  target: string,
): T | undefined {
  const extension = owner[`extensions:${name}Extension`];
  if (extension === undefined) return undefined;
  const path = [...ownerPath, `extensions:${name}Extension`, name];
  const value = isObject(extension) ? extension[name] : undefined;
  const result = read(value);
  if (result === undefined) {
    unmappable(ctx, 'invalid-value', path.slice(0, -1), extension, `Edubadges ${name} is not a valid ${target}`);
    return undefined;
  }
  mapped(ctx, path, target);
  return result;
}

/**
 * Maps the Edubadges OB 2.0 extensions: `ECTSExtension.ECTS` → ECTS credits, `TimeInvestmentExtension` and
 * `StudyLoadExtension` (hours) → notional hours (TimeInvestment first: Edubadges migrated non-MBO StudyLoad to
 * it), `EQFExtension.EQF` → EQF level, `LearningOutcomeExtension.LearningOutcome` → a learning outcome,
 * `InstitutionCountryExtension.InstitutionCountry` (on the issuer, or the BadgeClass) → the issuer's country.
 */
export function readEdubadges(ctx: ReadContext, badge: JsonObject, issuer: JsonObject): EdubadgesValues {
  const b: JsonPath = ['badge'];
  const i: JsonPath = ['badge', 'issuer'];
  const time = term(ctx, badge, b, 'TimeInvestment', decimal, 'notional hours');
  const load = term(ctx, badge, b, 'StudyLoad', decimal, 'notional hours');
  if (time !== undefined && load !== undefined && time !== load) {
    unmappable(
      ctx,
      'unmapped-value',
      [...b, 'extensions:StudyLoadExtension'],
      badge['extensions:StudyLoadExtension'],
      'StudyLoad differs from TimeInvestment',
    );
  }
  const country = (value: unknown): string | undefined => {
    const code = typeof value === 'string' ? value.toUpperCase() : undefined;
    return isCountryCode(code) ? code : undefined;
  };
  const result: { -readonly [K in keyof EdubadgesValues]: EdubadgesValues[K] } = {};
  const ects = term(ctx, badge, b, 'ECTS', decimal, 'ECTS credits');
  const eqf = term(ctx, badge, b, 'EQF', (v) => (isEqfLevel(v) ? v : undefined), 'EQF level');
  const outcome = term(ctx, badge, b, 'LearningOutcome', text, 'learning outcome');
  const place =
    term(ctx, issuer, i, 'InstitutionCountry', country, 'ISO 3166-1 country of the issuer') ??
    term(ctx, badge, b, 'InstitutionCountry', country, 'ISO 3166-1 country of the issuer');
  if (ects !== undefined) result.ects = ects;
  const hours = time ?? load;
  if (hours !== undefined) result.hours = hours;
  if (eqf !== undefined) result.eqf = eqf;
  if (outcome !== undefined) result.outcome = outcome;
  if (place !== undefined) result.country = place;
  return result;
}
