import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../src/errors.js';
import { fromOpenBadge, fromVerifiableCredential } from '../../src/interop/index.js';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
// Shapes as the OB 3.0 and CLR 2.0 specifications define them (EndorsementCredential / EndorsementSubject;
// ClrCredential / ClrSubject with verifiableCredential[]).
const endorsement = {
  '@context': [V2, OB],
  id: 'urn:uuid:1e5c3ad2-8c38-4f7e-9a7b-0b6f0c1f2b3a',
  type: ['VerifiableCredential', 'EndorsementCredential'],
  issuer: { id: 'https://accreditor.example', type: ['Profile'], name: 'Accreditor' },
  validFrom: '2025-01-01T00:00:00Z',
  credentialSubject: {
    id: 'https://uni.example/achievements/data-literacy',
    type: ['EndorsementSubject'],
    endorsementComment: 'Meets our standard.',
  },
};
const clr = {
  '@context': [V2, 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', OB],
  id: 'urn:uuid:5b0f1d9e-2b0e-4d8f-8a2c-7c4f3e2d1b0a',
  type: ['VerifiableCredential', 'ClrCredential'],
  issuer: { id: 'https://uni.example', type: ['Profile'], name: 'Uni' },
  validFrom: '2025-01-01T00:00:00Z',
  credentialSubject: { type: ['ClrSubject'], verifiableCredential: [] },
};

function codeOf(f: () => unknown): { code: string | undefined; message: string } {
  try {
    f();
  } catch (e) {
    return { code: isMicrocredError(e) ? e.code : undefined, message: (e as Error).message };
  }
  return { code: undefined, message: '' };
}

describe('credentials that award no achievement are not micro-credentials', () => {
  it.each([
    ['fromOpenBadge', fromOpenBadge],
    ['fromVerifiableCredential', fromVerifiableCredential],
  ] as const)('%s refuses an EndorsementCredential, naming what it endorses', (_, importer) => {
    const { code, message } = codeOf(() => importer(endorsement));
    expect(code).toBe('ERR_INTEROP_NOT_ACHIEVEMENT');
    expect(message).toContain('EndorsementCredential');
    expect(message).toContain('https://uni.example/achievements/data-literacy');
  });
  it('recognises an endorsement by its subject type alone', () => {
    const { code } = codeOf(() => fromOpenBadge({ ...endorsement, type: ['VerifiableCredential'] }));
    expect(code).toBe('ERR_INTEROP_NOT_ACHIEVEMENT');
  });
  it('refuses a ClrCredential, saying it is a bundle', () => {
    const { code, message } = codeOf(() => fromOpenBadge(clr));
    expect(code).toBe('ERR_INTEROP_NOT_ACHIEVEMENT');
    expect(message).toMatch(/bundle/);
  });
  it('still reads an achievement credential', () => {
    const badge = { ...endorsement, type: ['VerifiableCredential', 'OpenBadgeCredential'] };
    const subject = { id: 'did:example:learner', type: ['AchievementSubject'], achievement: { name: 'X' } };
    expect(codeOf(() => fromOpenBadge({ ...badge, credentialSubject: subject })).code).toBeUndefined();
  });
});
