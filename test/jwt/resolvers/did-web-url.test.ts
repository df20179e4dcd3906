import { describe, expect, it } from 'vitest';
import { didWebToUrl } from '../../../src/jwt/resolvers/did-web-url.js';

describe('didWebToUrl', () => {
  it('maps the examples of the did:web method specification', () => {
    expect(didWebToUrl('did:web:w3c-ccg.github.io')).toEqual({
      ok: true,
      url: 'https://w3c-ccg.github.io/.well-known/did.json',
    });
    expect(didWebToUrl('did:web:w3c-ccg.github.io:user:alice')).toEqual({
      ok: true,
      url: 'https://w3c-ccg.github.io/user/alice/did.json',
    });
    expect(didWebToUrl('did:web:example.com%3A3000:user:alice')).toEqual({
      ok: true,
      url: 'https://example.com:3000/user/alice/did.json',
    });
  });

  it('refuses what could reach another host, climb the path or hit an internal address', () => {
    const refused = [
      'did:web:127.0.0.1',
      'did:web:10.0.0.1',
      'did:web:169.254.169.254',
      'did:web:%5B%3A%3A1%5D',
      'did:web:localhost',
      'did:web:api.localhost',
      'did:web:printer.local',
      'did:web:intranet',
      'did:web:Example.com',
      'did:web:example.com:',
      'did:web:example.com::a',
      'did:web:example.com:..',
      'did:web:example.com:.',
      'did:web:example.com:%2E%2E',
      'did:web:example.com:a%2Fb',
      'did:web:example.com:a%3Fb',
      'did:web:example.com:a%23b',
      'did:web:example.com:a%25b',
      'did:web:user%40example.com',
      'did:web:example.com%3A0',
      'did:web:example.com%3A99999',
      'did:web:example.com%3A080',
      'did:web:example.com#frag',
      'did:web:example.com/path',
      'did:web:exämple.com',
      'did:web:',
      'did:key:z6Mk',
      '',
    ];
    for (const did of refused) expect(didWebToUrl(did).ok, did).toBe(false);
    expect(didWebToUrl(42 as never).ok).toBe(false);
  });
});
