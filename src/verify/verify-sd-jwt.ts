import { verifyEudiPresentation } from '../eudi/verify/verify-presentation.js';
import type { KeyInput } from '../jwt/verify/resolve-key.js';
import { modelMembers } from './read-document.js';
import type { VerifyAnyOptions, VerifyAnyResult } from './types.js';

/**
 * The SD-JWT VC branch: the EUDI attestation verifier (issuer signature, disclosures, Type Metadata rules, key
 * binding when asked, Token Status List), with the shared options passed through.
 */
export async function verifySdJwtInput(
  presentation: string,
  keys: KeyInput,
  options: VerifyAnyOptions,
): Promise<VerifyAnyResult> {
  const shared = {
    ...(options.algorithms === undefined ? {} : { algorithms: options.algorithms }),
    ...(options.clockTolerance === undefined ? {} : { clockTolerance: options.clockTolerance }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.maxTokenBytes === undefined ? {} : { maxTokenBytes: options.maxTokenBytes }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.import === undefined ? {} : { import: options.import }),
  };
  const own = options.sdJwt ?? {};
  const verified = await verifyEudiPresentation(presentation, keys, {
    ...own,
    ...shared,
    ...(options.status === false ? { status: false as const } : {}),
  });
  return {
    format: 'sd-jwt',
    kind: 'micro-credential',
    ...modelMembers(verified.result),
    document: verified.claims,
    issuer: verified.issuer,
    status: verified.status === undefined ? [] : [verified.status],
    checks: verified.checks,
  };
}
