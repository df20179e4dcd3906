import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCredentialFormat } from '../../src/verify/index.js';

const b64u = (v: unknown): string => btoa(JSON.stringify(v)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jws = (header: unknown, payload: unknown): string => `${b64u(header)}.${b64u(payload)}.c2ln`;

describe('detectCredentialFormat', () => {
  it('tells the three JWT profiles apart by header and payload', () => {
    expect(detectCredentialFormat(jws({ alg: 'ES256', typ: 'vc+jwt' }, { '@context': [] })).profile).toBe(
      'vc-jose-cose',
    );
    expect(detectCredentialFormat(jws({ alg: 'ES256', typ: 'JWT' }, { vc: {} })).profile).toBe('vc11-jwt');
    const ob = jws({ alg: 'ES256', typ: 'JWT' }, { type: ['VerifiableCredential', 'OpenBadgeCredential'] });
    expect(detectCredentialFormat(ob)).toEqual({
      format: 'jwt',
      profile: 'ob30-jwt',
      recognised: ['text', 'compact JWS', 'header typ "JWT"', 'profile ob30-jwt'],
    });
  });
  it('recognises an SD-JWT with its disclosures and key binding', () => {
    const issued = `${jws({ alg: 'ES256', typ: 'dc+sd-jwt' }, { vct: 'x' })}~WyJzIiwiYSIsMV0~`;
    expect(detectCredentialFormat(issued).format).toBe('sd-jwt');
    expect(detectCredentialFormat(issued).recognised).toContain('1 disclosure(s)');
    const bound = `${issued}${jws({ alg: 'ES256', typ: 'kb+jwt' }, {})}`;
    expect(detectCredentialFormat(bound).recognised).toContain('key-binding JWT');
  });
  it('recognises an Open Badges 2.0 assertion, hosted or signed', () => {
    const assertion = {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      verification: { type: 'hosted' },
    };
    expect(detectCredentialFormat(assertion).recognised).toEqual([
      'JSON object',
      'Open Badges 2.0 Assertion',
      'verification hosted',
    ]);
    expect(detectCredentialFormat(jws({ alg: 'RS256' }, assertion)).format).toBe('open-badge-2');
    expect(detectCredentialFormat(JSON.stringify(assertion)).format).toBe('open-badge-2');
  });
  it('recognises a Data Integrity proof and names its suite', () => {
    const doc = { '@context': [], proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' } };
    expect(detectCredentialFormat(doc)).toEqual({
      format: 'data-integrity',
      recognised: ['JSON object', 'proof (DataIntegrityProof eddsa-rdfc-2022)'],
    });
  });
  it('recognises PNG by its signature (one byte off is not PNG) and SVG text or bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]);
    expect(detectCredentialFormat(png).format).toBe('png');
    expect(detectCredentialFormat(png.buffer).format).toBe('png');
    const almost = png.slice();
    almost[7] = 0x0b;
    expect(detectCredentialFormat(almost).format).toBeUndefined();
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>';
    expect(detectCredentialFormat(svg).format).toBe('svg');
    expect(detectCredentialFormat(new TextEncoder().encode(svg)).format).toBe('svg');
    expect(detectCredentialFormat('<html></html>').format).toBeUndefined();
  });
  it('says what it saw when nothing fits', () => {
    expect(
      detectCredentialFormat({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'] })
        .recognised,
    ).toEqual(['JSON object', 'VerifiableCredential without a proof (unsigned)']);
    expect(detectCredentialFormat('https://badges.example/assertions/1').recognised).toEqual(['text', 'URL']);
    expect(detectCredentialFormat('{not json').recognised).toEqual(['text', 'text starting with "{" that is not JSON']);
    expect(detectCredentialFormat(new Uint8Array([0xff, 0xfe, 0x00])).recognised).toEqual([
      'bytes',
      'neither PNG nor UTF-8 text',
    ]);
  });
  it('never throws and always says something, on any string or bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array(),
          fc.json().map((j) => `{"a":${j}}`),
        ),
        (input) => {
          const d = detectCredentialFormat(input);
          expect(d.recognised.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
