import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_ROOT } from '../support/fixtures.js';
import { run } from './bin.js';

const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-badge-'));
const HEART = join(FIXTURES_ROOT, 'badge-images/public_domain_heart.png');
const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL3VuaS5leGFtcGxlIn0.c2lnbmF0dXJl';
const jwsFile = join(dir, 'credential.jws');
writeFileSync(jwsFile, `${JWS}\n`);
const assertionFile = join(dir, 'assertion.json');
const assertion = { '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: 'https://uni.example/a/1' };
writeFileSync(assertionFile, JSON.stringify(assertion));
const svgFile = join(dir, 'badge.svg');
writeFileSync(svgFile, '<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>');

describe('microcred bake and extract', () => {
  it('bakes a JWS into a PNG and extracts it back (value on stdout, form on stderr)', () => {
    const out = join(dir, 'baked.png');
    const baked = run(['bake', HEART, jwsFile, '--out', out]);
    expect(baked.code, baked.err).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
    const extracted = run(['extract', out]);
    expect(extracted.code).toBe(0);
    expect(extracted.out.trim()).toBe(JWS);
    expect(extracted.err).toMatch(/ob3 compact JWS in a PNG image/);
    expect(JSON.parse(run(['extract', out, '--json']).out)).toEqual({
      image: 'png',
      spec: 'ob3',
      kind: 'jws',
      value: JWS,
    });
  });

  it('bakes an OB 2.0 assertion into an SVG', () => {
    const out = join(dir, 'baked.svg');
    expect(run(['bake', svgFile, assertionFile, '--out', out, '--quiet']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<openbadges:assertion verify="https://uni.example/a/1">');
    expect(JSON.parse(run(['extract', out, '--json']).out)).toEqual({
      image: 'svg',
      spec: 'ob2',
      kind: 'json',
      value: assertion,
    });
  });

  it('exit 1 for an image without a credential, 2 for a malformed image or missing --out', () => {
    expect(run(['extract', HEART]).code).toBe(1);
    const broken = join(dir, 'broken.png');
    writeFileSync(broken, readFileSync(HEART).subarray(0, 100));
    const r = run(['extract', broken]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ERR_VALIDATION/);
    expect(run(['bake', HEART, jwsFile]).code).toBe(2);
    expect(run(['bake', HEART, jwsFile, '--out', join(dir, 'x.png'), '--spec', 'ob4']).code).toBe(2);
  });
});
