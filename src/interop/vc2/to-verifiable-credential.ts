import { MicrocredInteropError } from '../../errors.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { MICROCRED_CONTEXT_URL } from '../contexts.js';
import { EXTENSION_PREFIX, MODEL_KEYS } from '../shared/extension.js';
import { compact, type JsonObject } from '../shared/json.js';
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
  const model: JsonObject = { ...mc, issuer: { ...mc.issuer, id: issuer } };
  const subject: JsonObject = { id: mc.learner.id, type: ['MicroCredentialSubject'] };
  for (const key of MODEL_KEYS) {
    if (!ENVELOPE_KEYS.includes(key) && model[key] !== undefined) subject[`${EXTENSION_PREFIX}${key}`] = model[key];
  }
  if (mc.validFrom === undefined) subject[`${EXTENSION_PREFIX}absent`] = ['validFrom'];
  return compact({
    '@context': [VC2_CONTEXT, MICROCRED_CONTEXT_URL],
    id: mc.id ?? options.id,
    type: ['VerifiableCredential', 'MicroCredential'],
    issuer,
    validFrom: mc.validFrom ?? mc.issued,
    validUntil: mc.validUntil,
    credentialStatus: mc.credentialStatus,
    credentialSubject: compact(subject),
  });
}
