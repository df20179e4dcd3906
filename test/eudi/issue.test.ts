import { describe, expect, it } from 'vitest';
import { issueEudiCredential } from '../../src/eudi/index.js';
import { NOW, setup } from './support.js';

const payloadOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from((token.split('~')[0] as string).split('.')[1] as string, 'base64url').toString());

describe('issueEudiCredential: the Token Status List entry', () => {
  it('writes status.status_list in the clear (never a disclosure), with the uri exactly as given', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const status = { idx: 4711, uri: 'https://uni.example/status/1?v=2' };
    const { token } = await issueEudiCredential(mc, issuerKey, { holderKey: wallet.publicJwk, now: NOW, status });
    expect(payloadOf(token)['status']).toEqual({ status_list: status });
  });

  it('refuses an index or a URI that verifiers would not fetch', async () => {
    const { issuerKey, wallet, mc } = await setup();
    for (const status of [
      { idx: -1, uri: 'https://uni.example/s' },
      { idx: 1.5, uri: 'https://uni.example/s' },
      { idx: 1, uri: 'http://uni.example/s' },
      { idx: 1, uri: 'https://10.0.0.1/s' },
      { idx: 1, uri: 'https://localhost/s' },
      { idx: 1, uri: 7 },
    ]) {
      await expect(
        issueEudiCredential(mc, issuerKey, { holderKey: wallet.publicJwk, now: NOW, status: status as never }),
      ).rejects.toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
    }
  });
});
