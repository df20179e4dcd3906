// Generates the data files of src/vocab/data/ from the official lists in test/fixtures/standards/elm/vocab/
// (origins in test/fixtures/PROVENANCE.md) and from two dev dependencies: i18n-iso-countries (ISO 3166-1) and
// langs (ISO 639-1/2/3).
//
//   npm run vocab            writes the files and prints what could not be mapped
//   generateVocab()          returns { [relativePath]: contents } without writing (used by the sync test)
//
// Output is deterministic: lists whose order carries meaning keep the official order (ISCED-F) or an order
// stated below; all other lists are sorted by code (plain code-unit order, never locale-dependent).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const VOCAB_DIR = fileURLToPath(new URL('../test/fixtures/standards/elm/vocab/', import.meta.url));
const VOCAB_DIR_LABEL = 'test/fixtures/standards/elm/vocab';

const COUNTRY_AUTHORITY = 'http://publications.europa.eu/resource/authority/country/';

/**
 * The ELM lists turned into code tuples. `slugs` overrides the slug derived from the English label (keyed by
 * the URI's last segment); `order` fixes a meaningful order (otherwise codes are sorted).
 */
const ELM_LISTS = [
  { name: 'assessment-types', file: 'europass-learning-assessment-types.json' },
  {
    name: 'participation-modes',
    file: 'europass-modes.json',
    slugs: {
      '729f3bed4b': 'work-based',
      '7813801c77': 'project-based',
      '9191af2ed9': 'onsite',
      ed4c557045: 'research-lab-based',
    },
    order: ['online', 'blended', 'onsite', 'work-based', 'project-based', 'research-lab-based'],
  },
  { name: 'learning-activity-types', file: 'europass-learning-activity-types.json' },
  {
    name: 'learning-settings',
    file: 'europass-learning-setting-types.json',
    slugs: { '6fd4685715': 'formal', e207a81fc7: 'non-formal' },
    order: ['formal', 'non-formal'],
  },
  {
    name: 'learning-schedule-types',
    file: 'europass-learning-schedule-types.json',
    order: ['full-time', 'part-time-intensive', 'part-time-light'],
  },
  { name: 'learning-opportunity-types', file: 'europass-learning-opportunity-types.json' },
  { name: 'target-groups', file: 'europass-target-groups.json' },
  {
    name: 'qa-types',
    file: 'europass-accreditation-types.json',
    slugs: {
      '003293d2ce': 'institutional-license',
      e57dddfcf3: 'programme-license',
      bb4618238e: 'institutional-quality-assurance',
      '820101cba6': 'programme-quality-assurance',
    },
    order: [
      'institutional-license',
      'programme-license',
      'institutional-quality-assurance',
      'programme-quality-assurance',
    ],
  },
  { name: 'skill-types', file: 'skill-types.json', order: ['knowledge', 'skill'] },
  {
    name: 'skill-reuse-levels',
    file: 'skill-reuse-levels.json',
    slugs: {
      transversal: 'transversal',
      'cross-sector': 'cross-sector',
      'sector-specific': 'sector-specific',
      'occupation-specific': 'occupation-specific',
    },
    order: ['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'],
  },
  { name: 'credential-types', file: 'europass-credential-types.json' },
  {
    name: 'credit-systems',
    file: 'credit-points.json',
    slugs: { '6fcec5c5af': 'ECTS', '60b314e826': 'ECVET' },
    order: ['ECTS', 'ECVET'],
  },
];

// ---------------------------------------------------------------------------------------------- reading

function readVocab(file) {
  if (!existsSync(VOCAB_DIR)) {
    throw new Error(`generate-vocab: the vocabulary folder is missing (expected ${VOCAB_DIR}).`);
  }
  const data = JSON.parse(readFileSync(join(VOCAB_DIR, file), 'utf8'));
  if (typeof data.conceptScheme !== 'string' || typeof data.source !== 'string' || !Array.isArray(data.values)) {
    throw new Error(`generate-vocab: ${file} lacks conceptScheme, source or values`);
  }
  return data;
}

