import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/locales/de/index.js';
import { en } from '../../src/locales/en/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { formatReport } from '../../src/report/format-report.js';
import { evaluateStacking } from '../../src/stacking/index.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8'));

describe('formatReport renders stacking decisions too', () => {
  const portfolio = read('stacking-portfolio.json') as { credentials: unknown[] };
  const decision = evaluateStacking(
    portfolio.credentials as never,
    read('qualification.json') as never,
    read('recognition-policy.json') as never,
  );

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
