/**
 * The shell of a self-contained, accessible HTML page: UTF-8, a `lang` attribute, a Content-Security-Policy
 * that allows no script and no external resource, and inline CSS only.
 *
 * @module
 */

import { escapeHtml } from './escape-html.js';

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.45; }
body { margin: 0; background: #fff; color: #1a1a1a; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1.25rem; }
dl.summary dt { font-weight: 600; }
dl.summary dd { margin: 0; }
.verdict { display: inline-block; padding: .1rem .5rem; border-radius: .25rem; border: 1px solid currentColor; font-weight: 600; }
.verdict-complete { color: #14532d; background: #dcfce7; }
.verdict-complete-with-warnings { color: #713f12; background: #fef9c3; }
.verdict-incomplete { color: #7f1d1d; background: #fee2e2; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .5rem 0; }
th, td { border: 1px solid #9ca3af; padding: .4rem .55rem; text-align: left; vertical-align: top; }
thead th { background: #f3f4f6; }
tbody th { font-weight: 600; }
.status { font-weight: 600; white-space: nowrap; }
.status-present, .status-not-applicable { color: #14532d; }
.status-warning { color: #713f12; }
.status-missing, .status-invalid { color: #7f1d1d; }
ul.findings { margin: 0; padding-left: 1.1rem; }
.severity { font-weight: 600; }
.rule, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.muted { color: #4b5563; }
@media print { main { padding: 0; } .verdict, thead th { background: none; } }
`;

/**
 * Wraps body HTML (already escaped) in a complete page.
 *
 * @param lang - the page language (BCP 47), escaped here
 * @param title - the page title, plain text, escaped here
 * @param body - HTML for inside `<main>`
 */
export function htmlPage(lang: string, title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
