import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCompleteness, defineProfile, profiles } from '../../src/completeness/index.js';
import { de } from '../../src/locales/de/index.js';
import { en } from '../../src/locales/en/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { escapeHtml } from '../../src/report/escape-html.js';
import { formatReport } from '../../src/report/format-report.js';
import { check, NOW } from '../support/completeness.js';
import { completeExample } from '../support/examples.js';

const incomplete = () =>
  check(
    { ...completeExample(), learner: undefined, workload: { hours: '40' }, issued: '2026-01-01T00:00:00Z' },
    'estonia',
  );

describe('formatReport: text', () => {
  it('lists the profile, verdict, counts and every element with its findings', () => {
    const text = formatReport(incomplete());
    expect(text).toContain('Completeness report\n');
    expect(text).toContain('Profile: Estonia, micro-qualifications (estonia, version 2025)');
    expect(text).toContain('Credential: Data Literacy for Public Administration · urn:uuid:6f1c2f1e');
    expect(text).toContain('Reference date: 2025-07-01T00:00:00.000Z');
    expect(text).toContain('Verdict: Incomplete (errors: 1, warnings: 3, notes: 1)');
    expect(text).not.toContain('undefined');
    expect(text).toContain('[xx] (a) Identification of the learner · mandatory · Missing');
    expect(text).toContain('Error    EU-a: This element is missing. [learner]');
    expect(text).toContain(
      'Warning  EE-01: The rule is stated in ECTS credits, the workload in notional hours; without a conversion table it cannot be evaluated. [workload]',
    );
    expect(text).toContain('The date 2026-01-01T00:00:00Z is later than the reference date 2025-07-01T00:00:00.000Z.');
    expect(text).toContain('[ok] Prerequisites · optional · Present');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('merges the same finding of several rules into one line', () => {
    const report = checkCompleteness({}, { profile: profiles.microbol, now: NOW });
    expect(formatReport(report)).toContain('Error    EU-c, MB-01: This element is missing. [issuer]');
  });

  it('renders schema violations with the localised issue message', () => {
    const report = check({ ...completeExample(), level: { eqf: 9 } });
    expect(formatReport(report)).toContain(
      'EU-h: The value does not match the model: Invalid value: expected one of 1, 2, 3, 4, 5, 6, 7, 8. [level.eqf]',
    );
    expect(formatReport(report, { locale: de })).toContain('Der Wert entspricht nicht dem Modell: Ungültiger Wert');
  });

  it('is localised per call, with labels for codes in params', () => {
    const report = incomplete();
    const german = formatReport(report, { locale: de });
    expect(german).toContain('Vollständigkeitsbericht');
    expect(german).toContain('Ergebnis: Unvollständig');
    expect(german).toContain('(a) Identifizierung der lernenden Person · verpflichtend · Fehlt');
    expect(german).toContain('Lernstunden');
    const french = formatReport(report, { locale: fr });
    expect(french).toContain('Rapport de complétude');
    expect(french).toContain('heures de travail théoriques');
    expect(formatReport(report)).toBe(formatReport(report, { locale: en })); // nothing global changed
  });

  it('neutralises control characters of hostile values', () => {
    const report = check({ ...completeExample(), title: 'Data\u001b[31m red \u0007', ['x\u001b[2J']: 1 });
    const text = formatReport(report);
    const controls = [...text].filter((c) => c !== '\n' && ((c.codePointAt(0) ?? 0) < 0x20 || c === '\u007f'));
    expect(controls).toEqual([]);
    expect(text).toContain('Data\uFFFD[31m red \uFFFD');
  });

  it('shows the code of a reason the catalogue does not know (a report from a newer version)', () => {
    const report = incomplete();
    const entry = report.entries[0] as (typeof report.entries)[number];
    const newer = {
      ...report,
      entries: [{ ...entry, findings: [{ ...entry.findings[0], reason: 'brand_new_reason' }] }],
    } as never;
    expect(formatReport(newer)).toContain('EU-a: brand_new_reason');
  });

  it('rejects an unknown kind, format, option or locale', () => {
    const report = incomplete();
    expect(() => formatReport({ ...report, kind: 'transcript' } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID', option: 'report.kind' }),
    );
    expect(() => formatReport(null as never)).toThrow(expect.objectContaining({ option: 'report.kind' }));
    expect(() => formatReport(report, { format: 'pdf' } as never)).toThrow(
      expect.objectContaining({ option: 'format' }),
    );
    expect(() => formatReport(report, { colour: true } as never)).toThrow(
      expect.objectContaining({ option: 'colour' }),
    );
    expect(() => formatReport(report, { locale: 'de' } as never)).toThrow(
      expect.objectContaining({ option: 'locale' }),
    );
    expect(() => formatReport(report, 'html' as never)).toThrow(expect.objectContaining({ option: 'options' }));
  });
});

describe('formatReport: HTML', () => {
  const page = formatReport(incomplete(), { format: 'html', locale: fr });

  it('is a complete, self-contained page in the report language', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    expect(page).toContain('<title>Rapport de complétude : Data Literacy for Public Administration</title>');
  });

  it('uses a captioned table with column and row headers, and statuses in words', () => {
    expect(page).toContain('<caption>Éléments vérifiés selon Estonie, microqualifications</caption>');
    expect(page.match(/<th scope="col">/g)).toHaveLength(4);
    expect(page.match(/<th scope="row">/g)).toHaveLength(incomplete().entries.length);
    expect(page).toContain('<span aria-hidden="true">✗</span> Manquant');
    expect(page).toContain('<span class="verdict verdict-incomplete">Incomplet</span>');
  });

  it('shows the note of an element without findings', () => {
    expect(page).toContain(
      '<span class="muted">Présent et valide.</span> <span class="rule muted">(Règle EU-b, NMC-01)</span>',
    );
  });
});

describe('hostile strings stay inert in HTML', () => {
  const PAYLOADS = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '</td></tr></table><iframe src="javascript:alert(1)">',
    '&lt;script&gt; &amp; <!-- --> <![CDATA[x]]>',
    '<style>body{display:none}</style>',
  ];
  const ALLOWED_TAGS = new Set([
    '!DOCTYPE',
    'html',
    'head',
    'meta',
    'title',
    'style',
    'body',
    'main',
    'h1',
    'dl',
    'dt',
    'dd',
    'span',
    'code',
    'table',
    'caption',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'ul',
    'li',
  ]);

  function hostileDraft(p: string): Record<string, unknown> {
    const mc = completeExample();
    return {
      ...mc,
      id: `urn:x:${p.replace(/\s/g, '_')}`,
      title: { en: p, fr: `${p} diplôme` },
      learner: { fullName: p, [p]: p },
      issuer: { legalName: p, country: 'NL', region: p },
      learningOutcomes: [{ text: p }],
      assessment: { types: ['quiz'], description: p },
      qualityAssurance: [{ type: 'internal-quality-assurance', title: p }],
      grade: { value: p, scheme: p },
      prerequisites: p,
      [p]: { [p]: p },
    };
  }

  const ALLOWED_ATTRIBUTES = new Set([
    'lang',
    'charset',
    'name',
    'content',
    'http-equiv',
    'class',
    'scope',
    'aria-hidden',
  ]);

  /** Every `<` left in the page opens one of our tags, whose attributes are ours; the payload is only text. */
  function checkInert(html: string): void {
    for (const [tag] of html.matchAll(/<[^>]*>/g)) {
      const name = /^<\/?([!A-Za-z][A-Za-z0-9]*)/.exec(tag)?.[1];
      expect(ALLOWED_TAGS.has(name as string), `unexpected tag ${tag}`).toBe(true);
      const bare = tag.replace(/"[^"]*"/g, '""');
      const attributes = [...bare.matchAll(/\s([^\s=>]+)=/g)].map((m) => m[1]);
      expect(bare.match(/=/g)?.length ?? 0).toBe(attributes.length);
      for (const attribute of attributes) expect(ALLOWED_ATTRIBUTES.has(attribute as string), `in ${tag}`).toBe(true);
      expect(tag).not.toMatch(/javascript:/i);
    }
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<title>/g)).toHaveLength(1);
  }

  it.each(PAYLOADS)('in every text field, unknown key and custom text: %s', (p) => {
    const profile = defineProfile({
      id: 'hostile',
      version: p,
      title: p,
      elements: { b: { requirement: 'mandatory', rule: 'H-1' } },
      rules: [
        { id: 'H-2', element: 'b', severity: 'warning', check: () => [{ reason: 'custom', params: { text: p } }] },
      ],
    });
    for (const locale of [en, de, fr]) {
      checkInert(formatReport(check(hostileDraft(p)), { format: 'html', locale }));
      checkInert(formatReport(checkCompleteness(hostileDraft(p), { profile }), { format: 'html', locale }));
      checkInert(formatReport(check(hostileDraft(p), 'nzqa'), { format: 'html', locale }));
    }
  });

  it('stays inert for any string in the title, an unknown key or a custom rule text (property)', () => {
    const nasty = fc.string({
      unit: fc.constantFrom('<', '>', '"', "'", '&', '/', '=', ' ', 'a', 'é', '\u2028', '\u0000'),
    });
    fc.assert(
      fc.property(nasty, nasty, (title, key) => {
        const draft = { ...completeExample(), title: `x${title}`, [`k${key}`]: key };
        checkInert(formatReport(check(draft), { format: 'html' }));
      }),
      { numRuns: 200 },
    );
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
