/**
 * A completeness report as a self-contained, accessible HTML page: a summary, then a table with a caption,
 * column and row headers, and each status written as text (colour only repeats it). Every value is escaped.
 *
 * @module
 */

import type { CompletenessEntry, CompletenessReport, ElementStatus } from '../completeness/index.js';
import { formatMessage } from '../internal/format-message.js';
import { escapeHtml as e } from './escape-html.js';
import { htmlPage } from './html-page.js';
import {
  countsText,
  credentialTitle,
  elementName,
  findingMessage,
  mergeFindings,
  pathText,
  profileName,
} from './messages.js';
import type { ReportCatalogue } from './report-catalogue.js';

const ICON: Readonly<Record<ElementStatus, string>> = {
  present: '✓',
  'not-applicable': '–',
  warning: '!',
  missing: '✗',
  invalid: '✗',
};

function row(entry: CompletenessEntry, catalogue: ReportCatalogue): string {
  const m = catalogue.completeness;
  const findings = mergeFindings(entry.findings).map(({ finding, rules }) => {
    const where = finding.path.length === 0 ? '' : ` <code>${e(pathText(finding.path))}</code>`;
    return (
      `<li><span class="severity">${e(formatMessage(m.ui.severityLabel, { severity: m.severities[finding.severity] }))}</span> ${e(findingMessage(finding, catalogue))}` +
      ` <span class="rule muted">(${e(m.ui.rule)} ${e(rules.join(', '))})</span>${where}</li>`
    );
  });
  const details =
    findings.length === 0
      ? `<span class="muted">${e(findingMessage({ reason: entry.reason, params: entry.params, path: [] }, catalogue))}</span>` +
        (entry.rules.length === 0
          ? ''
          : ` <span class="rule muted">(${e(m.ui.rule)} ${e(entry.rules.join(', '))})</span>`)
      : `<ul class="findings">${findings.join('')}</ul>`;
  return [
    `<tr class="row-${e(entry.status)}">`,
    `<th scope="row">${e(elementName(entry.element, catalogue))}</th>`,
    `<td>${e(m.requirements[entry.requirement])}</td>`,
    `<td class="status status-${e(entry.status)}"><span aria-hidden="true">${ICON[entry.status]}</span> ${e(m.statuses[entry.status])}</td>`,
    `<td>${details}</td>`,
    '</tr>',
  ].join('');
}

/** Renders a completeness report as a complete HTML page. */
export function completenessHtml(report: CompletenessReport, catalogue: ReportCatalogue): string {
  const m = catalogue.completeness;
  const profile = profileName(report, catalogue);
  const title = credentialTitle(report, catalogue);
  const summary = [
    [
      m.ui.verdict,
      `<span class="verdict verdict-${e(report.verdict)}">${e(m.verdicts[report.verdict])}</span> ${e(countsText(report, catalogue))}`,
    ],
    [
      m.ui.profile,
      e(formatMessage(m.ui.profileLine, { title: profile, id: report.profile.id, version: report.profile.version })),
    ],
    [
      m.ui.credential,
      `${e(title ?? m.ui.untitled)}${report.credential.id === undefined ? '' : ` <code>${e(report.credential.id)}</code>`}`,
    ],
    [m.ui.referenceDate, e(report.referenceDate ?? m.ui.noReferenceDate)],
  ];
  const head = [m.ui.element, m.ui.requirement, m.ui.status, m.ui.details].map((h) => `<th scope="col">${e(h)}</th>`);
  const body = [
    `<h1>${e(m.ui.title)}</h1>`,
    `<dl class="summary">${summary.map(([dt, dd]) => `<dt>${e(dt as string)}</dt><dd>${dd}</dd>`).join('')}</dl>`,
    '<table>',
    `<caption>${e(formatMessage(m.ui.caption, { profile }))}</caption>`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>${report.entries.map((entry) => row(entry, catalogue)).join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
  return htmlPage(
    catalogue.locale,
    formatMessage(m.ui.pageTitle, { title: m.ui.title, credential: title ?? m.ui.untitled }),
    body,
  );
}
