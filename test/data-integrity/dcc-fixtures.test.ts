import { describe, expect, it } from 'vitest';
import { verifyDataIntegrityDocument } from '../../src/data-integrity/index.js';
import { combineResolvers, didKeyResolver, didWebResolver } from '../../src/jwt/index.js';
import { fakeFetch } from '../jwt/fake-fetch.js';
import { readFixtureText, readJsonFixture, recordedSums } from '../support/fixtures.js';

/**
 * The Digital Credentials Consortium's public test credentials (digitalcredentials/vc-test-fixtures): Open Badges
 * 3.0 credentials under VC 1.1 and 2.0, signed with Ed25519Signature2020, eddsa-rdfc-2022 or both, by did:key
 * and did:web issuers, with Bitstring Status List entries. Each name says what a verifier must conclude:
 * `<registry>-<status>-<expiry>[-variant]`.
 */
const DCC = 'data-integrity/dcc/';
const FIXTURES = [...recordedSums().keys()]
  .filter((path) => path.startsWith(`${DCC}verifiableCredentials/`))
  .map((path) => path.slice(DCC.length));

const DID_WEB = 'https://digitalcredentials.github.io/vc-test-fixtures/dids/';
const STATUS = 'https://digitalcredentials.github.io/vc-test-fixtures/statusLists/didkey-ed25519Signature2020/';
const VERIFIER_CORE_STATUS =
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';

const routes = {
  [`${DID_WEB}legacy/did.json`]: { body: readFixtureText(`${DCC}dids/legacy/did.json`) },
  [`${DID_WEB}oidf/did.json`]: { body: readFixtureText(`${DCC}dids/oidf/did.json`) },
  ...Object.fromEntries(
    ['e5WK8CbZ1GjycuPombrj', 'expired', 'missingBitStringType', 'notYetValid', 'tampered'].map((name) => [
      `${STATUS}${name}`,
      { body: readFixtureText(`${DCC}statusLists/didkey-ed25519Signature2020/${name}`) },
    ]),
  ),
  [VERIFIER_CORE_STATUS]: { body: readFixtureText(`${DCC}verifier-core/status/e5WK8CbZ1GjycuPombrj`) },
};

const keys = () => combineResolvers([didKeyResolver(), didWebResolver({ fetch: fakeFetch(routes) })]);
const NOW = new Date('2026-06-01T00:00:00Z');

/** Files that are empty in the source repository (nothing to verify). */
const EMPTY = new Set(['verifiableCredentials/v1/ed25519/didKey/legacy-noStatus-noExpiry.json']);

/**
 * What a verifier must conclude from the proofs and dates alone, from the fixture's name (and, for two files,
 * from what they contain): the error code, or undefined for a credential that verifies.
 */
function expectedWithoutStatus(file: string): string | undefined {
  const name = file.split('/').at(-1) as string;
  if (name === 'badDidWeb.json') return 'ERR_KEY_RESOLUTION';
  // Signed with a context of DCC's own (https://w3id.org/dcc/v1) that no pinned loader serves.
  if (name.endsWith('-oldDCCExample.json')) return 'ERR_JSONLD_CONTEXT';
  // Named "noExpiry" but its validUntil is 2010-01-01T00:00:00Z.
  if (file === 'verifiableCredentials/v2/dataIntegrityProof/didKey/noRegistry-revokedStatus-noExpiry.json') {
    return 'ERR_JWT_EXPIRED';
  }
  if (/-tampered\.json$/.test(name)) return 'ERR_PROOF_SIGNATURE';
  if (/-expired(-|\.json)/.test(name)) return 'ERR_JWT_EXPIRED';
  if (/notYetValid\.json$/.test(name)) return 'ERR_JWT_NOT_YET_VALID';
  return undefined;
}

/**
 * With status checking on: every status list of these fixtures is refused, so a credential with a status entry
 * is `ERR_STATUS_UNAVAILABLE` (fail closed, never valid): the main list's `id` is
 * https://testing.dcconsortium.org/status/e5WK8CbZ1GjycuPombrj, not the URL the credentials fetch it from, and
 * the other lists are expired, not yet valid, tampered or not a BitstringStatusListCredential, as named.
 */
function expectedWithStatus(file: string, document: Record<string, unknown>): string | undefined {
  return (
    expectedWithoutStatus(file) ?? (document['credentialStatus'] === undefined ? undefined : 'ERR_STATUS_UNAVAILABLE')
  );
}

describe('the DCC public test credentials', () => {
  it('are all here', () => {
    expect(FIXTURES.length).toBeGreaterThan(80);
  });

  for (const file of FIXTURES.filter((f) => !EMPTY.has(f))) {
    it(`${file}: proofs and dates ${expectedWithoutStatus(file) ?? 'verify'}`, async () => {
      const document = readJsonFixture<Record<string, unknown>>(`${DCC}${file}`);
      const code = expectedWithoutStatus(file);
      const run = verifyDataIntegrityDocument(document, keys(), { now: NOW, status: false });
      if (code === undefined) {
        const verified = await run;
        expect(verified.proofs.length).toBe([document['proof']].flat().length);
      } else {
        await expect(run).rejects.toMatchObject({ code });
      }
    });

    it(`${file}: with its status checked`, async () => {
      const document = readJsonFixture<Record<string, unknown>>(`${DCC}${file}`);
      const code = expectedWithStatus(file, document);
      const run = verifyDataIntegrityDocument(document, keys(), { now: NOW, status: { fetch: fakeFetch(routes) } });
      if (code === undefined) await expect(run).resolves.toMatchObject({ status: [] });
      else await expect(run).rejects.toMatchObject({ code });
    });
  }
});

describe('the DCC status list credentials (Ed25519Signature2020, did:key)', () => {
  const LISTS: Record<string, string | undefined> = {
    e5WK8CbZ1GjycuPombrj: undefined,
    expired: 'ERR_JWT_EXPIRED',
    notYetValid: 'ERR_JWT_NOT_YET_VALID',
    tampered: 'ERR_PROOF_SIGNATURE',
    missingBitStringType: undefined,
  };
  for (const [name, code] of Object.entries(LISTS)) {
    it(`${name}: ${code ?? 'verifies'} as a Data Integrity document`, async () => {
      const list = readJsonFixture<Record<string, unknown>>(`${DCC}statusLists/didkey-ed25519Signature2020/${name}`);
      const run = verifyDataIntegrityDocument(list, didKeyResolver(), { now: NOW });
      if (code === undefined) await expect(run).resolves.toMatchObject({ suite: 'Ed25519Signature2020' });
      else await expect(run).rejects.toMatchObject({ code });
    });
  }
});