function lastSegment(uri) {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

function packageVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Kebab-case slug of an English label: `lab / simulation / practice coursework` → `lab-simulation-practice-coursework`. */
export function slugify(label) {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------- building

function buildIscedF() {
  const data = readVocab('isced-f.json');
  const prefix = 'http://data.europa.eu/snb/isced-f/';
  const entries = data.values.map(({ uri, label }) => {
    if (!uri.startsWith(prefix)) throw new Error(`generate-vocab: unexpected ISCED-F URI ${uri}`);
    const code = uri.slice(prefix.length);
    if (!/^[0-9]{2,4}$/.test(code)) throw new Error(`generate-vocab: unexpected ISCED-F code ${code}`);
    return { code, label };
  });
  const codes = new Set(entries.map((e) => e.code));
  if (codes.size !== entries.length) throw new Error('generate-vocab: duplicate ISCED-F codes');
  for (const { code } of entries) {
    if (code.length > 2 && !codes.has(code.slice(0, -1))) {
      throw new Error(`generate-vocab: ISCED-F code ${code} has no parent ${code.slice(0, -1)}`);
    }
  }
  return { data, entries };
}

function buildCountries() {
  const data = readVocab('country.json');
  const iso = require('i18n-iso-countries');
  // codes.json rows: [alpha-2, alpha-3, numeric, ISO 3166-2 reference]. XK (Kosovo) is a user-assigned code,
  // not an officially assigned ISO 3166-1 element, so it is left out.
  const rows = require('i18n-iso-countries/codes.json')
    .filter(([alpha2]) => alpha2 !== 'XK')
    .map(([alpha2, alpha3]) => ({ alpha2, alpha3 }))
    .sort((a, b) => byCodeUnits(a.alpha2, b.alpha2));
  const byAlpha3 = new Map(rows.map((r) => [r.alpha3, r.alpha2]));
  const authority = new Map(); // alpha-2 → authority suffix
  const unmappedAuthority = [];
  for (const { uri, label } of data.values) {
    if (!uri.startsWith(COUNTRY_AUTHORITY)) throw new Error(`generate-vocab: unexpected country URI ${uri}`);
    const suffix = uri.slice(COUNTRY_AUTHORITY.length);
    const alpha2 = byAlpha3.get(suffix);
    if (alpha2 === undefined) unmappedAuthority.push({ suffix, label });
    else authority.set(alpha2, suffix);
  }
  unmappedAuthority.sort((a, b) => byCodeUnits(a.suffix, b.suffix));
  const withoutAuthority = rows.filter((r) => !authority.has(r.alpha2)).map((r) => r.alpha2);
  const names = rows.map((r) => {
    const name = iso.getName(r.alpha2, 'en');
    if (typeof name !== 'string' || name === '') throw new Error(`generate-vocab: no English name for ${r.alpha2}`);
    return { code: r.alpha2, label: name };
  });
  return { data, rows, authority, unmappedAuthority, withoutAuthority, names };
}

function buildLanguages() {
  const rows = require('langs')
    .all()
    .map((l) => ({ code: l['1'], alpha3: l['2T'], name: l.name }))
    .sort((a, b) => byCodeUnits(a.code, b.code));
  for (const r of rows) {
    if (!/^[a-z]{2}$/.test(r.code) || !/^[a-z]{3}$/.test(r.alpha3)) {
      throw new Error(`generate-vocab: unexpected language row ${JSON.stringify(r)}`);
    }
  }
  if (new Set(rows.map((r) => r.code)).size !== rows.length) throw new Error('generate-vocab: duplicate 639-1');
  if (new Set(rows.map((r) => r.alpha3)).size !== rows.length) throw new Error('generate-vocab: duplicate 639-2/T');
  return rows;
}

function buildElmList(spec) {
  const data = readVocab(spec.file);
  const slugs = spec.slugs ?? {};
  for (const key of Object.keys(slugs)) {
    if (!data.values.some((v) => lastSegment(v.uri) === key)) {
      throw new Error(`generate-vocab: ${spec.name}: slug override for unknown URI segment ${key}`);
    }
  }
  let entries = data.values.map(({ uri, label }) => ({ code: slugs[lastSegment(uri)] ?? slugify(label), uri, label }));
  const codes = entries.map((e) => e.code);
  if (new Set(codes).size !== codes.length) throw new Error(`generate-vocab: ${spec.name}: duplicate codes`);
  for (const code of codes) {
    if (!/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]+)$/.test(code)) {
      throw new Error(`generate-vocab: ${spec.name}: malformed code ${code}`);
    }
  }
  if (spec.order) {
    const sortedOrder = [...spec.order].sort(byCodeUnits).join();
    if (sortedOrder !== [...codes].sort(byCodeUnits).join()) {
      throw new Error(`generate-vocab: ${spec.name}: order ${spec.order} does not match codes ${codes}`);
    }
    entries = spec.order.map((code) => entries.find((e) => e.code === code));
  } else {
    entries.sort((a, b) => byCodeUnits(a.code, b.code));
  }
  return { name: spec.name, data, entries };
}

