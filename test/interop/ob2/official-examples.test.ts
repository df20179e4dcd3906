import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import { fromOpenBadge2, matchesRecipient } from '../../../src/interop/index.js';
import { readFixtureText } from '../../support/fixtures.js';
import { exampleBlocks, type Site, siteFetch } from './ob2-support.js';

// The IMS Open Badges 2.0 examples page (vendored unchanged). Its BadgeClass example has line breaks inside a
// string, which JSON does not allow: they are folded to spaces before parsing; nothing else is changed.
const blocks = exampleBlocks(readFixtureText('ob2/ob_v2p0-examples-index.md'));
const json = (i: number): Record<string, unknown> => JSON.parse((blocks[i] as string).replace(/\n\s*/g, ' '));
const assertion = json(0);
const badgeClass = json(1);
const issuer = json(2);
const key = json(8);
const revocationList = json(9);
const revokedHosted = json(10);
const signedExample = (blocks[4] as string).replace(/\s+/g, '');

const site: Site = {
  'https://example.org/beths-robotics-badge.json': { body: assertion },
  'https://example.org/robotics-badge.json': { body: badgeClass },
  'https://example.org/organization.json': { body: issuer },
  'https://example.org/publicKey.json': { body: key },
  'https://example.org/revocationList.json': { body: revocationList },
};
const during = new Date('2017-03-01T00:00:00Z');

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isMicrocredError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('Open Badges 2.0: the official IMS examples', () => {
  it('the examples are what the test expects (types and ids read by hand)', () => {
    expect([assertion['type'], badgeClass['type'], issuer['type'], key['type'], revocationList['type']]).toEqual([
      'Assertion',
      'BadgeClass',
      'Issuer',
      'CryptographicKey',
      'RevocationList',
    ]);
    expect(revokedHosted['revoked']).toBe(true);
  });

  it('the hosted example verifies against its hosted BadgeClass and issuer, and imports as a draft', async () => {
    const asked: string[] = [];
    const result = await fromOpenBadge2(assertion, { now: during, fetch: siteFetch(site, asked) });
    expect(asked).toEqual([
      'https://example.org/beths-robotics-badge.json',
      'https://example.org/robotics-badge.json',
      'https://example.org/organization.json',
    ]);
    expect(result.verification).toEqual({
      method: 'hosted',
      assertionId: 'https://example.org/beths-robotics-badge.json',
      badgeId: 'https://example.org/robotics-badge.json',
      issuerId: 'https://example.org/organization.json',
      expires: '2017-06-30T23:59:59Z',
      verifiedAt: '2017-03-01T00:00:00.000Z',
    });
    expect(result.complete).toBe(false);
    if (result.complete) return;
    const provider = {
      id: 'https://example.org/organization.json',
      legalName: 'An Example Badge Issuer',
      homepage: 'https://example.org',
      email: 'contact@example.org',
    };
    expect(result.draft).toEqual({
      id: 'https://example.org/beths-robotics-badge.json',
      specificationId: 'https://example.org/robotics-badge.json',
      learner: {
        identifiers: [
          {
            type: 'email',
            value: 'sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5',
            hashed: true,
            salt: 'deadsea',
          },
        ],
      },
      title: 'Awesome Robotics Badge',
      description: 'For doing awesome things with robots that people think is pretty great.',
      issuer: provider,
      awardingBodies: [provider],
      issued: '2016-12-31T23:59:59Z',
      learningOutcomes: [
        {
          text: 'CCSS.ELA-Literacy.RST.11-12.3',
          relatedSkills: ['http://www.corestandards.org/ELA-Literacy/RST/11-12/3'],
        },
        {
          text: 'Problem-Solving',
          relatedSkills: ['https://learning.mozilla.org/en-US/web-literacy/skills#problem-solving'],
        },
      ],
      validUntil: '2017-06-30T23:59:59Z',
      extensions: expect.objectContaining({
        'ob2:/image': 'https://example.org/beths-robot-badge.png',
        'ob2:/evidence': 'https://example.org/beths-robot-work.html',
        'ob2:/badge/criteria': 'https://example.org/robotics-badge.html',
        'ob2:/badge/tags': ['robots', 'awesome'],
      }),
    });
    // What OB 2.0 cannot carry is reported, never invented.
    expect(result.missing).toEqual(['workload', 'level', 'assessment', 'participation', 'qualityAssurance']);
    expect(result.issues.map((i) => i.path.join('.'))).toContain('issuer.country');
  });

  it('the hosted example given by URL alone gives the same result', async () => {
    const byUrl = await fromOpenBadge2('https://example.org/beths-robotics-badge.json', {
      now: during,
      fetch: siteFetch(site),
    });
    expect(byUrl.verification.method).toBe('hosted');
    expect(byUrl.assertion).toEqual(assertion);
  });

  it('after its expires date the hosted example is refused', async () => {
    expect(
      await code(fromOpenBadge2(assertion, { now: new Date('2017-07-01T00:00:00Z'), fetch: siteFetch(site) })),
    ).toBe('ERR_JWT_EXPIRED');
  });

  it('the revoked-assertion example: 410 Gone, and a 200 with revoked: true, are revocations', async () => {
    const gone = { ...site, 'https://example.org/beths-robotics-badge.json': { status: 410, body: revokedHosted } };
    expect(await code(fromOpenBadge2(assertion, { now: during, fetch: siteFetch(gone) }))).toBe(
      'ERR_CREDENTIAL_REVOKED',
    );
    const flagged = { ...site, 'https://example.org/beths-robotics-badge.json': { body: revokedHosted } };
    expect(await code(fromOpenBadge2(assertion, { now: during, fetch: siteFetch(flagged) }))).toBe(
      'ERR_CREDENTIAL_REVOKED',
    );
  });

  it('the signed example names a creator key the issuer does not list, so it is refused before any signature check', async () => {
    // Its payload uses the legacy "verify" and creator https://example.org/publicKey; the issuer lists …/publicKey.json.
    expect(await code(fromOpenBadge2(signedExample, { now: during, fetch: siteFetch(site) }))).toBe(
      'ERR_KEY_RESOLUTION',
    );
  });

  it('the IdentityHash example: sha256 of "mayze"', async () => {
    const recipient = {
      type: 'email',
      hashed: true,
      identity: 'sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6',
    };
    expect(await matchesRecipient(recipient, 'mayze')).toBe(true);
    expect(await matchesRecipient(recipient, 'mayze2')).toBe(false);
  });
});
