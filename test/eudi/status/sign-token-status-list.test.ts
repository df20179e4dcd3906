import { compactVerify, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createTokenStatusList,
  decodeTokenStatusList,
  getTokenStatus,
  setTokenStatus,
  signTokenStatusList,
  TOKEN_STATUS,
} from '../../../src/eudi/index.js';
import { generateIssuerKey } from '../../../src/jwt/index.js';

const URI = 'https://uni.example/status/1';
const NOW = new Date('2025-07-01T12:00:00Z');
const invalid = expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' });

describe('signTokenStatusList', () => {
  it('writes a statuslist+jwt with sub, iat, exp, ttl and the encoded list, signed by the key', async () => {
    const key = { ...(await generateIssuerKey('EdDSA')), kid: 'k1' };
    const list = setTokenStatus(createTokenStatusList({ length: 64, bits: 2 }), 9, TOKEN_STATUS.SUSPENDED);
    const token = await signTokenStatusList(list, key, {
      uri: URI,
      issuer: 'https://uni.example',
      now: NOW,
      validForSeconds: 3600,
      ttl: 60,
      aggregationUri: 'https://uni.example/status',
    });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA', typ: 'statuslist+jwt', kid: 'k1' });
    const { payload } = await compactVerify(token, key.publicKey);
    const claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
    const iat = NOW.getTime() / 1000;
    expect(claims).toMatchObject({ iss: 'https://uni.example', sub: URI, iat, exp: iat + 3600, ttl: 60 });
    expect(claims['status_list']).toMatchObject({ bits: 2, aggregation_uri: 'https://uni.example/status' });
    const decoded = await decodeTokenStatusList(claims['status_list']);
    expect(getTokenStatus(decoded, 9)).toBe(TOKEN_STATUS.SUSPENDED);
    const bare = await signTokenStatusList(list, key, { uri: URI, now: NOW, kid: false });
    expect(decodeProtectedHeader(bare)).toEqual({ alg: 'EdDSA', typ: 'statuslist+jwt' });
    const bareClaims = JSON.parse(new TextDecoder().decode((await compactVerify(bare, key.publicKey)).payload));
    expect(bareClaims).toEqual({ sub: URI, iat, exp: iat + 86_400, ttl: 300, status_list: expect.any(Object) });
  });

  it('refuses URIs verifiers would not fetch, bad times, bad lists and unusable keys', async () => {
    const key = await generateIssuerKey('ES256');
    const list = createTokenStatusList({ length: 8 });
    for (const options of [
      { uri: 'http://uni.example/status/1' },
      { uri: 'https://127.0.0.1/status' },
      { uri: 'https://localhost/status' },
      { uri: URI, now: new Date('x') },
      { uri: URI, validForSeconds: 0 },
      { uri: URI, ttl: 1.5 },
      { uri: URI, issuer: '' },
      { uri: URI, kid: '' },
      { uri: URI, aggregationUri: 'ftp://uni.example/a' },
    ]) {
      await expect(signTokenStatusList(list, key, options)).rejects.toThrow(invalid);
    }
    await expect(signTokenStatusList({ bits: 3 } as never, key, { uri: URI })).rejects.toThrow(invalid);
    await expect(signTokenStatusList(list, { alg: 'ES256' } as never, { uri: URI })).rejects.toThrow(
      expect.objectContaining({ code: 'ERR_KEY_INVALID' }),
    );
  });
});
