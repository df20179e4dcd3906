import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDataIntegrityCredential } from '../../src/data-integrity/index.js';
import { issueEudiCredential } from '../../src/eudi/index.js';
import { parseMicroCredential } from '../../src/index.js';
import { bakeBadgeImage } from '../../src/interop/index.js';
import { didKeyFromJwk, generateIssuerKey, signCredential } from '../../src/jwt/index.js';
import type { MicroCredential } from '../../src/model/micro-credential.js';
import { NOW, setup } from '../eudi/support.js';
import { insertBeforeIend, itxtData, makePng, rawChunk } from '../interop/badge-image/png-support.js';
import { exampleBlocks, rsaKey, signJws } from '../interop/ob2/ob2-support.js';
import { FIXTURES_ROOT, readFixtureText } from '../support/fixtures.js';
import { EXAMPLE, run } from './bin.js';
import { runMain } from './in-process.js';

// validate and convert read what verify verifies (tokens, Data Integrity documents, OB 2.0 assertions, baked
// PNG and SVG badges) without verifying it. Real third-party files come from test/fixtures; the rest is signed
// and baked here.
const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const fixture = (relative: string) => {
  readFixtureText(relative); // checks the recorded hash before the CLI reads the file
  return join(FIXTURES_ROOT, relative);
};
const DCC = 'data-integrity/dcc/verifiableCredentials/v2/bothSignatureTypes/didkey/';
const IMAGES = 'badge-images/1edtech-validator/';
const HOSTED = 'https://badges.uni.example/assertions/7.json';
const NOT_VERIFIED = /NOT verified: .*not checked\. Run "microcred verify/;

let mc: MicroCredential;
let diMc: MicroCredential;
const paths: Record<string, string> = {};

beforeAll(async () => {
  const parties = await setup();
  mc = parties.mc;
  const token = await signCredential(mc, parties.issuerKey, { format: 'ob30-jwt', now: NOW });
  paths['jwt'] = file('credential.jwt', `${token}\n`);
  const vcToken = await signCredential(mc, parties.issuerKey, { now: NOW });
  const payload = JSON.parse(Buffer.from(vcToken.split('.')[1] as string, 'base64url').toString('utf8'));
  payload.credentialSubject['microcred:title'] = 'Forged';
  const [h, , s] = vcToken.split('.');
  paths['public-key'] = file('issuer.jwk', JSON.stringify(parties.issuerKey.publicJwk));
  paths['forged'] = file('forged.jwt', `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`);
  const { token: sdJwt } = await issueEudiCredential(mc, parties.issuerKey, {
    type: 'dc4eu',
    holderKey: parties.wallet.publicJwk,
    now: NOW,
  });
  paths['sd-jwt'] = file('credential.sd-jwt', sdJwt);
  const key = await generateIssuerKey('EdDSA');
  diMc = parseMicroCredential({ ...mc, issuer: { ...mc.issuer, id: didKeyFromJwk(key.publicJwk) } });
  const signed = await signDataIntegrityCredential(diMc, key, { created: NOW, format: 'vc20' });
  paths['di'] = file('credential.di.json', JSON.stringify(signed));
  paths['png'] = file('baked.png', bakeBadgeImage(makePng(), token) as Uint8Array);
  paths['svg'] = file('baked.svg', bakeBadgeImage('<svg xmlns="http://www.w3.org/2000/svg"/>', signed) as string);
  const blocks = exampleBlocks(readFixtureText('ob2/ob_v2p0-examples-index.md'));
  paths['ob2'] = file('assertion.json', (blocks[0] as string).replace(/\n\s*/g, ' '));
  const assertion = JSON.parse(readFileSync(paths['ob2'], 'utf8'));
  paths['ob2-signed'] = file(
    'assertion.jws',
    signJws({ ...assertion, verification: { type: 'SignedBadge' } }, rsaKey().privateKey),
  );
  paths['hosted-png'] = file(
    'hosted.png',
    insertBeforeIend(makePng(), await rawChunk('iTXt', itxtData('openbadges', HOSTED))),
  );
  const baked = readFileSync(paths['png']);
  baked[baked.length - 20] = (baked[baked.length - 20] as number) ^ 0xff;
  paths['bad-crc'] = file('bad-crc.png', baked);
  paths['nothing'] = file('nothing.json', JSON.stringify({ hello: 'world', '@context': 'https://example.org/' }));
});

