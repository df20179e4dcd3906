import { describe, expect, it } from 'vitest';
import { bakeBadgeImage, extractBadgeImage, fromOpenBadge2 } from '../../../src/interop/index.js';
import { readFixture, readFixtureText } from '../../support/fixtures.js';
import { exampleBlocks, siteFetch } from '../ob2/ob2-support.js';
import { independentChunks } from './png-support.js';

// Baked badges from the 1EdTech digital-credentials-public-validator test resources. Expected values were read
// from the files by hand (and are cross-checked here with a chunk reader and a regex that are not ours).
const dir = 'badge-images/1edtech-validator/';
const payload = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1] as string, 'base64url').toString('utf8'));

describe('real baked badges (1EdTech validator test images)', () => {
  it('OB 2.0 PNG: the IMS example assertion in an iTXt "openbadges" chunk', () => {
    const png = readFixture(`${dir}ob20-simple-badge.png`);
    const found = extractBadgeImage(png);
    expect(found).toMatchObject({ image: 'png', spec: 'ob2', kind: 'json' });
    expect(found?.value).toMatchObject({
      type: 'Assertion',
      id: 'https://example.org/beths-robotics-badge.json',
      badge: 'https://example.org/robotics-badge.json',
    });
    const [chunk] = independentChunks(png).itxt;
    expect(chunk?.keyword).toBe('openbadges');
    expect(JSON.parse(chunk?.text ?? '')).toEqual(found?.value);
  });

  it('OB 2.0 PNG, end to end: extracted, then verified as a hosted assertion against the IMS examples', async () => {
    const blocks = exampleBlocks(readFixtureText('ob2/ob_v2p0-examples-index.md'));
    const json = (i: number) => JSON.parse((blocks[i] as string).replace(/\n\s*/g, ' '));
    const found = extractBadgeImage(readFixture(`${dir}ob20-simple-badge.png`));
    const fetch = siteFetch({
      'https://example.org/beths-robotics-badge.json': { body: json(0) },
      'https://example.org/robotics-badge.json': { body: json(1) },
      'https://example.org/organization.json': { body: json(2) },
    });
    const result = await fromOpenBadge2(found?.value, { now: new Date('2017-03-01T00:00:00Z'), fetch });
    expect(result.verification.method).toBe('hosted');
    expect(result.complete || result.draft['title']).toBe('Awesome Robotics Badge');
  });

  const ob3 = [
    ['ob30-simple-json', 'json', 'http://example.com/credentials/3527', 'Teamwork Badge'],
    ['ob30-simple-jwt', 'jws', 'http://example.com/credentials/3527', 'Teamwork Badge'],
    ['ob30-simple-jwt_v1', 'jws', 'http://example.edu/credentials/3732', 'Example University Degree'],
  ] as const;
  for (const [name, kind, id, title] of ob3) {
    it(`OB 3.0 ${name}: PNG and SVG each carry a ${kind} credential "${title}"`, () => {
      const png = extractBadgeImage(readFixture(`${dir}${name}.png`));
      const svgText = readFixtureText(`${dir}${name}.svg`);
      const svg = extractBadgeImage(svgText);
      expect(png).toMatchObject({ image: 'png', spec: 'ob3', kind });
      expect(svg).toMatchObject({ image: 'svg', spec: 'ob3', kind });
      for (const found of [png, svg]) {
        const credential = kind === 'jws' ? payload(found?.value as string) : found?.value;
        const vc = credential.vc ?? credential;
        expect([vc.id, vc.name]).toEqual([id, title]);
      }
      if (kind === 'jws') {
        // The two images were signed separately: each token is read back exactly by an independent reader.
        expect(/<openbadges:credential verify="([^"]+)"/.exec(svgText)?.[1]).toBe(svg?.value);
        expect(independentChunks(readFixture(`${dir}${name}.png`)).itxt[0]?.text).toBe(png?.value);
      } else expect(svg?.value).toEqual(png?.value);
    });
  }

  it('rebaking a real SVG (with its DOCTYPE) keeps one element under the declared prefix', () => {
    const svg = readFixtureText(`${dir}ob30-simple-jwt.svg`);
    const rebaked = bakeBadgeImage(svg, 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln');
    expect(rebaked.match(/<openbadges:credential/g)).toHaveLength(1);
    expect(rebaked.match(/xmlns:openbadges=/g)).toHaveLength(1);
    expect(extractBadgeImage(rebaked)?.value).toBe('eyJhbGciOiJFUzI1NiJ9.e30.c2ln');
  });
});
