/**
 * Text for a report's parts in a locale: finding messages with their params turned into labels, element
 * names, paths. Shared by the text and HTML renderers.
 *
 * @module
 */

import type { CompletenessFinding, CompletenessReport, ElementId, ReportParam } from '../completeness/index.js';
import type { ValidationIssueCode } from '../errors.js';
import { formatMessage } from '../internal/format-message.js';
import type { ReportCatalogue, ReportLabelList } from './report-catalogue.js';

const LISTS: Readonly<Record<string, ReportLabelList>> = {
  unit: 'credit-units',
  fromUnit: 'credit-units',
  units: 'credit-units',
  cycle: 'qf-ehea-cycles',
  supervision: 'supervision-types',
  country: 'countries',
  field: 'isced-fields',
};

function label(catalogue: ReportCatalogue, list: ReportLabelList, code: string): string {
  const labels = catalogue.vocabulary[list];
  return Object.hasOwn(labels, code) ? (labels[code] as string) : code;
}

function term(catalogue: ReportCatalogue, code: string): string {
  const terms = catalogue.completeness.terms as Readonly<Record<string, string>>;
  return Object.hasOwn(terms, code) ? (terms[code] as string) : code;
}

function display(name: string, value: ReportParam, catalogue: ReportCatalogue): string {
  const list = LISTS[name];
  const one = (v: string): string => {
    if (list !== undefined) return label(catalogue, list, v);
    if (name === 'item' || name === 'items') return term(catalogue, v);
    return v;
  };
  if (Array.isArray(value)) return value.map((v) => one(String(v))).join(', ');
  return one(String(value));
}

/**
 * A finding's message in a locale. A schema violation embeds the validation issue's own localised message as
 * `{detail}`; codes in params become labels.
 *
 * @internal
 */
export function findingMessage(
  finding: Pick<CompletenessFinding, 'reason' | 'params' | 'path'>,
  catalogue: ReportCatalogue,
): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(finding.params)) shown[name] = display(name, value, catalogue);
  if (finding.reason === 'schema_violation') {
    const { issue, ...params } = finding.params;
    const code = String(issue) as ValidationIssueCode;
    const known = Object.hasOwn(catalogue.issues, code);
    shown['detail'] = known ? formatMessage(catalogue.issues[code], params) : String(issue);
  }
  // A report made by a newer version may hold a code this catalogue lacks: show the code rather than fail.
  const template = (catalogue.completeness.reasons as Readonly<Record<string, string>>)[finding.reason];
  return template === undefined ? finding.reason : formatMessage(template, shown);
}

/** An element's name, with its Annex letter for (a)–(k). */
export function elementName(element: ElementId, catalogue: ReportCatalogue): string {
  const name = catalogue.completeness.elements[element];
  return element.length === 1 ? `(${element}) ${name}` : name;
}

/** A path written as in JavaScript: `awardingBodies[0].country`, odd keys quoted. */
export function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** The profile's name in the locale for a built-in profile, its own title otherwise. */
export function profileName(report: CompletenessReport, catalogue: ReportCatalogue): string {
  const names = catalogue.completeness.profiles as Readonly<Record<string, string>>;
  return Object.hasOwn(names, report.profile.id) ? (names[report.profile.id] as string) : report.profile.title;
}

/** The credential's title in the locale's language if it has one, else English, else its first language. */
export function credentialTitle(report: CompletenessReport, catalogue: ReportCatalogue): string | undefined {
  const title = report.credential.title;
  if (title === undefined || typeof title === 'string') return title;
  const language = catalogue.locale.split('-')[0] as string;
  return title[catalogue.locale] ?? title[language] ?? title['en'] ?? Object.values(title)[0];
}

/** A finding as it is shown: identical findings of several rules merged into one line listing every rule. */
export interface ShownFinding {
  readonly finding: CompletenessFinding;
  readonly rules: readonly string[];
}

/** Merges findings that differ only by rule, keeping the first one's position. */
export function mergeFindings(findings: readonly CompletenessFinding[]): ShownFinding[] {
  const out: { finding: CompletenessFinding; rules: string[]; key: string }[] = [];
  for (const f of findings) {
    const key = JSON.stringify([f.severity, f.reason, f.params, f.path]);
    const same = out.find((o) => o.key === key);
    if (same === undefined) out.push({ finding: f, rules: [f.rule], key });
    else if (!same.rules.includes(f.rule)) same.rules.push(f.rule);
  }
  return out.map(({ finding, rules }) => ({ finding, rules }));
}

/** The counts line in the locale. */
export function countsText(report: CompletenessReport, catalogue: ReportCatalogue): string {
  return formatMessage(catalogue.completeness.ui.counts, report.counts);
}
