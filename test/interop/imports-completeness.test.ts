import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../src/completeness/index.js';
import { fromElm } from '../../src/interop/elm/from-elm.js';
import { fromOpenBadge } from '../../src/interop/ob3/from-open-badge.js';
import { readJsonFixture } from '../support/fixtures.js';

/**
 * Official documents from other systems, imported and then checked against Annex I: the report must say
 * what the documents really contain, nothing more and nothing less.
 */
const NOW = '2026-01-01T00:00:00Z';

function statusByElement(input: unknown): Record<string, string> {
  const report = checkCompleteness(input, { now: NOW });
  return Object.fromEntries(report.entries.map((e) => [e.element, e.status]));
}

describe('completeness of imported official documents (eu2022)', () => {
  it('the ELM Annex I sample: every mandatory element present except quality assurance (k)', () => {
    const imported = fromElm(readJsonFixture('standards/elm/examples/Sample-MC-Annex1-unsigned.jsonld'));
    expect(imported.complete).toBe(false);
    const draft = imported.complete ? imported.credential : imported.draft;
    const status = statusByElement(draft);
    for (const element of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) {
      expect(status[element], `element (${element})`).not.toBe('missing');
      expect(status[element], `element (${element})`).not.toBe('invalid');
    }
    expect(status['k']).toBe('missing');
    const report = checkCompleteness(draft, { now: NOW });
    expect(report.verdict).not.toBe('complete');
  });

  it('the OB 3.0 spec examples lack the elements Open Badges cannot carry natively', () => {
    const imported = fromOpenBadge(readJsonFixture('standards/openbadges/examples/basicOpenBadgeCredential.json'));
    const draft = imported.complete ? imported.credential : imported.draft;
    const status = statusByElement(draft);
    // A plain badge has no level, participation form or quality assurance: those must be reported, not invented.
    for (const element of ['h', 'j', 'k']) expect(status[element], `element (${element})`).toBe('missing');
  });
});
