import { describe, expect, it } from 'vitest';
import { checkEnvelope } from '../../../src/jwt/verify/envelope.js';
import { obDocument, V1, V2, vc2Document, vc11Document } from '../fixtures.js';

const issues = (fn: () => void): string[] => {
  try {
    fn();
    return [];
  } catch (e) {
    return ((e as { issues: { code: string; path: unknown[] }[] }).issues ?? []).map(
      (i) => `${i.code}@${i.path.join('.')}`,
    );
  }
};

describe('checkEnvelope', () => {
  it('accepts the three data models', () => {
    expect(issues(() => checkEnvelope('vc-jose-cose', vc2Document(), false))).toEqual([]);
    expect(issues(() => checkEnvelope('vc11-jwt', vc11Document(), false))).toEqual([]);
    expect(issues(() => checkEnvelope('ob30-jwt', obDocument(), true))).toEqual([]);
    expect(
      issues(() =>
        checkEnvelope('vc-jose-cose', vc2Document({ '@context': [V2, { ex: 'https://ex.example/' }] }), false),
      ),
    ).toEqual([]);
  });

  it('reports every envelope fault with its path', () => {
    const doc = vc2Document({
      '@context': [V2, 5],
      id: 'not a uri',
      type: 'Other',
      issuer: { name: 'no id' },
      validFrom: 3,
      credentialSubject: [{ id: 'x y' }, 'subject'],
      credentialStatus: [{ type: 5 }, 'status', { id: 'https://s.example/1', type: ['BitstringStatusListEntry'] }],
      credentialSchema: { type: '' },
    });
    expect(issues(() => checkEnvelope('vc-jose-cose', doc, false))).toEqual([
      'invalid_type@credential.@context.1',
      'invalid_format@credential.id',
      'invalid_value@credential.type',
      'invalid_value@credential.issuer.id',
      'invalid_format@credential.credentialSubject.0.id',
      'invalid_type@credential.credentialSubject.1',
      'invalid_type@credential.validFrom',
      'invalid_type@credential.credentialStatus.0.type',
      'invalid_type@credential.credentialStatus.1',
      'required@credential.credentialSchema.id',
      'invalid_format@credential.credentialSchema.type',
    ]);
    expect(
      issues(() =>
        checkEnvelope(
          'vc-jose-cose',
          { '@context': 'x', type: [], credentialSubject: [], credentialStatus: [] },
          false,
        ),
      ),
    ).toEqual([
      'invalid_type@credential.@context',
      'invalid_type@credential.type',
      'required@credential.issuer',
      'too_small@credential.credentialSubject',
      'too_small@credential.credentialStatus',
    ]);
    expect(issues(() => checkEnvelope('vc-jose-cose', {}, false))).toContain('required@credential.credentialSubject');
    expect(
      issues(() => checkEnvelope('vc11-jwt', vc11Document({ '@context': [V2], issuanceDate: undefined }), false)),
    ).toEqual(['invalid_value@credential.@context.0', 'required@credential.issuanceDate']);
    expect(
      issues(() =>
        checkEnvelope(
          'ob30-jwt',
          obDocument({
            '@context': [V2],
            credentialSubject: [{}],
            validFrom: undefined,
            type: ['VerifiableCredential'],
          }),
          true,
        ),
      ),
    ).toEqual([
      'invalid_value@credential.@context',
      'invalid_value@credential.type',
      'invalid_type@credential.credentialSubject',
      'required@credential.validFrom',
    ]);
    expect(issues(() => checkEnvelope('vc-jose-cose', vc2Document({ credentialSubject: 5 }), false))).toEqual([
      'invalid_type@credential.credentialSubject',
    ]);
    expect(issues(() => checkEnvelope('vc-jose-cose', vc2Document({ issuer: 5 }), false))).toEqual([
      'invalid_value@credential.issuer',
    ]);
    expect(issues(() => checkEnvelope('vc-jose-cose', vc2Document({ type: [5] }), false))).toEqual([
      'invalid_type@credential.type',
    ]);
    expect(issues(() => checkEnvelope('vc-jose-cose', vc2Document({ '@context': undefined }), false))).toEqual([
      'required@credential.@context',
    ]);
    expect(
      issues(() => checkEnvelope('vc-jose-cose', vc2Document({ credentialStatus: { type: undefined } }), false)),
    ).toEqual(['required@credential.credentialStatus.type']);
  });
});
