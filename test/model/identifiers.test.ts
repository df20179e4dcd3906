import { describe, expect, it } from 'vitest';
import { parseMicroCredential, safeParseMicroCredential, UriSchema } from '../../src/index.js';
import { isUri } from '../../src/model/generated/is-micro-credential.js';
import { completeExample } from '../support/examples.js';

/** Both readers of the rule: the zod model and the compiled predicate. */
const verdicts = (value: string) => [UriSchema.safeParse(value).success, isUri(value)];

const withIssuerId = (id: string) => {
  const doc = completeExample();
  return { ...doc, issuer: { ...(doc['issuer'] as object), id } };
};

describe('identifier characters', () => {
  it.each([
    ['a DID with a Cyrillic letter', 'did:web:issuer.ex\u0430mple'],
    ['a full-width DID', '\uFF44\uFF49\uFF44:web:issuer.example'],
    ['a DID with full-width letters in its id', 'did:web:\uFF49ssuer.example'],
    ['a urn:uuid with a Cyrillic letter', 'urn:uuid:6f1c2f1e-8d2a-4b7e-9f3c-2a5d7e9b1c4\u0430'],
    ['an id with U+200D appended', 'https://issuer.example/id\u200D'],
    ['a DID with U+200D appended', 'did:web:issuer.example\u200D'],
    ['a right-to-left override', 'https://issuer.example/\u202Egnp.exe'],
    ['a bidi isolate', 'urn:example:\u2066x\u2069'],
    ['a soft hyphen', 'https://iss\u00ADuer.example'],
    ['a byte order mark', '\uFEFFhttps://issuer.example'],
    ['a C0 control', 'https://issuer.example/\u0001'],
    ['a C1 control', 'https://issuer.example/\u0085x'],
    ['a tag character (astral Cf)', 'https://issuer.example/\u{E0041}'],
    ['a lone surrogate', 'https://issuer.example/\uD800'],
    ['a mixed Latin/Cyrillic host label', 'https://ex\u0430mple.com/'],
    ['a mixed Latin/Greek host label', 'https://\u03BFpenai.com'],
    ['a mixed Greek/Cyrillic host label', 'https://\u03B1\u0431.example'],
    ['an invalid UUID', 'urn:uuid:1'],
    ['a DID without a method-specific id', 'did:web:'],
    ['an upper-case DID scheme', 'DID:web:issuer.example'],
    ['a DID method with an upper-case letter', 'did:Web:issuer.example'],
    ['a DID with a bad percent escape', 'did:web:issuer%2'],
  ])('refuses %s in the model and the compiled rule', (_, value) => {
    expect(verdicts(value)).toEqual([false, false]);
  });

  it.each([
    ['did:web', 'did:web:issuer.example'],
    ['did:web with port and path', 'did:web:example.com%3A8443:user:alice'],
    ['did:key DID URL with a fragment', 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6Mk'],
    ['a DID URL with path and query', 'did:example:123/path/a?service=x&relativeRef=/b#frag'],
    ['an empty segment before the last', 'did:example::x'],
    ['urn:uuid in upper case', 'URN:UUID:6F1C2F1E-8D2A-4B7E-9F3C-2A5D7E9B1C40'],
    ['an IRI with a German host', 'https://m\u00FCnchen.example/kurs'],
    [
      'an IRI with a Cyrillic host',
      'https://\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444/\u043F\u0443\u0442\u044C',
    ],
    ['an IRI with a Greek host', 'https://\u03C0\u03B1\u03C1\u03AC\u03B4\u03B5\u03B9\u03B3\u03BC\u03B1.gr'],
    ['labels in different scripts', 'https://\u043F\u0440\u0438\u043C\u0435\u0440.example.com'],
    ['a punycode host', 'https://xn--80ak6aa92e.com'],
    ['other schemes', 'urn:isbn:0451450523'],
    ['mailto', 'mailto:registrar@uni.example'],
  ])('accepts %s', (_, value) => {
    expect(verdicts(value)).toEqual([true, true]);
  });

  it('parseMicroCredential refuses each reported identifier with an invalid_format issue at its path', () => {
    for (const id of [
      'did:web:issuer.ex\u0430mple',
      '\uFF44\uFF49\uFF44:web:issuer.example',
      'urn:uuid:6f1c2f1e-8d2a-4b7e-9f3c-2a5d7e9b1c4\u0430',
      'https://www.hs-noordzee.example\u200D',
    ]) {
      const result = safeParseMicroCredential(withIssuerId(id));
      expect(result.success, id).toBe(false);
      if (result.success) continue;
      expect(result.error.issues).toEqual([expect.objectContaining({ path: ['issuer', 'id'] })]);
    }
    expect(() =>
      parseMicroCredential({ ...completeExample(), id: 'urn:uuid:6f1c2f1e-8d2a-4b7e-9f3c-2a5d7e9b1c40\u200D' }),
    ).toThrow();
    expect(parseMicroCredential(withIssuerId('did:web:issuer.example')).issuer.id).toBe('did:web:issuer.example');
  });
});
