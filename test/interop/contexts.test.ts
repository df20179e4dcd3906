import { describe, expect, it } from 'vitest';
import { CONTEXTS, MICROCRED_CONTEXT_URL, microcredContext } from '../../src/interop/contexts.js';
import { documentLoader } from '../../src/interop/document-loader.js';
import { readJsonFixture } from '../support/fixtures.js';

/** Each official context URL → its vendored source below test/fixtures. */
const SOURCES: Record<string, string> = {
  'https://www.w3.org/ns/credentials/v2': 'standards/w3c/credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'standards/w3c/credentials-v1.jsonld',
  'https://www.w3.org/ns/credentials/status/v1': 'standards/w3c/bitstring-status-list-v1.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'standards/openbadges/context/context-3.0.3.json',
  'http://data.europa.eu/snb/model/context/edc-ap': 'standards/elm/context/edc-ap-context.jsonld',
};

describe('shipped JSON-LD contexts', () => {
  it("ships exactly the official contexts and microcred's own, each official one equal to its source", () => {
    expect(Object.keys(CONTEXTS).sort()).toEqual([...Object.keys(SOURCES), MICROCRED_CONTEXT_URL].sort());
    expect(CONTEXTS[MICROCRED_CONTEXT_URL]).toBe(microcredContext);
    for (const [url, source] of Object.entries(SOURCES)) {
      const official = readJsonFixture(source);
      expect(CONTEXTS[url], url).toEqual(official);
    }
  });

  it('the loader serves each one offline', async () => {
    for (const url of Object.keys(SOURCES)) {
      const doc = await documentLoader(url);
      expect(doc).toEqual({ contextUrl: null, documentUrl: url, document: CONTEXTS[url] });
    }
  });

  it('the loader refuses any other URL, including near misses and prototype names', async () => {
    for (const url of [
      'https://www.w3.org/ns/credentials/v2/',
      'http://www.w3.org/ns/credentials/v2',
      'https://evil.example/context.json',
      '__proto__',
      'constructor',
      '',
    ]) {
      await expect(documentLoader(url)).rejects.toMatchObject({ code: 'ERR_INTEROP_UNMAPPABLE' });
    }
    await expect(documentLoader(42 as unknown as string)).rejects.toMatchObject({ code: 'ERR_INTEROP_UNMAPPABLE' });
  });
});
