import type { StackingDecision } from '../../stacking/decision.js';
import { escapeHtml as e } from '../escape-html.js';
import type { ReportCatalogue } from '../report-catalogue.js';
import { buildReportModel, type ReportList, type ReportTable } from './report-model.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 1rem}h2{font-size:1.2rem;margin:2rem 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.status{border:2px solid;border-left-width:.6rem;padding:.75rem 1rem;margin:1.5rem 0}
.status-eligible{border-color:#1b6e3a}.status-not-eligible{border-color:#a32020}.status-undetermined{border-color:#8a5a00}.status-error{border-color:#555}
.status strong{font-size:1.15rem}.notice{background:#f2f2f2;padding:.75rem 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}thead th{background:#e8e8e8;white-space:nowrap}
footer{margin-top:2rem;color:#444;font-size:.9rem}
@media print{main{padding:0}}`;

function table(t: ReportTable): string {
  const head = t.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('');
  const body = t.rows
    .map(
      (r) =>
        `<tr>${r.map((cell, k) => (k === 0 ? `<th scope="row">${e(cell)}</th>` : `<td>${e(cell)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="h-${t.id}"><h2 id="h-${t.id}">${e(t.caption)}</h2>\n<table><caption>${e(t.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></section>`;
}

function list(l: ReportList): string {
  const intro = l.intro === undefined ? '' : `<p>${e(l.intro)}</p>`;
  const items = l.items.map((i) => `<li>${e(i)}</li>`).join('\n');
  return `<section aria-labelledby="h-${l.id}"><h2 id="h-${l.id}">${e(l.heading)}</h2>${intro}\n<ul>\n${items}\n</ul></section>`;
}

/**
 * Renders a stacking decision as one self-contained, accessible HTML page: a `lang` attribute, headings,
 * tables with captions and header scopes, the status in words (colour only repeats it), inline CSS, no script
 * and no external resource. Every value from the decision is escaped.
 *
 * @param decision - a decision from `evaluateStacking`
 * @param catalogue - the locale to write in
 * @returns the HTML document
 */
export function renderStackingHtml(decision: StackingDecision, catalogue: ReportCatalogue): string {
  const m = buildReportModel(decision, catalogue);
  const ui = catalogue.stacking.ui;
  const facts = m.facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('');
  const basis = m.status.basis === undefined ? '' : `<p>${e(ui.proof)}: ${e(m.status.basis)}</p>`;
  const recognised =
    m.recognised === undefined ? '' : `<p>${e(ui.recognised)}: <strong>${e(m.recognised)}</strong></p>`;
  const status = `<div class="status status-${e(m.status.code)}" role="status"><p><strong>${e(ui.status)}: ${e(m.status.label)}</strong></p><p>${e(m.status.explanation)}</p>${basis}${recognised}</div>`;
  const notes = m.notes.map((n) => `<p class="notice">${e(n)}</p>`).join('\n');
  const sections = m.sections.map((s) => (s.kind === 'table' ? table(s) : list(s))).join('\n');
  const footer = m.footer.map((f) => `<p>${e(f)}</p>`).join('');
  return `<!DOCTYPE html>
<html lang="${e(m.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(m.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${e(m.title)}</h1>
<dl>${facts}</dl>
${status}
${notes}
${sections}
<footer>${footer}</footer>
</main>
</body>
</html>
`;
}
