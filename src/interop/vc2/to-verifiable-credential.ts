import { MicrocredInteropError } from '../../errors.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { MICROCRED_CONTEXT_URL } from '../contexts.js';
import { EXTENSION_PREFIX, MODEL_KEYS } from '../shared/extension.js';
import type { JsonObject } from '../shared/json.js';
import { checkUriOption } from '../shared/options.js';
import type { ExportOptions } from '../types.js';

export const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** Model fields that are the VC envelope itself rather than claims about the learner. */
export const ENVELOPE_KEYS: readonly string[] = ['id', 'validFrom', 'validUntil', 'credentialStatus'];

/**
 * Exports a micro-credential as a W3C Verifiable Credential (Data Model 2.0), a plain JSON object ready to
 * sign: the envelope (`id`, `issuer` as the issuer's id, `validFrom`, `validUntil`, `credentialStatus`)
 * and a `credentialSubject` (the learner's id) that carries every other element as a `microcred:<field>`
 * term of the microcred extension context, in the model's own shape. `validFrom` is the date of issuing
 * when the model has none (then marked in `microcred:absent`).
 *
 * @param mc - a valid micro-credential
 * @param options - the credential and issuer ids when the model lacks them
 * @returns the credential as JSON-LD
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` at `issuer.id` when no issuer id is known
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when an id option is not a URI
 * @example
 * ```ts
 * import { parseMicroCredential } from 'microcred';
 * import { toVerifiableCredential } from 'microcred/interop';
 * declare const json: unknown;
 * const vc = toVerifiableCredential(parseMicroCredential(json), { issuerId: 'https://uni.example' });
 * vc['type']; // ['VerifiableCredential', 'MicroCredential']
 * ```
 * @category Interop
 */
export function toVerifiableCredential(mc: MicroCredential, options: ExportOptions = {}): Record<string, unknown> {
  checkUriOption('id', options.id);
  checkUriOption('issuerId', options.issuerId);
  const issuer = mc.issuer.id ?? options.issuerId;
  if (issuer === undefined) {
    throw new MicrocredInteropError(
      ['issuer', 'id'],
      'A verifiable credential needs an issuer id: set issuer.id or options.issuerId',
    );
  }
  const model = mc as unknown as JsonObject;
  const subject: JsonObject = {};
  if (mc.learner.id !== undefined) subject['id'] = mc.learner.id;
  subject['type'] = ['MicroCredentialSubject'];
  for (const [key, term] of SUBJECT_TERMS) {
    const value = key === 'issuer' ? { ...mc.issuer, id: issuer } : model[key];
    if (value !== undefined) subject[term] = value;
  }
  if (mc.validFrom === undefined) subject[`${EXTENSION_PREFIX}absent`] = ['validFrom'];
  const vc: JsonObject = { '@context': [VC2_CONTEXT, MICROCRED_CONTEXT_URL] };
  const id = mc.id ?? options.id;
  if (id !== undefined) vc['id'] = id;
  vc['type'] = ['VerifiableCredential', 'MicroCredential'];
  vc['issuer'] = issuer;
  vc['validFrom'] = mc.validFrom ?? mc.issued;
  if (mc.validUntil !== undefined) vc['validUntil'] = mc.validUntil;
  if (mc.credentialStatus !== undefined) vc['credentialStatus'] = mc.credentialStatus;
  vc['credentialSubject'] = subject;
  return vc;
}

/** Each model field the subject carries, with its `microcred:` term, in the model's order. */
const SUBJECT_TERMS: readonly (readonly [string, string])[] = MODEL_KEYS.filter(
  (key) => !ENVELOPE_KEYS.includes(key),
).map((key) => [key, `${EXTENSION_PREFIX}${key}`]);
