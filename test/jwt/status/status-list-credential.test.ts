import { describe, expect, it } from 'vitest';
import { decodeStatusList } from '../../../src/jwt/status/encode-status-list.js';
import { createStatusList } from '../../../src/jwt/status/status-list.js';
import { createStatusListCredential } from '../../../src/jwt/status/status-list-credential.js';
import { NOW } from '../fixtures.js';

describe('createStatusListCredential', () => {
  it('builds a VC 2.0 BitstringStatusListCredential for a bounded window', async () => {
    const list = createStatusList({ purpose: 'suspension', url: 'https://uni.example/status/s1' });
    const doc = await createStatusListCredential(list, {
      issuer: 'did:web:uni.example',
      now: NOW,
      validForSeconds: 3600,
      ttl: 1000,
    });
    expect(doc).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: list.url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'did:web:uni.example',
      validFrom: '2025-06-01T12:00:00Z',
      validUntil: '2025-06-01T13:00:00Z',
      credentialSubject: {
        id: `${list.url}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'suspension',
        ttl: 1000,
      },
    });
    const subject = doc['credentialSubject'] as { encodedList: string };
    expect(await decodeStatusList(subject.encodedList)).toEqual(list.bits);
  });

  it('refuses a bad issuer, date, window or ttl', async () => {
    const list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
    for (const options of [
      { issuer: 'not a uri' },
      { issuer: 'https://uni.example', now: new Date('x') },
      { issuer: 'https://uni.example', validForSeconds: 0 },
      { issuer: 'https://uni.example', ttl: -1 },
    ]) {
      await expect(createStatusListCredential(list, options as never)).rejects.toMatchObject({
        code: 'ERR_OPTIONS_INVALID',
      });
    }
  });
});
