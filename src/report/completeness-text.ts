/**
 * A completeness report as plain text, for terminals, logs and e-mail.
 *
 * @module
 */

import type { CompletenessReport, ElementStatus } from '../completeness/index.js';
import { formatMessage } from '../internal/format-message.js';
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

const MARK: Readonly<Record<ElementStatus, string>> = {
  present: '[ok]',
  'not-applicable': '[--]',
  warning: '[!!]',
  missing: '[xx]',
  invalid: '[xx]',
};

/** A control character in a hostile value could move a terminal's cursor or recolour it: each becomes U+FFFD. */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\uFFFD');
}

/** Renders a completeness report as text lines. */
export function completenessText(report: CompletenessReport, catalogue: ReportCatalogue): string {
  const m = catalogue.completeness;
  const lines: string[] = [m.ui.title];
  const profile = formatMessage(m.ui.profileLine, {
    title: profileName(report, catalogue),
    id: report.profile.id,
    version: report.profile.version,
  });
  lines.push(`${m.ui.profile}: ${profile}`);
  const title = credentialTitle(report, catalogue);
  const credential = [title ?? m.ui.untitled, report.credential.id].filter((x) => x !== undefined).join(' · ');
  lines.push(`${m.ui.credential}: ${credential}`);
  lines.push(`${m.ui.referenceDate}: ${report.referenceDate ?? m.ui.noReferenceDate}`);
  lines.push(`${m.ui.verdict}: ${m.verdicts[report.verdict]} (${countsText(report, catalogue)})`, '');
  for (const entry of report.entries) {
    const head = [elementName(entry.element, catalogue), m.requirements[entry.requirement], m.statuses[entry.status]];
    lines.push(`${MARK[entry.status]} ${head.join(' · ')}`);
    for (const { finding, rules } of mergeFindings(entry.findings)) {
      const where = finding.path.length === 0 ? '' : ` [${pathText(finding.path)}]`;
      const severity = m.severities[finding.severity].padEnd(8);
      lines.push(`     ${severity} ${rules.join(', ')}: ${findingMessage(finding, catalogue)}${where}`);
    }
  }
  return `${lines.map(clean).join('\n')}\n`;
}
