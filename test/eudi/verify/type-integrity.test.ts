import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LEARNING_CREDENTIAL_VCT, verifyEudiPresentation } from '../../../src/eudi/index.js';
import { didJwkResolver } from '../../../src/jwt/index.js';
import { expectCode } from '../../jwt/fixtures.js';
import { attestationWith } from '../status/support.js';
import { NOW } from '../support.js';

const DOCUMENT = `{\n  "vct": "${LEARNING_CREDENTIAL_VCT}",\n  "name": "Learning Credential"\n}\n`;
const OTHER = DOCUMENT.replace('Learning Credential', 'Another');
const sri = (alg: 'sha256' | 'sha384' | 'sha512', text: string) =>
  `${alg}-${createHash(alg).update(text, 'utf8').digest('base64')}`;
const verify = async (integrity: unknown, typeMetadata?: Record<string, string | Uint8Array>) =>
  verifyEudiPresentation(await attestationWith({ 'vct#integrity': integrity }), didJwkResolver(), {
    now: NOW,
    ...(typeMetadata === undefined ? {} : { typeMetadata }),
  });

describe('vct#integrity against a Type Metadata document the verifier trusts', () => {
  it('passes when the strongest algorithm given matches the document, as text or bytes', async () => {
    for (const integrity of [
      sri('sha256', DOCUMENT),
      sri('sha512', DOCUMENT),
      `${sri('sha256', OTHER)} ${sri('sha384', DOCUMENT)}`,
      `${sri('sha384', OTHER)}  ${sri('sha384', DOCUMENT)}?ct=application/json`,
      `md5-AAAA ${sri('sha256', DOCUMENT)}`,
    ]) {
      await expect(verify(integrity, { [LEARNING_CREDENTIAL_VCT]: DOCUMENT })).resolves.toBeDefined();
    }
    const bytes = new TextEncoder().encode(DOCUMENT);
    await expect(verify(sri('sha256', DOCUMENT), { [LEARNING_CREDENTIAL_VCT]: bytes })).resolves.toBeDefined();
  });

  it('fails closed when the attestation names other metadata, or only a weaker matching digest', async () => {
    for (const integrity of [
      sri('sha256', OTHER),
      `${sri('sha256', DOCUMENT)} ${sri('sha512', OTHER)}`,
      sri('sha256', DOCUMENT).replace('sha256-', 'sha384-'),
    ]) {
      const error = await expectCode(
        verify(integrity, { [LEARNING_CREDENTIAL_VCT]: DOCUMENT }),
        'ERR_JWT_CLAIM_MISMATCH',
      );
      expect(error['path']).toEqual(['payload', 'vct#integrity']);
    }
  });

  it('refuses an integrity value without a usable expression; compares nothing without a document', async () => {
    const trusted = { [LEARNING_CREDENTIAL_VCT]: DOCUMENT };
    for (const integrity of [7, '', 'md5-AAAA', 'sha256:abc', 'sha256-ab_c']) {
      await expectCode(verify(integrity, trusted), 'ERR_JWT_CLAIM_INVALID');
    }
    await expect(verify('sha256-not-compared')).resolves.toBeDefined();
    await expect(verify(sri('sha256', OTHER), { 'urn:other:vct': DOCUMENT })).resolves.toBeDefined();
    await expect(
      verifyEudiPresentation(await attestationWith({}), didJwkResolver(), { now: NOW, typeMetadata: trusted }),
    ).resolves.toBeDefined();
  });

  it('refuses a malformed option', async () => {
    await expectCode(verify(sri('sha256', DOCUMENT), { [LEARNING_CREDENTIAL_VCT]: 5 } as never), 'ERR_OPTIONS_INVALID');
    await expectCode(
      verifyEudiPresentation(await attestationWith({}), didJwkResolver(), { now: NOW, typeMetadata: 'x' as never }),
      'ERR_OPTIONS_INVALID',
    );
  });
});