// ---------------------------------------------------------------------------------------------- printing

function str(value) {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function key(value) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(value) ? value : str(value);
}

function constName(listName) {
  return listName.toUpperCase().replace(/-/g, '_');
}

/** An array literal packed into lines of at most 120 characters. */
function packedArray(items, indent) {
  const pad = ' '.repeat(indent + 2);
  const lines = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? `${pad}${item},` : `${line} ${item},`;
    if (next.length > 120 && line !== '') {
      lines.push(line);
      line = `${pad}${item},`;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return `[\n${lines.join('\n')}\n${' '.repeat(indent)}]`;
}

/** Items joined into one string literal (split over lines of at most 120 characters, joined with +). */
function packedString(items, separator = '') {
  const text = items.join(separator);
  const chunks = [];
  for (let i = 0; i < text.length; i += 100) chunks.push(str(text.slice(i, i + 100)));
  return chunks.length === 1 ? chunks[0] : `${chunks.join(' +\n  ')}`;
}

/** A code list as one space-separated string for `codeList`, typed as the literal tuple of its codes. */
function codeListExpression(codes) {
  for (const code of codes) {
    if (/\s/.test(code) || code === '')
      throw new Error(`generate-vocab: code ${JSON.stringify(code)} cannot be packed`);
  }
  const type = `readonly ${packedArray(codes.map(str), 0)}`;
  return `/* @__PURE__ */ codeList<\n  ${type.replace(/\n/g, '\n  ')}\n>(${packedString(codes, ' ')})`;
}

/** Two-character codes grouped by first character, for `groupedCodes`; checked by decoding them again. */
function groupedCodesExpression(codes) {
  const groups = [];
  for (const code of codes) {
    if (!/^[A-Za-z]{2}$/.test(code)) throw new Error(`generate-vocab: cannot group code ${code}`);
    const last = groups[groups.length - 1];
    if (last?.[0] === code[0]) groups[groups.length - 1] = `${last}${code[1]}`;
    else groups.push(code);
  }
  const decoded = groups.flatMap((g) => [...g.slice(1)].map((c) => `${g[0]}${c}`));
  if (decoded.join() !== codes.join()) throw new Error('generate-vocab: grouped codes do not decode to the codes');
  const type = `readonly ${packedArray(codes.map(str), 0)}`;
  return `/* @__PURE__ */ groupedCodes<\n  ${type.replace(/\n/g, '\n  ')}\n>(${packedString(groups, ' ')})`;
}

/** ISCED-F codes in their official order as broad fields with their narrow and detailed digits, for `levelledCodes`. */
function levelledCodesExpression(codes) {
  const fields = [];
  for (const code of codes) {
    if (code.length === 2) fields.push({ broad: code, narrow: [] });
    else if (code.length === 3) fields[fields.length - 1].narrow.push(code[2]);
    else
      fields[fields.length - 1].narrow = fields[fields.length - 1].narrow.map((t) =>
        t[0] === code[2] ? `${t}${code[3]}` : t,
      );
  }
  const packed = fields.map((f) => [f.broad, ...f.narrow].join(' '));
  const decoded = fields.flatMap(({ broad, narrow }) => [
    broad,
    ...narrow.map((t) => `${broad}${t[0]}`),
    ...narrow.flatMap((t) => [...t.slice(1)].map((d) => `${broad}${t[0]}${d}`)),
  ]);
  if (decoded.join() !== codes.join())
    throw new Error('generate-vocab: ISCED-F codes are not in broad, narrow, detailed order');
  const type = `readonly ${packedArray(codes.map(str), 0)}`;
  return `/* @__PURE__ */ levelledCodes<\n  ${type.replace(/\n/g, '\n  ')}\n>(${packedString(packed, ',')})`;
}

/** The suffixes of the English ISCED-F labels derived from their parent's: not further defined, not elsewhere classified. */
const ISCED_SUFFIXES = [' not further defined', ' not elsewhere classified'];

/**
 * ISCED-F labels with those derived from the parent's written short, for `labelTable` with suffixes: empty when
 * the label is the parent's, the suffix's index when it is the parent's followed by a suffix.
 */
export function deriveFromParents(codes, labels, suffixes) {
  const byCode = new Map();
  return codes.map((code, i) => {
    const label = labels[i];
    if (/^\d?$/.test(label)) throw new Error(`generate-vocab: label ${JSON.stringify(label)} cannot be packed`);
    byCode.set(code, label);
    const parent = byCode.get(code.slice(0, -1));
    if (parent === undefined) return label;
    if (label === parent) return '';
    const k = suffixes.findIndex((suffix) => label === `${parent}${suffix}`);
    return k === -1 ? label : String(k);
  });
}

/** Labels in the order of their code list, joined with `|` for `labelTable` (empty only when derived). */
export function packedLabels(labels, derived = false) {
  for (const label of labels) {
    if (label.includes('|') || (!derived && label === ''))
      throw new Error(`generate-vocab: label ${JSON.stringify(label)} cannot be packed`);
  }
  return packedString(labels, '|');
}

function header(sources) {
  return [
    '// Generated by scripts/generate-vocab.mjs (npm run vocab). Do not edit by hand.',
    ...sources.map((s) => `// Source: ${s}`),
    '',
  ].join('\n');
}

function sourceOf(file, data) {
  return `${VOCAB_DIR_LABEL}/${file} (${data.source})`;
}

// ---------------------------------------------------------------------------------------------- files

function iscedFFile(isced) {
  return `${header([sourceOf('isced-f.json', isced.data)])}
import { levelledCodes } from '../own.js';

/** ISCED-F 2013 field codes in the official order (strings: leading zeros matter). */
export const ISCED_F_CODE_DATA = ${levelledCodesExpression(isced.entries.map((e) => e.code))};
`;
}

function countriesFile(countries) {
  const isoVersion = packageVersion('i18n-iso-countries');
  for (const [alpha2, suffix] of countries.authority) {
    const row = countries.rows.find((r) => r.alpha2 === alpha2);
    if (row?.alpha3 !== suffix)
      throw new Error(`generate-vocab: authority suffix ${suffix} is not ${alpha2}'s alpha-3`);
  }
  return `${header([
    `i18n-iso-countries@${isoVersion} codes.json (ISO 3166-1; XK, a user-assigned code, is left out)`,
    sourceOf('country.json', countries.data),
  ])}
import { groupedCodes } from '../own.js';

/** ISO 3166-1 alpha-2 codes, sorted. */
export const COUNTRY_CODE_DATA = ${groupedCodesExpression(countries.rows.map((r) => r.alpha2))};

/**
 * ISO 3166-1 alpha-3 of each code of COUNTRY_CODE_DATA, in the same order, three letters each. The EU country
 * authority URI ends in the alpha-3 (except for COUNTRY_WITHOUT_AUTHORITY_DATA); lookups are built on first use.
 */
export const COUNTRY_ALPHA3_DATA = ${packedString(countries.rows.map((r) => r.alpha3))};

/** EU country authority entries with no ISO 3166-1 alpha-2 code (never mapped). */
export const COUNTRY_AUTHORITY_UNMAPPED_DATA = ${packedArray(
    countries.unmappedAuthority.map((u) => str(u.suffix)),
    0,
  )} as const;

/** ISO 3166-1 alpha-2 codes whose alpha-3 has no entry in the EU country authority list. */
export const COUNTRY_WITHOUT_AUTHORITY_DATA = ${packedArray(
    countries.withoutAuthority.map((c) => str(c)),
    0,
  )} as const;
`;
}

function languagesFile(languages) {
  return `${header([`langs@${packageVersion('langs')} (ISO 639-1 with ISO 639-2/T)`])}
import { groupedCodes } from '../own.js';

/** ISO 639-1 codes, sorted. */
export const LANGUAGE_CODE_DATA = ${groupedCodesExpression(languages.map((l) => l.code))};

/** ISO 639-2/T (lower case) of each code of LANGUAGE_CODE_DATA, in the same order, three letters each. */
export const LANGUAGE_ALPHA3_DATA = ${packedString(languages.map((l) => l.alpha3))};
`;
}

function elmListsFile(lists) {
  const blocks = lists.map((list) => {
    const base = list.entries[0].uri.slice(0, list.entries[0].uri.lastIndexOf('/') + 1);
    for (const e of list.entries) {
      const id = e.uri.slice(base.length);
      if (!e.uri.startsWith(base) || !/^[^\s/]+$/.test(id)) {
        throw new Error(`generate-vocab: ${list.name}: ${e.uri} does not share the base ${base}`);
      }
    }
    // The URIs are a constant of their own, so a bundle that only checks codes leaves them out.
    return `/** ${list.name}: the codes. */
export const ELM_${constName(list.name)} = ${codeListExpression(list.entries.map((e) => e.code))};

/** ${list.name}: each code's concept URI as \`base\` + its id (in the codes' order, space-separated). */
export const ELM_${constName(list.name)}_URIS = {
  base: ${str(base)},
  ids: ${packedString(
    list.entries.map((e) => e.uri.slice(base.length)),
    ' ',
  )},
} as const;
`;
  });
  return `${header(lists.map((l) => sourceOf(ELM_LISTS.find((s) => s.name === l.name).file, l.data)))}
import { codeList } from '../own.js';

${blocks.join('\n')}`;
}

function sourcesFile(isced, countries, lists) {
  const eqf = readVocab('eqf.json');
  const entries = [
    ['eqf-levels', eqf.conceptScheme, eqf.source],
    ['isced-fields', isced.data.conceptScheme, isced.data.source],
    ['countries', countries.data.conceptScheme, countries.data.source],
    ...lists.map((l) => [l.name, l.data.conceptScheme, l.data.source]),
  ];
  // Every source shares the repository, commit and folder; written once, so the bundle carries it once.
  const prefix = entries[0][2].slice(0, entries[0][2].lastIndexOf('/') + 1);
  const template = (value) => `\`\${SOURCE}${value.replace(/[`\\$]/g, '\\$&')}\``;
  const body = entries
    .map(([name, scheme, source]) => {
      if (!source.startsWith(prefix))
        throw new Error(`generate-vocab: ${name}: source ${source} is not under ${prefix}`);
      return `  ${key(name)}: {\n    schemeUri: ${str(scheme)},\n    source: ${template(source.slice(prefix.length))},\n  },`;
    })
    .join('\n');
  return `${header([`${VOCAB_DIR_LABEL}/*.json (conceptScheme and source of each file)`])}
/** The repository, commit and folder every list below was read from. */
const SOURCE = ${str(prefix)};

