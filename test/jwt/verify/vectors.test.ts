import { CompactSign, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import { importIssuerKey } from '../../../src/jwt/issuer-key.js';
import { keyThumbprint, toVerificationKey } from '../../../src/jwt/keys/verification-key.js';
import { checkTimeClaims } from '../../../src/jwt/verify/time-claims.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { readJsonFixture } from '../../support/fixtures.js';
import { expectCode } from '../fixtures.js';
import { verifyJwsLayer } from './jws-layer.js';

interface Test {
  tcId: number;
  comment: string;
  result: 'valid' | 'invalid' | 'acceptable';
  msg?: string;
  sig?: string;
  jws?: string;
}
interface Group {
  comment?: string;
  publicKeyJwk?: JWK;
  publicKeyDer?: string;
  public?: JWK;
  private?: JWK;
  tests: Test[];
}
interface VectorFile {
  numberOfTests: number;
  testGroups: Group[];
}

const hex = (h: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const PRIVATE = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
const publicOnly = (jwk: JWK): JWK =>
  Object.fromEntries(Object.entries(jwk).filter(([k]) => !PRIVATE.includes(k))) as JWK;

/** Runs raw-message signature vectors through our key import (toVerificationKey) and WebCrypto verify. */
async function runSignatureVectors(
  file: VectorFile,
  alg: 'EdDSA' | 'ES256',
  algorithm: AlgorithmIdentifier | EcdsaParams,
  importParams: EcKeyImportParams | Algorithm,
): Promise<number> {
  let run = 0;
  for (const group of file.testGroups) {
    const key = group.publicKeyJwk
      ? await toVerificationKey(group.publicKeyJwk, alg)
      : await toVerificationKey(
          await crypto.subtle.importKey('spki', hex(group.publicKeyDer as string), importParams, true, ['verify']),
          alg,
        );
    for (const t of group.tests) {
      let ok: boolean;
      try {
        ok = await crypto.subtle.verify(algorithm, key, hex(t.sig as string), hex(t.msg as string));
      } catch {
        ok = false;
      }
      if (t.result !== 'acceptable') expect(ok, `tcId ${t.tcId} ${t.comment}`).toBe(t.result === 'valid');
      run += 1;
    }
  }
  return run;
}

describe('Wycheproof signature vectors through our key path', () => {
  it('Ed25519: all 151 match their expected result', async () => {
    const file = readJsonFixture<VectorFile>('vectors/wycheproof/testvectors_v1/ed25519_test.json');
    expect(await runSignatureVectors(file, 'EdDSA', { name: 'Ed25519' }, { name: 'Ed25519' })).toBe(151);
    expect(file.numberOfTests).toBe(151);
  });

  it('ECDSA P-256 SHA-256 (IEEE P1363, the JWS ES256 form): all 262 match, incl. the 9 SPKI-only keys', async () => {
    const file = readJsonFixture<VectorFile>(
      'vectors/wycheproof/testvectors_v1/ecdsa_secp256r1_sha256_p1363_test.json',
    );
    expect(file.testGroups.filter((g) => g.publicKeyJwk === undefined)).toHaveLength(9);
    const run = await runSignatureVectors(
      file,
      'ES256',
      { name: 'ECDSA', hash: 'SHA-256' },
      { name: 'ECDSA', namedCurve: 'P-256' },
    );
    expect(run).toBe(262);
  });
});

/**
 * Valid JWS in Wycheproof that our verify path refuses on purpose: an empty payload segment is never a
 * credential, and the shape gate admits only three non-empty segments. (Wycheproof's other valid cases jose
 * rejects, 372 and 373, are HS256 and so refused by the algorithm list anyway.)
 */
const EXPECTED_REJECTIONS = ['259:emptyPayload:ERR_JWT_INVALID', '272:emptyPayload:ERR_JWT_INVALID'];

describe('Wycheproof JWS vectors through our verify path', () => {
  const file = readJsonFixture<VectorFile>('vectors/wycheproof/testvectors_v1/json_web_signature_test.json');

  it('rejects every invalid case with a typed code; accepts valid ones only for our algorithms', async () => {
    let run = 0;
    const accepted: number[] = [];
    const refusedValid: string[] = [];
    for (const group of file.testGroups) {
      const jwk = publicOnly((group.public ?? group.private) as JWK);
      for (const t of group.tests) {
        run += 1;
        const outcome = await verifyJwsLayer(t.jws as string, jwk).then(
          () => 'accepted',
          (e: unknown) => {
            if (!isMicrocredError(e)) throw new Error(`tcId ${t.tcId}: untyped error ${String(e)}`);
            return e.code;
          },
        );
        if (t.result === 'invalid') expect(outcome, `tcId ${t.tcId} ${t.comment}`).not.toBe('accepted');
        const alg = headerAlg(t.jws as string);
        const ours = ['ES256', 'RS256', 'PS256', 'EdDSA'].includes(alg as string);
        if (t.result === 'valid' && ours && outcome !== 'accepted')
          refusedValid.push(`${t.tcId}:${t.comment}:${outcome}`);
        if (!ours) expect(outcome, `tcId ${t.tcId}`).not.toBe('accepted');
        if (outcome === 'accepted') accepted.push(t.tcId);
      }
    }
    expect(run).toBe(401);
    expect(refusedValid).toEqual(EXPECTED_REJECTIONS);
    // The 16 valid ES256, RS256 and PS256 cases, less the two empty payloads.
    expect(accepted).toHaveLength(14);
  });

  it('refuses at the shape gate the whitespace and padding-bit cases jose itself accepts', async () => {
    const all = file.testGroups.flatMap((g) => g.tests);
    for (const id of [360, 365, 368, 374, 375]) {
      const t = all.find((x) => x.tcId === id) as Test;
      await expectCode(verifyJwsLayer(t.jws as string, { kty: 'oct', k: 'AAAA' } as JWK), 'ERR_JWT_INVALID');
    }
    // 367 and 370 are byte-identical to the valid HS256 token 357 (their padding variants did not survive in
    // the file); they are refused because HMAC is never an accepted algorithm.
    const valid = all.find((x) => x.tcId === 357) as Test;
    for (const id of [367, 370]) {
      const t = all.find((x) => x.tcId === id) as Test;
      expect(t.jws).toBe(valid.jws);
      await expectCode(verifyJwsLayer(t.jws as string, { kty: 'oct', k: 'AAAA' } as JWK), 'ERR_JWT_ALG_NOT_ALLOWED');
    }
  });

  it('rejects every vector through the full credential pipeline too (none is a credential)', async () => {
    for (const group of file.testGroups) {
      const jwk = publicOnly((group.public ?? group.private) as JWK);
      for (const t of group.tests) {
        const error = await verifyCredentialDocument(
          t.jws,
          async (r) => ({ issuer: r.issuer, key: jwk, source: 'custom' }),
          {
            algorithms: ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'],
            status: false,
          },
        ).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isMicrocredError(error), `tcId ${t.tcId}`).toBe(true);
        if (t.result === 'invalid') {
          const checks = (error as { checks: { name: string }[] }).checks.map((c) => c.name);
          expect(checks, `tcId ${t.tcId}`).not.toContain('signature');
        }
      }
    }
  });
});

function headerAlg(jws: string): unknown {
  try {
    return JSON.parse(atob((jws.split('.')[0] ?? '').replace(/-/g, '+').replace(/_/g, '/'))).alg;
  } catch {
    return undefined;
  }
}

interface RfcVector {
  privateJwk: JWK;
  publicJwk: JWK;
  jwkThumbprintSha256?: string;
  protectedHeader: { alg: string };
  payloadUtf8: string;
  compact: string;
}

describe('RFC 8037 Appendix A (Ed25519)', () => {
  const v = readJsonFixture<RfcVector>('vectors/rfc/rfc8037-A-ed25519.json');

  it('verifies, computes the RFC 7638 thumbprint, and re-signs byte for byte through our key import', async () => {
    const payload = await verifyJwsLayer(v.compact, v.publicJwk);
    expect(new TextDecoder().decode(payload)).toBe(v.payloadUtf8);
    expect(await keyThumbprint(v.publicJwk)).toBe(v.jwkThumbprintSha256);
    const key = await importIssuerKey({ ...v.privateJwk, alg: 'EdDSA' });
    expect(key.kid).toBe(v.jwkThumbprintSha256);
    const resigned = await new CompactSign(new TextEncoder().encode(v.payloadUtf8))
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(key.privateKey);
    expect(resigned).toBe(v.compact);
  });

  it('fails the credential pipeline: the payload is not a credential', async () => {
    await expectCode(verifyCredentialDocument(v.compact, v.publicJwk, { status: false }), 'ERR_JWT_INVALID');
  });
});

describe('RFC 7515 Appendix A.3 (ES256)', () => {
  const v = readJsonFixture<RfcVector>('vectors/rfc/rfc7515-A3-es256.json');

  it('passes the signature step; its exp holds before 2011 and fails with the real clock', async () => {
    const payload = JSON.parse(new TextDecoder().decode(await verifyJwsLayer(v.compact, v.publicJwk)));
    expect(payload.exp).toBe(1_300_819_380);
    expect(checkTimeClaims(payload, 1_300_819_379, 0)).toEqual({ exp: 1_300_819_380 });
    expect(() => checkTimeClaims(payload, 1_300_819_380, 0)).toThrow(
      expect.objectContaining({ code: 'ERR_JWT_EXPIRED' }),
    );
    expect(() => checkTimeClaims(payload, Math.floor(Date.now() / 1000), 60)).toThrow(
      expect.objectContaining({ code: 'ERR_JWT_EXPIRED' }),
    );
  });

  it('fails the credential profile checks because it is not a credential', async () => {
    const error = await expectCode(
      verifyCredentialDocument(v.compact, v.publicJwk, { now: new Date(1_300_819_379_000), status: false }),
      'ERR_JWT_TYPE',
    );
    expect(error['path']).toEqual(['header', 'typ']);
  });
});
