import type { StackingDecision } from '../../stacking/decision.js';
import type { ReportCatalogue } from '../report-catalogue.js';
import { buildReportModel, type ReportList, type ReportTable } from './report-model.js';

const WIDTH = 100;

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

function heading(text: string): string[] {
  return ['', text, '-'.repeat([...text].length)];
}

/** A table as aligned columns when it fits the page width, otherwise one block per row. */
function table(t: ReportTable): string[] {
  const width = (s: string) => [...s].length;
  const cols = t.columns.map((c, k) => Math.max(width(c), ...t.rows.map((r) => width(r[k] ?? ''))));
  const fits = 2 + cols.reduce((a, b) => a + b + 2, 0) <= WIDTH;
  if (!fits) {
    const block = (cells: readonly string[]) => [
      ...wrap(`- ${cells[0] ?? ''}`, '  '),
      ...cells.slice(1).flatMap((cell, k) => wrap(`${t.columns[k + 1] ?? ''}: ${cell}`, '      ')),
    ];
    return [...heading(t.caption), ...t.rows.flatMap(block)];
  }
  const pad = (s: string, k: number) => (k === cols.length - 1 ? s : s + ' '.repeat((cols[k] ?? 0) - width(s)));
  const row = (cells: readonly string[]) => `  ${cells.map((cell, k) => pad(cell, k)).join('  ')}`.trimEnd();
  return [...heading(t.caption), row(t.columns), ...t.rows.map(row)];
}

function list(l: ReportList): string[] {
  return [
    ...heading(l.heading),
    ...(l.intro === undefined ? [] : wrap(l.intro, '  ')),
    ...l.items.flatMap((item) => wrap(`- ${item}`, '  ').map((x, k) => (k === 0 ? x : `    ${x.trimStart()}`))),
  ];
}

/**
 * Renders a stacking decision as plain text for a terminal or an e-mail: facts, status (in words), the
 * advice notice, the requirements, what is missing, the remaining gap, each credential's fate, caps,
 * warnings, exceptions and how the search ended.
 *
 * @param decision - a decision from `evaluateStacking`
 * @param catalogue - the locale to write in
 * @returns the text, lines separated by `\n`, ending with a newline
 */
export function renderStackingText(decision: StackingDecision, catalogue: ReportCatalogue): string {
  const m = buildReportModel(decision, catalogue);
  const ui = catalogue.stacking.ui;
  const lines = [m.title, '='.repeat([...m.title].length)];
  for (const [label, value] of m.facts) lines.push(`${label}: ${value}`);
  lines.push('', `${ui.status}: ${m.status.label}`, ...wrap(m.status.explanation, '  '));
  if (m.status.basis !== undefined) lines.push(...wrap(`${ui.proof}: ${m.status.basis}`, '  '));
  if (m.recognised !== undefined) lines.push(`${ui.recognised}: ${m.recognised}`);
  lines.push('');
  for (const note of m.notes) lines.push(...wrap(note, ''));
  for (const section of m.sections) lines.push(...(section.kind === 'table' ? table(section) : list(section)));
  lines.push('');
  for (const line of m.footer) lines.push(...wrap(line, ''));
  return `${lines.join('\n')}\n`;
}
