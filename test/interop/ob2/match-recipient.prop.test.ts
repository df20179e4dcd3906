import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import { matchesRecipient } from '../../../src/interop/index.js';
import { md5Hex } from '../../../src/interop/ob2/md5.js';

const hash = (alg: 'sha256' | 'md5', text: string) => `${alg}$${createHash(alg).update(text, 'utf8').digest('hex')}`;

describe('matchesRecipient', () => {
  it('md5 agrees with node:crypto on any input, and with the RFC 1321 test suite', () => {
    const rfc: [string, string][] = [
      ['', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['a', '0cc175b9c0f1b6a831c399e269772661'],
      ['abc', '900150983cd24fb0d6963f7d28e17f72'],
      ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
      ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
      [
        '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
        '57edf4a22be3c955ac49da2e2107b67a',
      ],
    ];
    for (const [text, digest] of rfc) expect(md5Hex(new TextEncoder().encode(text))).toBe(digest);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(md5Hex(bytes)).toBe(createHash('md5').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('a salted sha256 or md5 hash matches exactly its identifier (hex in either case)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
        fc.string({ maxLength: 12 }),
        fc.constantFrom('sha256' as const, 'md5' as const),
        fc.boolean(),
        async (identifier, salt, alg, upper) => {
          const digest = hash(alg, identifier + salt);
          const identity = upper ? digest.replace(/\$(.*)/, (_, h: string) => `$${h.toUpperCase()}`) : digest;
          const recipient = { type: 'url', hashed: true, salt, identity };
          expect(await matchesRecipient({ recipient }, identifier)).toBe(true);
          expect(await matchesRecipient({ recipient }, `${identifier}x`)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('emails: tried as given and lower-cased; plain identities compared as given; type must match', async () => {
    const lower = {
      type: 'email',
      hashed: true,
      salt: 'pepper',
      identity: hash('sha256', 'beth@example.org' + 'pepper'),
    };
    expect(await matchesRecipient(lower, 'Beth@Example.org')).toBe(true);
    const asEntered = { ...lower, identity: hash('sha256', 'Beth@Example.org' + 'pepper') };
    expect(await matchesRecipient(asEntered, 'Beth@Example.org')).toBe(true);
    expect(await matchesRecipient(lower, 'beth@example.org', 'url')).toBe(false);
    const plain = { type: 'url', hashed: false, identity: 'https://beth.example' };
    expect(await matchesRecipient(plain, 'https://beth.example')).toBe(true);
    expect(await matchesRecipient(plain, 'https://BETH.example')).toBe(false);
  });

  it('a recipient that is not an IdentityObject, or a malformed hash, is ERR_VALIDATION', async () => {
    for (const bad of [
      {},
      { recipient: { type: 'email' } },
      { type: 'email', hashed: true, identity: 'sha1$abcd' },
      { type: 'email', hashed: true, identity: 'md5$abcd' },
    ]) {
      try {
        await matchesRecipient(bad, 'x');
        throw new Error('expected a refusal');
      } catch (error) {
        expect(isMicrocredError(error, 'ERR_VALIDATION')).toBe(true);
      }
    }
  });
});
