import type { StackingDecision, StackingParamValue } from '../../stacking/decision.js';
import type { ReportCatalogue } from '../report-catalogue.js';

type Text = string | Readonly<Record<string, string>> | undefined;

/** A title in the catalogue's language, else English, else the first one given. */
export function pickText(text: Text, locale: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const primary = locale.split('-')[0] ?? locale;
  return text[locale] ?? text[primary] ?? text['en'] ?? Object.values(text)[0];
}

/** An exact credit string for people: the decimal separator of the locale, and an approximation for fractions. */
export function creditText(value: string, catalogue: ReportCatalogue): string {
  const sep = catalogue.stacking.decimalSeparator;
  const fraction = /^(\d+)\/(\d+)$/.exec(value);
  if (fraction === null) return value.replace('.', sep);
  const n = BigInt(fraction[1] as string);
  const d = BigInt(fraction[2] as string);
  const cents = (n * 200n + d) / (2n * d);
  const approx = `${cents / 100n}${sep}${String(cents % 100n).padStart(2, '0')}`;
  return `${value} (≈ ${approx})`;
}

const CREDIT_PARAMS: ReadonlySet<string> = new Set(['before', 'after', 'limit', 'ects']);
const CREDENTIAL_PARAMS: ReadonlySet<string> = new Set(['keptCredentialId', 'with', 'credentialId']);

/** Names a credential by its title (and id), or by id alone. */
export function credentialName(decision: StackingDecision, id: string): string {
  const title = decision.credentials.find((c) => c.id === id)?.title;
  return title === undefined ? id : `${title} (${id})`;
}

/**
 * Fills a template's `{placeholders}`: credits in the locale's notation, credentials by title, stages in words,
 * lists joined with commas, and a dash for a missing value. Unknown placeholders stay as they are.
 */
export function fill(
  template: string,
  params: Readonly<Record<string, StackingParamValue>> | undefined,
  catalogue: ReportCatalogue,
  decision: StackingDecision,
  creditKeys: ReadonlySet<string> = CREDIT_PARAMS,
): string {
  const ui = catalogue.stacking.ui;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    if (params === undefined || !Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (value === null || value === undefined) return ui.none;
    if (Array.isArray(value)) return value.length === 0 ? ui.none : value.join(', ');
    const text = String(value);
    if (name === 'stage' && (text === 'perCredential' || text === 'total')) return ui.stages[text];
    if (creditKeys.has(name)) return creditText(text, catalogue);
    if (CREDENTIAL_PARAMS.has(name)) return credentialName(decision, text);
    return text;
  });
}