/** Concept scheme URI and upstream source (repository@commit:path) of each list read from the ELM files. */
export const VOCABULARY_SOURCE_DATA = {
${body}
} as const;
`;
}

function labelsFile(isced, countries, languages, lists) {
  // One constant per list, so a bundle keeps only the lists it reads.
  const table = (name, codes, labels, suffixes) =>
    `/** English labels of ${name}, in the order of its codes. */
export const EN_LABELS_${constName(name)} = /* @__PURE__ */ labelTable(
  ${codes},
  ${packedLabels(labels, suffixes !== undefined).replace(/\n/g, '\n  ')},${suffixes === undefined ? '' : `\n  [${suffixes.map(str).join(', ')}],`}
);
`;
  const parts = [
    table(
      'isced-fields',
      'ISCED_F_CODE_DATA',
      deriveFromParents(
        isced.entries.map((e) => e.code),
        isced.entries.map((e) => e.label),
        ISCED_SUFFIXES,
      ),
      ISCED_SUFFIXES,
    ),
    table(
      'countries',
      'COUNTRY_CODE_DATA',
      countries.names.map((n) => n.label),
    ),
    table(
      'languages',
      'LANGUAGE_CODE_DATA',
      languages.map((l) => l.name),
    ),
    ...lists.map((l) =>
      table(
        l.name,
        `ELM_${constName(l.name)}`,
        l.entries.map((e) => e.label),
      ),
    ),
  ];
  return `${header([
    sourceOf('isced-f.json', isced.data),
    `i18n-iso-countries@${packageVersion('i18n-iso-countries')} (English names)`,
    `langs@${packageVersion('langs')} (English names)`,
    `${VOCAB_DIR_LABEL}/*.json (English labels of the ELM lists)`,
    'Imported by the English locale and the English default of formatReport: the vocab module carries no labels.',
  ])}
