import { describe, expect, it } from 'vitest';
import { de } from '../../src/locales/de/index.js';
import { en } from '../../src/locales/en/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { formatReport } from '../../src/report/format-report.js';
import { exampleDecision } from '../support/example-decision.js';

describe('formatReport renders stacking decisions too', () => {
  const decision = exampleDecision();

  it.each([
    ['en', en],
    ['de', de],
    ['fr', fr],
  ] as const)('in %s, as text and as a self-contained HTML page', (tag, locale) => {
    const text = formatReport(decision, { locale });
    expect(text.length).toBeGreaterThan(100);
    const html = formatReport(decision, { locale, format: 'html' });
    expect(html).toMatch(new RegExp(`<html lang="${tag}"`));
    expect(html).not.toMatch(/<script/i);
  });
});
