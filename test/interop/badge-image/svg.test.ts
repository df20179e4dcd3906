import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import { bakeBadgeImage, extractBadgeImage } from '../../../src/interop/index.js';

const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL3VuaS5leGFtcGxlIn0.c2lnbmF0dXJl';
const OB3 = { type: ['VerifiableCredential', 'OpenBadgeCredential'], name: 'A > B ]]> C & <D>' };
const OB2 = { '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: 'https://uni.example/a/1?x=1&y=2' };
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"><circle r="4"/></svg>\n';

function reason(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (isMicrocredError(error, 'ERR_VALIDATION')) return String(error.issues[0]?.params['reason']);
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('SVG badges: bake then extract', () => {
  it('OB 3.0 JWS: an empty <openbadges:credential verify="…"/> as the first child, namespace declared on <svg>', () => {
    const baked = bakeBadgeImage(SVG, JWS);
    expect(baked).toContain(
      `<svg xmlns="http://www.w3.org/2000/svg" width="10" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential verify="${JWS}"/><circle`,
    );
    expect(extractBadgeImage(baked)).toEqual({ image: 'svg', spec: 'ob3', kind: 'jws', value: JWS });
  });

  it('OB 3.0 JSON: the credential in a CDATA body that no string inside can close', () => {
    const baked = bakeBadgeImage(SVG, OB3);
    const body = /<openbadges:credential><!\[CDATA\[(.*)\]\]><\/openbadges:credential>/.exec(baked)?.[1];
    expect(body).toBeDefined();
    expect(body).not.toMatch(/[<>]/);
    expect(JSON.parse(body as string)).toEqual(OB3);
    expect(extractBadgeImage(baked)).toEqual({ image: 'svg', spec: 'ob3', kind: 'json', value: OB3 });
  });

  it('OB 2.0: <openbadges:assertion> in the http://openbadges.org namespace, verify = the hosted id', () => {
    const baked = bakeBadgeImage(new TextEncoder().encode(SVG), OB2);
    expect(baked).toContain('xmlns:openbadges="http://openbadges.org"');
    expect(baked).toContain('<openbadges:assertion verify="https://uni.example/a/1?x=1&amp;y=2"><![CDATA[');
    expect(extractBadgeImage(baked)).toEqual({ image: 'svg', spec: 'ob2', kind: 'json', value: OB2 });
  });

  it('CLR 2.0 credential element', () => {
    const baked = bakeBadgeImage(SVG, JWS, { spec: 'clr2' });
    expect(baked).toContain('xmlns:openbadges="https://purl.imsglobal.org/clr/v2p0"');
    expect(extractBadgeImage(baked)).toMatchObject({ spec: 'clr2', kind: 'jws' });
  });

  it('baking again replaces every credential element and reuses the declared prefix', () => {
    const once = bakeBadgeImage(SVG, OB3);
    const twice = bakeBadgeImage(once, JWS);
    expect(twice.match(/openbadges:credential/g)).toHaveLength(1);
    expect(twice.match(/xmlns:openbadges=/g)).toHaveLength(1);
    const ob2 = bakeBadgeImage(twice, OB2);
    expect(extractBadgeImage(ob2)).toMatchObject({ spec: 'ob2' });
    expect(ob2).toContain('xmlns:openbadges2="http://openbadges.org"');
    expect(ob2).not.toContain('<openbadges:credential');
  });

  it('a self-closing root gets a body', () => {
    const baked = bakeBadgeImage('<svg xmlns="http://www.w3.org/2000/svg"/>', JWS);
    expect(baked).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential verify="${JWS}"/></svg>`,
    );
  });

  it('finds the element under any prefix, including one declared on the element itself', () => {
    const a = `<svg xmlns:ob="https://purl.imsglobal.org/ob/v3p0"><g><ob:credential verify="${JWS}"></ob:credential></g></svg>`;
    expect(extractBadgeImage(a)).toMatchObject({ spec: 'ob3', kind: 'jws' });
    const b = `<svg><credential xmlns="https://purl.imsglobal.org/ob/v3p0"><![CDATA[{"a":1}]]></credential></svg>`;
    expect(extractBadgeImage(b)).toMatchObject({ spec: 'ob3', kind: 'json', value: { a: 1 } });
    const c =
      '<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://b.example/a.json"/></svg>';
    expect(extractBadgeImage(c)).toEqual({ image: 'svg', spec: 'ob2', kind: 'url', value: 'https://b.example/a.json' });
  });

  it('an element with the right name in another namespace is not a credential', () => {
    expect(
      extractBadgeImage(`<svg xmlns:openbadges="https://other.example"><openbadges:credential verify="${JWS}"/></svg>`),
    ).toBeUndefined();
    expect(extractBadgeImage(SVG)).toBeUndefined();
  });
});

describe('SVG badges: hostile documents are refused before any parsing', () => {
  it('DOCTYPE, ENTITY and other markup declarations', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>`;
    expect(reason(() => extractBadgeImage(xxe))).toMatch(/internal DTD subset/);
    const bomb = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><svg/>`;
    expect(reason(() => extractBadgeImage(bomb))).toMatch(/internal DTD subset/);
    expect(reason(() => bakeBadgeImage(`<svg><!ELEMENT a ANY></svg>`, JWS))).toMatch(/markup declaration/);
    const external = `<!DOCTYPE svg SYSTEM "http://evil.example/x.dtd" [<!ENTITY % p SYSTEM "x">]><svg/>`;
    expect(reason(() => extractBadgeImage(external))).toMatch(/internal DTD subset/);
  });

  it('one DOCTYPE without an internal subset (as SVG editors write) is tolerated, never read; a second or a late one is not', () => {
    const public11 =
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';
    expect(extractBadgeImage(`<?xml version="1.0"?>\n${public11}\n<svg/>`)).toBeUndefined();
    expect(bakeBadgeImage(`${public11}<svg/>`, JWS)).toContain(`${public11}<svg xmlns:openbadges=`);
    expect(reason(() => extractBadgeImage(`${public11}${public11}<svg/>`))).toMatch(/markup declaration/);
    expect(reason(() => extractBadgeImage(`<svg>${public11}</svg>`))).toMatch(/DOCTYPE after the root/);
  });

  it('an undefined entity reference in the credential', () => {
    const svg = `<svg xmlns:o="https://purl.imsglobal.org/ob/v3p0"><o:credential>&x;</o:credential></svg>`;
    expect(reason(() => extractBadgeImage(svg))).toMatch(/unknown or malformed reference/);
  });

  it('two credential elements are ambiguous', () => {
    const svg = `<svg xmlns:o="https://purl.imsglobal.org/ob/v3p0" xmlns:p="http://openbadges.org"><o:credential verify="${JWS}"/><p:assertion verify="https://a.example/1"/></svg>`;
    expect(reason(() => extractBadgeImage(svg))).toMatch(/second credential element/);
  });

  it('malformed structure: unclosed, mismatched, child markup, repeated attributes, not an svg root, after root', () => {
    const ns = 'xmlns:o="https://purl.imsglobal.org/ob/v3p0"';
    expect(reason(() => extractBadgeImage(`<svg ${ns}><g></svg>`))).toMatch(/does not match/);
    expect(reason(() => extractBadgeImage(`<svg ${ns}><g>`))).toMatch(/not closed/);
    expect(reason(() => extractBadgeImage(`<svg ${ns}><o:credential><x/></o:credential></svg>`))).toMatch(
      /other than text/,
    );
    expect(reason(() => extractBadgeImage(`<svg a="1" a="2"/>`))).toMatch(/repeated/);
    expect(reason(() => extractBadgeImage(`<html/>`))).toMatch(/not <svg>/);
    expect(reason(() => extractBadgeImage(`<svg/><svg/>`))).toMatch(/after the root/);
    expect(reason(() => extractBadgeImage(`<svg><!-- open`))).toMatch(/unterminated comment/);
    expect(reason(() => extractBadgeImage(`<svg ${ns}><o:credential/></svg>`))).toMatch(/neither a body nor a verify/);
    expect(reason(() => extractBadgeImage(`${'<g>'.repeat(300)}`))).toMatch(/not <svg>/);
    expect(reason(() => extractBadgeImage(`<svg>${'<g>'.repeat(300)}`))).toMatch(/deeper than 256/);
    expect(reason(() => extractBadgeImage('plain text'))).toMatch(/neither a PNG/);
  });

  it('size limit on text before scanning', () => {
    try {
      extractBadgeImage(`<svg>${' '.repeat(100)}</svg>`, { maxBytes: 50 });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isMicrocredError(error, 'ERR_INPUT_TOO_LARGE')).toBe(true);
    }
  });
});