import { labelTable } from '../own.js';
import { COUNTRY_CODE_DATA } from './countries.js';
import {
${lists.map((l) => `  ELM_${constName(l.name)},`).join('\n')}
} from './elm-lists.js';
import { ISCED_F_CODE_DATA } from './isced-f.js';
import { LANGUAGE_CODE_DATA } from './languages.js';

${parts.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------- entry points

function buildAll() {
  const isced = buildIscedF();
  const countries = buildCountries();
  const languages = buildLanguages();
  const lists = ELM_LISTS.map(buildElmList);
  return { isced, countries, languages, lists };
}

/**
 * Builds every generated file of src/vocab/data/.
 *
 * @returns {Record<string, string>} file contents keyed by path relative to the repository root
 */
export function generateVocab() {
  const { isced, countries, languages, lists } = buildAll();
  return {
    'src/vocab/data/countries.ts': countriesFile(countries),
    'src/vocab/data/elm-lists.ts': elmListsFile(lists),
    'src/vocab/data/isced-f.ts': iscedFFile(isced),
    'src/vocab/data/labels-en.ts': labelsFile(isced, countries, languages, lists),
    'src/vocab/data/languages.ts': languagesFile(languages),
    'src/vocab/data/sources.ts': sourcesFile(isced, countries, lists),
  };
}

/**
 * What the country mapping could not do, for the maintainer's eyes.
 *
 * @returns {{ unmappedAuthority: { suffix: string, label: string }[], withoutAuthority: string[] }}
 */
export function countryMappingReport() {
  const { unmappedAuthority, withoutAuthority } = buildCountries();
  return { unmappedAuthority, withoutAuthority };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = generateVocab();
  for (const [path, contents] of Object.entries(files)) {
    const target = join(ROOT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
    console.log(`wrote ${path}`);
  }
  const report = countryMappingReport();
  console.log('EU country authority entries with no ISO 3166-1 alpha-2 (left unmapped):');
  for (const u of report.unmappedAuthority) console.log(`  ${u.suffix}  ${u.label}`);
  console.log(`ISO 3166-1 codes with no EU country authority entry: ${report.withoutAuthority.join(', ') || '(none)'}`);
}
