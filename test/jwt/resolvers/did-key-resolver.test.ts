import { base58ToBytes } from 'did-jwt';
import { describe, expect, it } from 'vitest';
import { encodeBase58btc } from '../../../src/jwt/encoding/base58.js';
import { decodeDidKey, didKeyFromJwk } from '../../../src/jwt/keys/did-key.js';
import { admitJwkMaterial } from '../../../src/jwt/keys/key-admission.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import type { KeyRequest } from '../../../src/jwt/resolvers/types.js';
import { b64u, expectCode, keyFor } from '../fixtures.js';

/** did:key test vector (w3c-ccg/did-method-key test-vectors/nist-curves.json). */
const P256_VECTOR = {
  did: 'did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv',
  x: 'igrFmi0whuihKnj9R3Om1SoMph72wUGeFaBbzG2vzns',
  y: 'efsX5b10x8yjyrj4ny3pGfLcY7Xby1KzgqOdqnsrJIM',
};
/** An Ed25519 did:key with its raw key in base58, decoded here by did-jwt as an independent oracle. */
const ED_VECTOR = {
  did: 'did:key:z6MkmjY8GnV5i9YTDtPETC2uUAW6ejw3nk5mXF5yci5ab7th',
  base58: '8HH5gYEeNc3z7PYXmd54d4x6qAfCNrqQqEB3nS7Zfu7K',
};

const signal = new AbortController().signal;
const request = (over: Partial<KeyRequest> & { issuer: string }): KeyRequest => ({
  alg: 'EdDSA',
  profile: 'vc-jose-cose',
  signal,
  ...over,
});