describe('microcred validate: every input kind', () => {
  it.each(['jwt', 'sd-jwt', 'di', 'png', 'svg'])(
    '%s: a complete credential is valid (exit 0), said unverified',
    async (kind) => {
      const r = await runMain(['validate', paths[kind] as string]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/^valid .*: Data Literacy for Public Administration \(/);
      expect(r.out).toMatch(NOT_VERIFIED);
    },
  );

  it('a token given as the argument itself, and on standard input', async () => {
    const token = readFileSync(paths['jwt'] as string, 'utf8').trim();
    expect((await runMain(['validate', token])).out).toMatch(/compact JWS \(ob30-jwt\)/);
    const piped = run(['validate', '-'], `${token}\n`);
    expect(piped.code, piped.err).toBe(0);
    expect(piped.out).toMatch(/^valid -: .*\n.*NOT verified.*microcred verify <file>/);
    const svg = run(['convert', '-', '--from', 'image'], readFileSync(paths['svg'] as string, 'utf8'));
    expect(JSON.parse(svg.out)).toEqual(JSON.parse(JSON.stringify(diMc)));
  });

  it('--json prints the reading with valid and verified: false', async () => {
    const r = await runMain(['validate', paths['png'] as string, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ valid: true, verified: false, format: 'png', baked: { format: 'jwt' } });
    expect(json.credential).toEqual(JSON.parse(JSON.stringify(mc)));
    expect(json.unchecked).toContain('signature');
    expect(json).not.toHaveProperty('checks');
  });

  it('a forged token still reads (validate does not verify) and says so; verify refuses it', async () => {
    const r = await runMain(['validate', paths['forged'] as string]);
    expect(r.code).toBe(0);
    expect(r.out, r.out).toMatch(/^valid .*: Forged/);
    expect(r.out).toMatch(NOT_VERIFIED);
    const v = await runMain([
      'verify',
      paths['forged'] as string,
      '--key',
      paths['public-key'] as string,
      '--no-status',
      '--now',
      NOW.toISOString(),
    ]);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/^failed ERR_/);
  });

  it('real third-party credentials: incomplete drafts (exit 1) with their missing elements', async () => {
    const dcc = await runMain(['validate', fixture(`${DCC}legacy-noStatus-noExpiry.json`)]);
    expect(dcc.code).toBe(1);
    // What the model has no place for is kept in extensions and said on stderr, unless --quiet.
    expect(dcc.err).toMatch(/^warning unknown-property at /m);
    const quiet = await runMain(['validate', fixture(`${DCC}legacy-noStatus-noExpiry.json`)], { quiet: true });
    expect([quiet.err, quiet.out]).toEqual(['', dcc.out]);
    expect(dcc.out).toMatch(
      /^incomplete .*\(Data Integrity document, issuer did:key:\S+ \(claimed\)\): missing learningOutcomes/m,
    );
    const svg = await runMain(['validate', fixture(`${IMAGES}ob30-simple-json.svg`)]);
    expect(svg.code).toBe(1);
    expect(svg.out).toMatch(/Data Integrity document baked in an SVG badge image/);
    const endorsement = await runMain(['validate', fixture(`${DCC}legacy-noStatus-notExpired-endorsement.json`)]);
    expect(endorsement.code).toBe(1);
    expect(endorsement.out).toMatch(
      /^not a micro-credential .*an endorsement of https:\/\/1edtech\.edu\/issuers\/565049/,
    );
  });

  it('Open Badges 2.0: hosted JSON, signed JWS and a real baked PNG; linked documents are not fetched, and said so', async () => {
    for (const path of [
      paths['ob2'] as string,
      paths['ob2-signed'] as string,
      fixture(`${IMAGES}ob20-simple-badge.png`),
    ]) {
      const r = await runMain(['validate', path]);
      expect(r.code, path).toBe(1);
      expect(r.out).toMatch(/^incomplete .*Open Badges 2\.0 assertion/);
      expect(r.out).toContain('not read (linked, nothing is fetched): https://example.org/robotics-badge.json');
      expect(r.out).toMatch(NOT_VERIFIED);
    }
  });

  it('hostile and unreadable inputs are input errors (exit 2) with a typed message', async () => {
    const hosted = await runMain(['validate', paths['hosted-png'] as string]);
    expect(hosted.code).toBe(2);
    expect(hosted.err).toMatch(
      /ERR_INPUT_UNSUPPORTED: .*hosted Open Badges 2\.0 assertion at https:\/\/badges\.uni\.example\/assertions\/7\.json/,
    );
    const crc = await runMain(['validate', paths['bad-crc'] as string]);
    expect(crc.code).toBe(2);
    expect(crc.err).toMatch(/microcred validate: ERR_VALIDATION: .*CRC/i);
    const token = readFileSync(paths['jwt'] as string, 'utf8').trim();
    const two = await runMain(['validate', file('two.txt', `${token}\n${token}\n`)]);
    expect(two.code).toBe(2);
    expect(two.err).toMatch(/two\.txt holds 2 tokens; this command reads one credential/);
    const blank = await runMain(['validate', file('blank.png', makePng())]);
    expect(blank.code).toBe(2);
    expect(blank.err).toMatch(/ERR_INPUT_UNSUPPORTED: The badge image carries no credential/);
  });

  it('a JSON object that is no credential format is validated as a model, exactly as before (exit 1)', async () => {
    const r = await runMain(['validate', paths['nothing'] as string]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^invalid .*\(ERR_VALIDATION\)/);
    expect(r.out).not.toMatch(/NOT verified/);
    expect((await runMain(['validate', EXAMPLE])).out).toBe(`valid ${EXAMPLE}\n`);
  });
});

