import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../src/errors.js';
import { fromOpenBadge, type ImportedDraft } from '../../src/interop/index.js';
import { readJsonFixture } from '../support/fixtures.js';

const example = (name: string): Record<string, unknown> =>
  readJsonFixture<Record<string, unknown>>(`standards/openbadges/examples/${name}`);

function draftOf(name: string): ImportedDraft {
  const result = fromOpenBadge(example(name));
  if (result.complete) throw new Error(`${name} unexpectedly holds every Annex I element`);
  return result;
}

/** What an Open Badge cannot hold natively, so a foreign badge never has it (Annex I (f), (g), (h), (j), (k)). */
const NEVER_IN_A_PLAIN_BADGE = ['learningOutcomes', 'workload', 'level', 'participation', 'qualityAssurance'];

describe('official Open Badges 3.0 examples import, and report what they really contain', () => {
  it('basic OpenBadgeCredential: (a) learner id, (b) title, (d) the issuer as awarding body, (e) from validFrom', () => {
    const r = draftOf('basicOpenBadgeCredential.json');
    expect(r.draft.learner).toEqual({ id: 'did:example:ebfeb1f712ebc6f1c276e12ec21' });
    expect(r.draft.title).toBe('Teamwork');
    expect(r.draft.awardingBodies).toEqual([{ id: 'https://example.com/issuers/876543', legalName: 'Example Corp' }]);
    expect(r.draft.issued).toBe('2010-01-01T00:00:00Z');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'date-fallback', path: ['validFrom'] }));
    expect(r.missing).toEqual(NEVER_IN_A_PLAIN_BADGE);
    // (c) the issuer states no country: the issuer is read, the country is not invented.
    expect(r.draft.issuer).toEqual({ id: 'https://example.com/issuers/876543', legalName: 'Example Corp' });
    expect(r.issues.map((i) => i.path.join('.'))).toContain('issuer.country');
    // The credential's display name differs from the achievement name: kept, not dropped.
    expect(r.draft.extensions).toEqual({ 'ob3:/name': 'Teamwork Badge' });
  });

  it('complete OpenBadgeCredential: country from the address, bare creditsAvailable kept without a unit', () => {
    const r = draftOf('fullOpenBadge.json');
    expect(r.draft.issuer).toMatchObject({ country: 'US', legalName: '1EdTech University' });
    expect(r.draft.learner).toMatchObject({
      identifiers: [expect.objectContaining({ type: 'emailAddress' }), expect.anything()],
    });
    expect(r.draft.workload).toBeUndefined();
    const ext = r.draft.extensions as Record<string, unknown>;
    expect(ext['ob3:/credentialSubject/achievement/creditsAvailable']).toBe(36);
    expect(ext['ob3:/credentialSubject/creditsEarned']).toBe(42);
    expect(ext['ob3:/credentialSubject/achievement/tag']).toEqual(['research', 'computer science']);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unmapped-value',
        path: ['credentialSubject', 'achievement', 'creditsAvailable'],
      }),
    );
    // Every warning that kept a value names where; every kept value has its warning.
    const kept = r.warnings.flatMap((w) => (w.extensionKey === undefined ? [] : [w.extensionKey]));
    expect(kept.sort()).toEqual(Object.keys(ext).sort());
    expect(r.missing).toEqual(NEVER_IN_A_PLAIN_BADGE);
  });

  it('alignment and skill examples: CASE alignments are kept as unknown concepts, not read as outcomes', () => {
    for (const name of ['achievementAlignmentCase.json', 'skillAssertionCase.json']) {
      const r = draftOf(name);
      expect(r.draft.learningOutcomes).toBeUndefined();
      expect(r.warnings).toContainEqual(
        expect.objectContaining({
          code: 'unknown-concept',
          path: ['credentialSubject', 'achievement', 'alignment', 0],
        }),
      );
    }
  });

  it('reject mode throws ERR_INTEROP_UNMAPPABLE with the path of the first unmappable part', () => {
    try {
      fromOpenBadge(example('basicOpenBadgeCredential.json'), { unmappable: 'reject' });
      expect.unreachable();
    } catch (e) {
      expect(isMicrocredError(e, 'ERR_INTEROP_UNMAPPABLE')).toBe(true);
      expect((e as { path: unknown }).path).toEqual(['name']);
    }
  });

  it('requireComplete throws the validation error with every missing element', () => {
    expect(() => fromOpenBadge(example('basicOpenBadgeCredential.json'), { requireComplete: true })).toThrow(
      expect.objectContaining({ code: 'ERR_VALIDATION' }),
    );
  });
});
