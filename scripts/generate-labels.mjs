// Generates the German and French label data of src/vocab/data/labels-{de,fr}.ts: ISCED-F field names (from the
// hand-made translations in scripts/translations/isced-f.json, residual codes derived by pattern), country names
// (i18n-iso-countries) and language names (@cospired/i18n-iso-languages). The other lists are short and are
// translated by hand in src/locales/{de,fr}/vocab.ts.
//
//   node scripts/generate-labels.mjs   writes the files (also run by `npm run vocab`)
//   generateLabels()                   returns { [relativePath]: contents } without writing (used by the sync test)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { deriveFromParents } from './generate-vocab.mjs';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ISCED_FILE = fileURLToPath(new URL('../test/fixtures/standards/elm/vocab/isced-f.json', import.meta.url));
const TRANSLATIONS = fileURLToPath(new URL('./translations/isced-f.json', import.meta.url));
const LOCALES = ['de', 'fr'];

function packageVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

function str(value) {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ISCED-F codes and English labels in the official order. */
function iscedEnglish() {
  if (!existsSync(ISCED_FILE)) throw new Error(`generate-labels: missing ${ISCED_FILE}`);
  const prefix = 'http://data.europa.eu/snb/isced-f/';
  return JSON.parse(readFileSync(ISCED_FILE, 'utf8')).values.map(({ uri, label }) => ({
    code: uri.slice(prefix.length),
    label,
  }));
}

/** Translates one English ISCED-F label, by name or by one of the three residual patterns. */
export function translateIsced(label, t) {
  const fill = (pattern, values) => pattern.replace(/\{(\w+)\}/g, (_, k) => values[k]);
  const name = (english) => {
    const found = t.names[english];
    if (found === undefined) throw new Error(`generate-labels: no translation for ISCED-F name "${english}"`);
    return found;
  };
  let m = /^(.*) not further defined$/.exec(label);
  if (m) return fill(t.patterns.notFurtherDefined, { name: name(m[1]) });
  m = /^(.*) not elsewhere classified$/.exec(label);
  if (m) return fill(t.patterns.notElsewhereClassified, { name: name(m[1]) });
  m = /^Inter-disciplinary programmes and qualifications involving (.*)$/.exec(label);
  if (m) {
    const field = t.involving[m[1]];
    if (field === undefined) throw new Error(`generate-labels: no translation for "involving ${m[1]}"`);
    return fill(t.patterns.interdisciplinary, { field });
  }
  return name(label);
}

function countryNames(locale) {
  const iso = require('i18n-iso-countries');
  iso.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
  return require('i18n-iso-countries/codes.json')
    .map(([alpha2]) => alpha2)
    .filter((code) => code !== 'XK')
    .sort(byCodeUnits)
    .map((code) => {
      const name = iso.getName(code, locale);
      if (typeof name !== 'string' || name === '') throw new Error(`generate-labels: no ${locale} name for ${code}`);
      return [code, name];
    });
}

function languageNames(locale) {
  const languages = require('@cospired/i18n-iso-languages');
  languages.registerLocale(require(`@cospired/i18n-iso-languages/langs/${locale}.json`));
  return require('langs')
    .all()
    .map((l) => l['1'])
    .sort(byCodeUnits)
    .map((code) => {
      const name = languages.getName(code, locale);
      if (typeof name !== 'string' || name === '') throw new Error(`generate-labels: no ${locale} name for ${code}`);
      return [code, name];
    });
}

/** Labels joined with `|` in the order of their code list, for `labelTable` (no label may hold a `|`). */
function packed(labels, derived = false) {
  for (const label of labels) {
    if (label.includes('|') || (!derived && label === '')) {
      throw new Error(`generate-labels: label ${str(label)} cannot be packed`);
    }
  }
  const text = labels.join('|');
  const chunks = [];
  for (let i = 0; i < text.length; i += 100) chunks.push(str(text.slice(i, i + 100)));
  return chunks.join(' +\n    ');
}

function labelsFile(locale, isced, translations) {
  const t = translations[locale];
  const prefix = `${locale.toUpperCase()}_LABELS`;
  const language = locale === 'de' ? 'German' : 'French';
  // One constant per list, in the order of the list's codes: a bundle keeps only the lists it reads.
  const table = (
    name,
    constName,
    codes,
    labels,
    suffixes,
  ) => `/** ${language} labels of ${name}, in the order of its codes. */
export const ${prefix}_${constName} = /* @__PURE__ */ labelTable(
  ${codes},
  ${packed(labels, suffixes !== undefined)},${suffixes === undefined ? '' : `\n  [${suffixes.map(str).join(', ')}],`}
);
`;
  // The residual ISCED-F names are the parent's name with a suffix, as the patterns say.
  const suffix = (pattern) => {
    if (!pattern.startsWith('{name}'))
      throw new Error(`generate-labels: pattern ${pattern} does not start with {name}`);
    return pattern.slice('{name}'.length);
  };
  const suffixes = [suffix(t.patterns.notFurtherDefined), suffix(t.patterns.notElsewhereClassified)];
  return `// Generated by scripts/generate-labels.mjs (npm run vocab). Do not edit by hand.
// Source: scripts/translations/isced-f.json (${locale} names of the ISCED-F 2013 fields, hand-made)
// Source: i18n-iso-countries@${packageVersion('i18n-iso-countries')} (${locale} country names)
// Source: @cospired/i18n-iso-languages@${packageVersion('@cospired/i18n-iso-languages')} (${locale} language names)

import { labelTable } from '../own.js';
import { COUNTRY_CODE_DATA } from './countries.js';
import { ISCED_F_CODE_DATA } from './isced-f.js';
import { LANGUAGE_CODE_DATA } from './languages.js';

${table(
  'isced-fields',
  'ISCED_FIELDS',
  'ISCED_F_CODE_DATA',
  deriveFromParents(
    isced.map(({ code }) => code),
    isced.map(({ label }) => translateIsced(label, t)),
    suffixes,
  ),
  suffixes,
)}
${table(
  'countries',
  'COUNTRIES',
  'COUNTRY_CODE_DATA',
  countryNames(locale).map(([, name]) => name),
)}
${table(
  'languages',
  'LANGUAGES',
  'LANGUAGE_CODE_DATA',
  languageNames(locale).map(([, name]) => name),
)}`;
}

/**
 * Builds every generated label file.
 *
 * @returns {Record<string, string>} file contents keyed by path relative to the repository root
 */
export function generateLabels() {
  const isced = iscedEnglish();
  const translations = JSON.parse(readFileSync(TRANSLATIONS, 'utf8'));
  return Object.fromEntries(
    LOCALES.map((locale) => [`src/vocab/data/labels-${locale}.ts`, labelsFile(locale, isced, translations)]),
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, contents] of Object.entries(generateLabels())) {
    const target = join(ROOT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
    console.log(`wrote ${path}`);
  }
}
