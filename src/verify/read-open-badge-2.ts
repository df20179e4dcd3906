import { MicrocredUnsupportedInputError } from '../errors.js';
import { verificationType } from '../interop/ob2/checks.js';
import { parseRs256Jws } from '../interop/ob2/compact-jws.js';
import { fetchDocument, isHttpId, linkedId, resolveLinked } from '../interop/ob2/documents.js';
import { type ResolvedOpenBadge2Options, resolveOpenBadge2Options } from '../interop/ob2/options.js';
import { readOpenBadge2 } from '../interop/ob2/read-draft.js';
import { emptyExtension } from '../interop/shared/extension.js';
import { finishImport } from '../interop/shared/finish.js';
import { isObject, type JsonObject, type JsonPath } from '../interop/shared/json.js';
import { importMode } from '../interop/shared/options.js';
import { readContext } from '../interop/shared/reader.js';
import { fail } from '../jwt/jwt-error.js';
import { modelMembers } from './read-document.js';
import { type ResolvedReadOptions, scanDocument } from './read-options.js';
import { unverified } from './read-result.js';
import type { ReadAnyResult } from './read-types.js';

/** What reading an OB 2.0 document needs: the caller's fetch rules (only when a fetch was given) and the limits. */
interface Ob2Reading {
  readonly network: ResolvedOpenBadge2Options | undefined;
  readonly unresolved: string[];
}

/**
 * The Open Badges 2.0 branch of `readAny`: a hosted assertion (an object), a signed one (its compact JWS, parsed by
 * the same strict RS256 parser as the verifier, the signature left unchecked) or the URL of a hosted one (read only
 * when the caller passed a `fetch`). The BadgeClass and issuer Profile are read where embedded; given by URL, they
 * are fetched with the caller's `fetch`, or else listed in `unresolved` and what depends on them is missing, never
 * invented. Nothing is fetched without that `fetch`: not the hosted copy, the keys nor the revocation list.
 */
export async function readOpenBadge2Input(value: unknown, options: ResolvedReadOptions): Promise<ReadAnyResult> {
  const fetchGiven = options.openBadge2?.fetch !== undefined;
  const reading: Ob2Reading = {
    network: fetchGiven ? resolveOpenBadge2Options({ ...options.openBadge2 }) : undefined,
    unresolved: [],
  };
  const assertion = await assertionOf(value, options, reading);
  scanDocument(assertion, options.resolvedLimits);
  const signed = verificationType(assertion) === 'signed';
  const badge = await linked(assertion['badge'], ['badge'], reading);
  const issuer = await linked(badge['issuer'], ['badge', 'issuer'], reading);
  scanDocument(badge, options.resolvedLimits);
  scanDocument(issuer, options.resolvedLimits);
  const ctx = readContext('ob2', importMode(options.import));
  const imported = finishImport(readOpenBadge2(ctx, assertion, badge, issuer), emptyExtension(), ctx, options.import);
  const claimedIssuer = linkedId(badge['issuer']);
  return {
    ...unverified(signed ? ['signature', 'issuer', 'validity', 'status'] : ['hosted', 'issuer', 'validity', 'status']),
    format: 'open-badge-2',
    kind: 'micro-credential',
    ...modelMembers(imported),
    document: assertion,
    ...(claimedIssuer === undefined ? {} : { claimedIssuer }),
    unresolved: reading.unresolved,
  };
}

async function assertionOf(value: unknown, options: ResolvedReadOptions, reading: Ob2Reading): Promise<JsonObject> {
  if (isObject(value)) return value;
  const text = String(value).trim();
  if (!isHttpId(text)) return { ...parseRs256Jws(text, options.maxTokenBytes).payload };
  if (reading.network === undefined) {
    throw new MicrocredUnsupportedInputError(
      `The credential is a hosted Open Badges 2.0 assertion at ${text}: reading it needs that URL fetched ` +
        '(pass openBadge2.fetch), or verify it (verifyAny, microcred verify)',
      ['Open Badges 2.0 hosted assertion URL', text],
    );
  }
  const fetched = await fetchDocument(text, reading.network, 'ERR_KEY_RESOLUTION');
  if (fetched['id'] !== text) fail('ERR_JWT_CLAIM_MISMATCH', `The document at ${text} carries another id`, ['id']);
  return fetched;
}

/** A linked document: embedded, fetched with the caller's fetch, or (by URL, without one) an unresolved id. */
async function linked(value: unknown, path: JsonPath, reading: Ob2Reading): Promise<JsonObject> {
  if (isObject(value)) return value;
  const id = linkedId(value);
  if (id === undefined) return {};
  if (reading.network !== undefined && isHttpId(id)) return resolveLinked(id, path, reading.network, true);
  reading.unresolved.push(id);
  return { id };
}
