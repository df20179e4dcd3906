// Signing and verifying micro-credential JWTs, each beside its baseline in the same process and on the same
// token: verifyCredential (whole pipeline with the model mapping, no status fetch) and
// verifyCredentialDocument (the pipeline without the model mapping) against raw jose.jwtVerify, with a did:key
// issuer and with an https issuer whose key staticKeyResolver holds;
// verifyCredential against did-jwt-vc's verifyCredential on the same VC-JWT 1.1 token; signCredential and
// signCredentialDocument against raw jose SignJWT of the same payload and header; and the throughput of
// verifyCredentials on 10,000 tokens of 10 issuers against 10,000 sequential jose.jwtVerify calls.
import { readFileSync } from 'node:fs';
import { verifyCredential as didJwtVcVerify } from 'did-jwt-vc';
import { decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { parseMicroCredential } from 'microcred';
import { toVerifiableCredential } from 'microcred/interop';
import {
  didKeyFromJwk,
  didKeyResolver,
  generateIssuerKey,
  signCredential,
  signCredentialDocument,
  staticKeyResolver,
  verifyCredential,
  verifyCredentialDocument,
  verifyCredentials,
} from 'microcred/jwt';

const NOW = new Date('2025-07-01T00:00:00Z');
const example = JSON.parse(readFileSync(new URL('../../examples/data/micro-credential.json', import.meta.url), 'utf8'));
const VERIFY = { now: NOW, status: false };

/** A did:key issuer of the example credential. */
async function issuer(alg) {
  const key = await generateIssuerKey(alg);
  const { kty, crv, x, y } = key.publicJwk;
  const jwk = y === undefined ? { kty, crv, x } : { kty, crv, x, y };
  const did = didKeyFromJwk(jwk);
  const kid = `${did}#${did.slice('did:key:'.length)}`;
  const mc = parseMicroCredential({ ...example, issuer: { ...example.issuer, id: did } });
  return { key, jwk, did, kid, mc };
}

/** The DID document did-jwt-vc resolves for a did:key issuer (JsonWebKey2020 under assertionMethod). */
function didJwtResolver({ did, kid, jwk }) {
  const method = { id: kid, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk };
  const didDocument = { id: did, verificationMethod: [method], assertionMethod: [kid], authentication: [kid] };
  return { resolve: async () => ({ didResolutionMetadata: {}, didDocument, didDocumentMetadata: {} }) };
}

async function verifyCases(label, alg) {
  const { key, kid, mc } = await issuer(alg);
  const token = await signCredential(mc, key, { kid, now: NOW });
  const resolver = didKeyResolver();
  await verifyCredential(token, resolver, VERIFY); // each subject must succeed before it is timed
  await jwtVerify(token, key.publicKey, { currentDate: NOW });
  const baseline = { label: 'jose.jwtVerify', fn: () => jwtVerify(token, key.publicKey, { currentDate: NOW }) };
  // The signature check alone: WebCrypto over the signing input, with the key already imported.
  const dot = token.lastIndexOf('.');
  const input = new TextEncoder().encode(token.slice(0, dot));
  const signature = new Uint8Array(Buffer.from(token.slice(dot + 1), 'base64url'));
  const params = alg === 'EdDSA' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: 'SHA-256' };
  if (!(await crypto.subtle.verify(params, key.publicKey, signature, input))) throw new Error('raw verify failed');
  const rounds = 31;
  return [
    {
      name: `verifyCredential vs jose.jwtVerify (${label})`,
      subject: { label: 'verifyCredential', fn: () => verifyCredential(token, resolver, VERIFY) },
      baseline,
      rounds,
    },
    {
      name: `verifyCredentialDocument vs jwtVerify (${label})`,
      subject: { label: 'verifyCredentialDocument', fn: () => verifyCredentialDocument(token, resolver, VERIFY) },
      baseline,
      rounds,
    },
    {
      name: `verifyCredential vs subtle.verify (${label})`,
      subject: { label: 'verifyCredential', fn: () => verifyCredential(token, resolver, VERIFY) },
      baseline: {
        label: 'crypto.subtle.verify',
        fn: () => crypto.subtle.verify(params, key.publicKey, signature, input),
      },
      rounds,
    },
  ];
}

/**
 * The browser verifier's own case: a provider's https issuer with a plain `kid`, its key given to
 * staticKeyResolver (the one issuer it knows fixes the key request, so the key and signature start from the
 * header as with a DID `kid`).
 */