describe('did:key', () => {
  it('decodes the specification P-256 vector to its JWK (point decompression)', () => {
    expect(decodeDidKey(P256_VECTOR.did)?.jwk).toEqual({ kty: 'EC', crv: 'P-256', x: P256_VECTOR.x, y: P256_VECTOR.y });
    expect(didKeyFromJwk({ kty: 'EC', crv: 'P-256', x: P256_VECTOR.x, y: P256_VECTOR.y })).toBe(P256_VECTOR.did);
  });

  it('decodes an Ed25519 DID to the key an independent base58 decoder reads', () => {
    const decoded = decodeDidKey(ED_VECTOR.did);
    expect(decoded?.alg).toBe('EdDSA');
    expect(decoded?.jwk.x).toBe(b64u(base58ToBytes(ED_VECTOR.base58)));
  });

  it.each(['EdDSA', 'ES256'] as const)('%s: encode then decode returns the key', async (alg) => {
    const key = await keyFor(alg);
    const did = didKeyFromJwk(key.publicJwk);
    expect(did.startsWith(alg === 'EdDSA' ? 'did:key:z6Mk' : 'did:key:zDn')).toBe(true);
    const { kty, crv, x, y } = key.publicJwk;
    expect(decodeDidKey(did)?.jwk).toEqual(y === undefined ? { kty, crv, x } : { kty, crv, x, y });
  });

  it('refuses other codecs, lengths, prefixes, alphabets and non-canonical text', () => {
    const bad = [
      'did:key:z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc', // X25519 key agreement
      'did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme', // secp256k1
      'did:key:z6Mk0OIl', // characters outside base58
      'did:key:u6Mk', // wrong multibase prefix
      'did:key:z', // empty
      'did:key:z6MkmjY8GnV5i9YTDtPETC2uUAW6ejw3nk5mXF5yci5ab7', // truncated
      `${ED_VECTOR.did}#key`, // a DID URL, not a DID
      'did:web:uni.example',
    ];
    for (const did of bad) expect(decodeDidKey(did), did).toBeUndefined();
    expect(() => didKeyFromJwk({ kty: 'EC', crv: 'P-384', x: 'AA', y: 'AA' })).toThrow(
      expect.objectContaining({ code: 'ERR_KEY_INVALID' }),
    );
    expect(() => didKeyFromJwk({ kty: 'OKP', crv: 'Ed25519', x: 'AA', d: 'AA' })).toThrow(
      expect.objectContaining({ code: 'ERR_KEY_INVALID' }),
    );
    expect(() => didKeyFromJwk({ kty: 'OKP', crv: 'Ed25519', x: 'AAAA' })).toThrow(
      expect.objectContaining({ code: 'ERR_KEY_INVALID' }),
    );
  });

  it('decodes a P-384 did:key (the W3C vc-di-ecdsa vector key) and round-trips it', () => {
    const did = 'did:key:z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ';
    const decoded = decodeDidKey(did);
    expect(decoded?.alg).toBe('ES384');
    expect(decoded?.jwk.crv).toBe('P-384');
    expect(didKeyFromJwk(decoded?.jwk ?? {})).toBe(did);
  });

  it('decodes Ed25519 did:keys of small order or with a non-canonical encoding, which key admission refuses', () => {
    // The neutral element (y = 1) and the order-2 point (y = p - 1) are small-order keys; y = p is not canonical.
    const small = [new Uint8Array(32), new Uint8Array(32)];
    (small[0] as Uint8Array)[0] = 1;
    const p = Uint8Array.from(
      'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'.match(/../g) ?? [],
      (h) => Number.parseInt(h, 16),
    );
    const minusOne = p.slice();
    minusOne[0] = 0xec;
    for (const key of [...small, p, minusOne]) {
      // The decoder reads the encoding; every path that admits a key then refuses these (ERR_KEY_INVALID).
      const decoded = decodeDidKey(`did:key:z${encodeBase58btc(Uint8Array.of(0xed, 0x01, ...key))}`);
      expect(decoded?.jwk).toBeDefined();
      expect(() => admitJwkMaterial(decoded?.jwk as never)).toThrow(
        expect.objectContaining({ code: 'ERR_KEY_INVALID' }),
      );
    }
  });

  it('refuses a compressed P-256 x that is not on the curve', () => {
    // x = 1: x³ − 3x + b has no square root modulo p, so no point has it; x = p is not a field element.
    const prefix = [0x80, 0x24, 0x02];
    const x5 = new Uint8Array(32);
    x5[31] = 1;
    const p = Uint8Array.from(
      'ffffffff00000001000000000000000000000000ffffffffffffffffffffffff'.match(/../g) ?? [],
      (h) => Number.parseInt(h, 16),
    );
    for (const x of [x5, p]) {
      const did = didKeyFromBytes([...prefix, ...x]);
      expect(decodeDidKey(did), did).toBeUndefined();
    }
  });
});

describe('didKeyResolver', () => {
  it('resolves Ed25519 and P-256 issuers locally, with the kid #<id>', async () => {
    const resolve = didKeyResolver();
    for (const alg of ['EdDSA', 'ES256'] as const) {
      const key = await keyFor(alg);
      const did = didKeyFromJwk(key.publicJwk);
      const kid = `${did}#${did.slice(8)}`;
      const r = await resolve(request({ issuer: did, alg, kid }));
      expect(r).toMatchObject({ issuer: did, kid, source: 'did:key' });
      expect((await resolve(request({ issuer: did, alg }))).kid).toBe(kid);
    }
    expect(resolve.handles?.(ED_VECTOR.did)).toBe(true);
    expect(resolve.handles?.('did:web:x.example')).toBe(false);
  });

  it('refuses a wrong kid, another algorithm and undecodable DIDs', async () => {
    const resolve = didKeyResolver();
    await expectCode(resolve(request({ issuer: ED_VECTOR.did, kid: `${ED_VECTOR.did}#other` })), 'ERR_KEY_RESOLUTION');
    await expectCode(resolve(request({ issuer: ED_VECTOR.did, alg: 'ES256' })), 'ERR_KEY_ALG_MISMATCH');
    await expectCode(
      resolve(request({ issuer: 'did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme' })),
      'ERR_KEY_RESOLUTION',
    );
  });
});

function didKeyFromBytes(bytes: number[]): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let s = '';
  while (n > 0n) {
    s = alphabet[Number(n % 58n)] + s;
    n /= 58n;
  }
  return `did:key:z${s}`;
}
