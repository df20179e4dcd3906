/**
 * docs/guides/errors-and-reasons.md lists every code of every closed list: error codes, validation issue
 * codes, interop warning codes (and, as those modules land, completeness and stacking codes). The tables
 * between `<!-- generated:<id> -->` markers are generated here from the lists themselves, so a new code
 * that the reference lacks fails this test. `UPDATE_REFERENCE=1 npx vitest run test/docs/reference` rewrites
 * them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLETENESS_REASONS, COMPLETENESS_VERDICTS, ELEMENT_STATUSES } from '../../src/completeness/index.js';
import { MICROCRED_ERROR_CODES, VALIDATION_ISSUE_CODES } from '../../src/errors.js';
import { INTEROP_WARNING_CODES, type InteropWarningCode } from '../../src/interop/index.js';
import { en } from '../../src/locales/index.js';
import { STACKING_INPUT_ERROR_CODES, STACKING_REASON_CODES, STACKING_WARNING_CODES } from '../../src/stacking/index.js';

const FILE = new URL('../../docs/guides/errors-and-reasons.md', import.meta.url);

/** What each interop warning means (the locale has no catalogue for them: they carry their own message). */
const INTEROP_WARNINGS: Readonly<Record<InteropWarningCode, string>> = {
  'unknown-property': 'A property microcred does not model; kept in `extensions`.',
  'unknown-concept':
    'A concept outside the controlled list microcred knows; kept as an external concept (or in `extensions` where the model takes only list codes).',
  'unmapped-value':
    'A value with no counterpart in the model (an unknown country or language, an ELM supervision concept without an Annex value, a credit system without a unit); kept in `extensions`.',
  'invalid-value': 'A value of the wrong shape; kept in `extensions`.',
  'date-fallback': 'The date of issuing (Annex I (e)) was not stated and was read from `validFrom`.',
  'element-missing': 'A mandatory Annex I element is absent from the document (the result is a draft).',
  'extension-ignored': 'A microcred extension value that is not valid for the model; kept in `extensions`.',
  'not-native': '(export) An element the target format cannot hold natively went into the microcred extension context.',
  'community-term':
    'A term of a community extension (Edubadges, DC4EU, MyNextID or your own) was read as an Annex I element; the message names the term and the extension.',
};

interface Section {
  readonly id: string;
  readonly header: readonly [string, string];
  readonly codes: readonly string[];
  readonly describe: (code: string) => string | undefined;
}

const SECTIONS: readonly Section[] = [
  {
    id: 'errors',
    header: ['code', 'meaning (English message from `microcred/locales`)'],
    codes: MICROCRED_ERROR_CODES,
    describe: (code) => en.errors[code as keyof typeof en.errors],
  },
  {
    id: 'issues',
    header: ['code', 'message template (`{param}` is filled from `issue.params`)'],
    codes: VALIDATION_ISSUE_CODES,
    describe: (code) => en.issues[code as keyof typeof en.issues],
  },
  {
    id: 'completeness-verdicts',
    header: ['verdict', 'meaning'],
    codes: COMPLETENESS_VERDICTS,
    describe: (code) => en.completeness.verdicts[code as keyof typeof en.completeness.verdicts],
  },
  {
    id: 'completeness-statuses',
    header: ['element status', 'meaning'],
    codes: ELEMENT_STATUSES,
    describe: (code) => en.completeness.statuses[code as keyof typeof en.completeness.statuses],
  },
  {
    id: 'completeness-reasons',
    header: ['reason code', 'English text (`{param}` is filled from the finding’s `params`)'],
    codes: COMPLETENESS_REASONS,
    describe: (code) => en.completeness.reasons[code as keyof typeof en.completeness.reasons],
  },
  {
    id: 'stacking-reasons',
    header: ['reason code', 'English text'],
    codes: STACKING_REASON_CODES,
    describe: (code) => en.stacking.reasons[code as keyof typeof en.stacking.reasons],
  },
  {
    id: 'stacking-warnings',
    header: ['warning code', 'English text'],
    codes: STACKING_WARNING_CODES,
    describe: (code) => en.stacking.warnings[code as keyof typeof en.stacking.warnings],
  },
  {
    id: 'stacking-input-errors',
    header: ['input error code', 'English text'],
    codes: STACKING_INPUT_ERROR_CODES,
    describe: (code) => en.stacking.inputErrors[code as keyof typeof en.stacking.inputErrors],
  },
  {
    id: 'interop-warnings',
    header: ['code', 'meaning'],
    codes: INTEROP_WARNING_CODES,
    describe: (code) => INTEROP_WARNINGS[code as InteropWarningCode],
  },
];

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(section: Section): string {
  const rows = section.codes.map((code) => {
    const meaning = section.describe(code);
    if (meaning === undefined) throw new Error(`${section.id}: no description for ${code}`);
    return `| \`${code}\` | ${cell(meaning)} |`;
  });
  return [`| ${section.header[0]} | ${section.header[1]} |`, '|---|---|', ...rows].join('\n');
}

function generate(text: string): string {
  let out = text;
  for (const section of SECTIONS) {
    const marker = new RegExp(`(<!-- generated:${section.id} -->)[\\s\\S]*?(<!-- /generated:${section.id} -->)`);
    if (!marker.test(out)) throw new Error(`the reference has no <!-- generated:${section.id} --> block`);
    out = out.replace(marker, (_, open: string, close: string) => `${open}\n${table(section)}\n${close}`);
  }
  return out;
}

describe('the error and reason code reference', () => {
  const committed = readFileSync(FILE, 'utf8');
  const expected = generate(committed);
  if (process.env['UPDATE_REFERENCE'] === '1' && expected !== committed) writeFileSync(FILE, expected);

  it('has a generated table of every closed list, in step with the code', () => {
    expect(committed).toBe(expected);
  });

  it.each(SECTIONS.flatMap((s) => s.codes.map((code) => [s.id, code] as const)))('%s lists %s', (_, code) => {
    expect(committed).toContain(`| \`${code}\` |`);
  });
});
