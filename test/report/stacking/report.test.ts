import { describe, expect, it } from 'vitest';
import { deStackingMessages } from '../../../src/locales/de/stacking.js';
import { en } from '../../../src/locales/en/index.js';
import { frStackingMessages } from '../../../src/locales/fr/stacking.js';
import { escapeHtml } from '../../../src/report/escape-html.js';
import { formatStackingDecision } from '../../../src/report/stacking/format-stacking-decision.js';
import { creditText, pickText } from '../../../src/report/stacking/localize.js';
import { evaluateStacking } from '../../../src/stacking/evaluate-stacking.js';
import { credential, exception, group, policy, target } from '../../stacking/fixtures.js';

const de = { ...en, locale: 'de', stacking: deStackingMessages };
const fr = { ...en, locale: 'fr', stacking: frStackingMessages };
const hostile = '<script>alert("x")</script> & \'quotes\'';

const decision = evaluateStacking(
  [
    credential('a', '4', { title: hostile, outcomeIds: ['skill:a', 'skill:shared'] }),
    credential('b', '50', { credit: { value: '50', unit: 'HOURS' }, outcomeIds: ['skill:shared'] }),
    credential('c', '2', { assessed: false }),
    credential('d', '3', { qaTypes: ['internal-quality-assurance'] }),
    credential('e', '2', { qaTypes: ['internal-quality-assurance'], outcomeIds: ['skill:e'] }),
    credential('f', '2'),
  ],
  target(
    '12',
    [
      group('core', { title: { en: 'Core <b>', de: 'Kern', fr: 'Tronc commun' }, minEcts: '8' }),
      group('extra', { minCount: 1 }),
    ],
    {
      title: { en: 'Certificate', de: 'Zertifikat' },
    },
  ),
  policy({
    caps: [
      {
        id: 'internal',
        appliesTo: { qaTypes: ['internal-quality-assurance'] },
        maxEcts: '3',
        mode: 'wholeCredentials',
      },
    ],
  }),
  {
    exceptions: [
      exception('x1', 'waive', { requirement: 'extra', part: 'minCount' }),
      exception('x2', 'exclude', { credentialId: 'f' }),
    ],
  },
);

describe('formatStackingDecision', () => {
  it('writes text with the status in words, the advice notice, what is missing and each reason', () => {
    const text = formatStackingDecision(decision, { locale: en });
    expect(decision.status).toBe('not-eligible');
    expect(text).toContain('Status: Does not meet the configured rules');
    expect(text).toContain('It is not an award');
    expect(text).toContain('total: 12 ECTS needed, 26/3 (≈ 8.67) counted, 10/3 (≈ 3.33) missing.');
    expect(text).toContain('The learning outcomes were not assessed.');
    expect(text).toContain('Left out as a whole to stay within cap internal.');
    expect(text).toContain('Excluded by recorded decision x2.');
    expect(text).toContain('This result relies on the recorded exceptions listed below.');
    expect(text).toContain('Shares learning outcomes with');
    expect(text).toContain('At least 10/3 (≈ 3.33) ECTS more are needed.');
    expect(text.endsWith('\n')).toBe(true);
    expect(formatStackingDecision(decision, { locale: en, format: 'text' })).toBe(text);
  });

  it('writes a self-contained, accessible HTML page with every value escaped', () => {
    const html = formatStackingDecision(decision, { locale: en, format: 'html' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    expect(html).toContain('Core &lt;b&gt;');
    expect(html).toContain('<caption>Requirements</caption>');
    expect(html).toContain('<th scope="col">Requirement</th>');
    expect(html).toMatch(/<th scope="row">/);
    expect(html).toContain(
      'class="status status-not-eligible" role="status"><p><strong>Status: Does not meet the configured rules</strong>',
    );
    expect(html).not.toMatch(/(src|href)=/);
  });

  it('writes German and French with their decimal comma and titles in the right language', () => {
    const text = formatStackingDecision(decision, { locale: de });
    expect(text).toContain('Status: Erfüllt die festgelegten Regeln nicht');
    expect(text).toContain('Anrechnungsentscheidung: Zertifikat');
    expect(text).toContain('26/3 (≈ 8,67)');
    expect(text).toContain('Kern');
    const html = formatStackingDecision(decision, { locale: fr, format: 'html' });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Ne satisfait pas aux règles configurées');
    expect(html).toContain('Tronc commun');
  });

  it('reports eligible, undetermined and error decisions', () => {
    const eligible = evaluateStacking([credential('a', '5')], target('5', []), policy());
    expect(formatStackingDecision(eligible, { locale: en })).toContain('Meets the configured rules');
    const partition = ['8', '7', '6', '5', '4', '3', '3'].map((v, i) => credential(`c${i}`, v));
    const undetermined = evaluateStacking(
      partition,
      target('36', [group('l', { minEcts: '18' }), group('r', { minEcts: '18' })]),
      policy(),
      { nodeBudget: 3 },
    );
    const text = formatStackingDecision(undetermined, { locale: fr });
    expect(text).toContain('À examiner');
    expect(text).toContain('ce n’est pas un « non »');
    const error = evaluateStacking([credential('bad', 'x')], target('5', []), policy());
    const html = formatStackingDecision(error, { locale: de, format: 'html' });
    expect(html).toContain('Nicht auswertbar');
    expect(html).toContain('Nachweis bad hat einen Leistungspunktwert');
    expect(html).not.toContain('<table>');
  });

  it('refuses something that is not a stacking decision, a locale without stacking texts, an unknown format', () => {
    const err = { code: 'ERR_OPTIONS_INVALID' };
    expect(() => formatStackingDecision({ kind: 'completeness' } as never, { locale: en })).toThrow(
      expect.objectContaining(err),
    );
    expect(() => formatStackingDecision(decision, { locale: { ...en, stacking: undefined } as never })).toThrow(
      expect.objectContaining(err),
    );
    expect(() => formatStackingDecision(decision, undefined as never)).toThrow(expect.objectContaining(err));
    expect(() => formatStackingDecision(decision, { locale: en, format: 'pdf' as never })).toThrow(
      expect.objectContaining(err),
    );
  });
});

describe('report helpers', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('writes credits in the locale, with an approximation for fractions', () => {
    expect(creditText('22.5', en)).toBe('22.5');
    expect(creditText('22.5', de)).toBe('22,5');
    expect(creditText('2/3', en)).toBe('2/3 (≈ 0.67)');
    expect(creditText('1/200', fr)).toBe('1/200 (≈ 0,01)');
  });

  it('picks a title in the locale, its language, English or the first one', () => {
    expect(pickText({ 'de-AT': 'x', en: 'y' }, 'de-AT')).toBe('x');
    expect(pickText({ de: 'x', en: 'y' }, 'de-CH')).toBe('x');
    expect(pickText({ en: 'y', nl: 'z' }, 'fr')).toBe('y');
    expect(pickText({ nl: 'z' }, 'fr')).toBe('z');
    expect(pickText(undefined, 'fr')).toBeUndefined();
  });
});