async function staticCase(alg) {
  const key = await generateIssuerKey(alg);
  const mc = parseMicroCredential(example);
  const token = await signCredential(mc, key, { kid: 'key-1', now: NOW });
  const resolver = staticKeyResolver({ [mc.issuer.id]: { kid: 'key-1', key: key.publicJwk } });
  await verifyCredential(token, resolver, VERIFY);
  await jwtVerify(token, key.publicKey, { currentDate: NOW });
  return {
    name: `verifyCredential (staticKeyResolver, https issuer) vs jose.jwtVerify (${alg})`,
    subject: { label: 'verifyCredential', fn: () => verifyCredential(token, resolver, VERIFY) },
    baseline: { label: 'jose.jwtVerify', fn: () => jwtVerify(token, key.publicKey, { currentDate: NOW }) },
    rounds: 31,
  };
}

async function signCases() {
  const { key, kid, mc } = await issuer('EdDSA');
  const token = await signCredential(mc, key, { kid, now: NOW });
  const payload = decodeJwt(token);
  const header = decodeProtectedHeader(token);
  const document = toVerifiableCredential(mc);
  const baseline = {
    label: 'jose SignJWT',
    fn: () => new SignJWT(payload).setProtectedHeader(header).sign(key.privateKey),
  };
  return [
    {
      name: 'signCredential vs jose SignJWT (EdDSA)',
      subject: { label: 'signCredential', fn: () => signCredential(mc, key, { kid, now: NOW }) },
      baseline,
    },
    {
      name: 'signCredentialDocument vs SignJWT (EdDSA)',
      subject: { label: 'signCredentialDocument', fn: () => signCredentialDocument(document, key, { kid, now: NOW }) },
      baseline,
    },
  ];
}

/**
 * The same VC-JWT 1.1 token verified by microcred and by did-jwt-vc (its own pure-JavaScript curves), and by
 * jose.jwtVerify against did-jwt-vc: how far any verifier built on WebCrypto can be from did-jwt-vc.
 */
async function didJwtVcCase(alg) {
  const issued = await issuer(alg);
  const token = await signCredential(issued.mc, issued.key, { format: 'vc11-jwt', kid: issued.kid, now: NOW });
  const theirs = didJwtResolver(issued);
  const options = { policies: { now: NOW.getTime() / 1000 } };
  const ours = didKeyResolver();
  await didJwtVcVerify(token, theirs, options);
  await verifyCredential(token, ours, VERIFY);
  const baseline = { label: 'did-jwt-vc verifyCredential', fn: () => didJwtVcVerify(token, theirs, options) };
  return [
    {
      name: `verifyCredential vs did-jwt-vc (${alg}, VC 1.1)`,
      subject: { label: 'verifyCredential', fn: () => verifyCredential(token, ours, VERIFY) },
      baseline,
      iterations: 50,
    },
    // The bound of any WebCrypto verifier: jose's signature check alone on the same token, against did-jwt-vc.
    {
      name: `jose.jwtVerify vs did-jwt-vc (${alg}, VC 1.1)`,
      subject: {
        label: 'jose.jwtVerify',
        fn: () => jwtVerify(token, issued.key.publicKey, { currentDate: NOW }),
      },
      baseline,
      iterations: 50,
    },
  ];
}

async function batchCase() {
  const keys = await Promise.all(Array.from({ length: 10 }, () => generateIssuerKey('EdDSA')));
  const trusted = {};
  const publicKeys = new Map();
  const tokens = [];
  for (const [i, key] of keys.entries()) {
    const id = `https://issuer-${i}.example`;
    trusted[id] = key.publicJwk;
    publicKeys.set(id, key.publicKey);
    const token = await signCredential(parseMicroCredential({ ...example, issuer: { ...example.issuer, id } }), key, {
      now: NOW,
    });
    for (let n = 0; n < 1000; n += 1) tokens.push(token);
  }
  const resolver = staticKeyResolver(trusted);
  const sample = await verifyCredentials(tokens.slice(0, 10), resolver, VERIFY);
  if (!sample.every((r) => r.ok)) throw new Error('the batch tokens must verify');
  return {
    name: 'verifyCredentials, 10,000 tokens (EdDSA)',
    subject: {
      label: 'verifyCredentials (concurrency 16)',
      fn: () => verifyCredentials(tokens, resolver, { ...VERIFY, concurrency: 16 }),
    },
    baseline: {
      label: '10,000 × jose.jwtVerify',
      fn: async () => {
        for (const token of tokens) await jwtVerify(token, publicKeys.get(decodeJwt(token).iss), { currentDate: NOW });
      },
    },
    iterations: 1,
    rounds: 5,
    warmup: 1,
    memory: false,
    tokens: tokens.length,
  };
}

export async function cases() {
  return [
    ...(await verifyCases('EdDSA', 'EdDSA')),
    ...(await verifyCases('ES256', 'ES256')),
    await staticCase('EdDSA'),
    await staticCase('ES256'),
    ...(await signCases()),
    ...(await didJwtVcCase('EdDSA')),
    ...(await didJwtVcCase('ES256')),
    await batchCase(),
  ];
}