describe('microcred convert: every input kind', () => {
  it.each(['jwt', 'sd-jwt', 'png'])('%s with --to only: recognised, read and exported (exit 0)', async (kind) => {
    const r = await runMain(['convert', paths[kind] as string, '--to', 'vc2'], { quiet: true });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).credentialSubject['microcred:title']).toEqual(JSON.parse(JSON.stringify(mc.title)));
    expect(r.err).toMatch(NOT_VERIFIED);
  });

  it.each([
    ['di', 'data-integrity'],
    ['svg', 'image'],
    ['sd-jwt', 'sd-jwt'],
    ['jwt', 'auto'],
  ])('%s with --from %s: prints the micro-credential', async (kind, from) => {
    const r = await runMain(['convert', paths[kind] as string, '--from', from]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(kind === 'di' || kind === 'svg' ? diMc : mc)));
    expect(r.err).toMatch(/^read /);
  });

  it('--json prints readAny result, verified: false', async () => {
    const r = await runMain(['convert', paths['di'] as string, '--from', 'auto', '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ verified: false, format: 'data-integrity', kind: 'micro-credential' });
  });

  it('an OB 2.0 assertion and a real baked badge read into drafts (exit 1), with what is missing', async () => {
    const ob2 = await runMain(['convert', paths['ob2'] as string, '--from', 'ob2']);
    expect(ob2.code).toBe(1);
    expect(ob2.err).toMatch(/incomplete: missing .*participation/);
    expect(JSON.parse(ob2.out)['issued']).toBe('2016-12-31T23:59:59Z');
    const png = await runMain(['convert', fixture(`${IMAGES}ob30-simple-json.png`), '--from', 'image', '--to', 'ob3']);
    expect(png.code).toBe(1);
    expect(JSON.parse(png.out)['title']).toBe('Teamwork');
  });

  it('--from that does not fit, a model with --from auto, nothing recognisable, hostile images: exit 2', async () => {
    const wrong = await runMain(['convert', paths['png'] as string, '--from', 'jwt']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/is not jwt input \(recognised: bytes › PNG signature\)/);
    const model = await runMain(['convert', EXAMPLE, '--from', 'auto']);
    expect(model.code).toBe(2);
    expect(model.err).toMatch(/is not a credential format microcred reads/);
    const nothing = await runMain(['convert', paths['nothing'] as string, '--from', 'auto']);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toMatch(/recognised: JSON object › no credential context/);
    const hosted = await runMain(['convert', paths['hosted-png'] as string, '--to', 'ob3']);
    expect(hosted.code).toBe(2);
    expect(hosted.err).toContain(HOSTED);
    const crc = await runMain(['convert', paths['bad-crc'] as string, '--to', 'ob3']);
    expect(crc.code).toBe(2);
    expect(crc.err).toMatch(/ERR_VALIDATION/);
    const endorsement = await runMain([
      'convert',
      fixture(`${DCC}legacy-noStatus-notExpired-endorsement.json`),
      '--to',
      'ob3',
    ]);
    expect(endorsement.code).toBe(2);
    expect(endorsement.err).toMatch(/an endorsement of .*not a micro-credential: nothing to convert/);
    expect((await runMain(['convert', EXAMPLE, '--from', 'pdf'])).code).toBe(2);
  });

  it('a model JSON with --to only is exported exactly as before', async () => {
    const r = await runMain(['convert', EXAMPLE, '--to', 'ob3'], { quiet: true });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});
