import { credentialKind } from '../../interop/shared/achievement.js';
import { type AssembledImport, assembleImport } from '../../interop/shared/assemble-import.js';
import { type ReadContext, readContext } from '../../interop/shared/reader.js';
import type { ImportResult, InteropWarning } from '../../interop/types.js';
import { readVerifiableCredentialParts } from '../../interop/vc2/read-parts.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { fail, MicrocredJwtError, type VerificationCheck } from '../jwt-error.js';
import { isPlainObject } from '../keys/key-families.js';
import { loadOnce } from '../load-once.js';
import { isOpenBadgeDocument } from '../profiles.js';
import { vc11ReadersFor } from '../verify/claim-mapping.js';
import { loadOnDemand } from '../verify/load-on-demand.js';
import { statusEntries } from '../verify/status-step.js';
import type { CoreResult } from '../verify/verify-core.js';

// Microcred issues VC 2.0 documents; the Open Badges 3.0 reader, with its community extension terms and the
// vocabularies it maps, loads when a badge arrives.
const openBadgeReader = loadOnce(() => import('../../interop/ob3/read-parts.js'));

/** The micro-credential read from a verified document, with what the reading could not map natively. */
export interface ReadCredential {
  readonly credential: MicroCredential;
  readonly warnings: readonly InteropWarning[];
}

/**
 * Reads the micro-credential out of a verified credential document with the interop readers (Open Badges
 * for badges, VC 2.0 otherwise; a VC 1.1 envelope is read as VC 2.0), requires a complete, valid
 * credential, and rejects a reading that contradicts the signed envelope: the model's issuer, id, learner,
 * validity and status must be the ones the verifier checked. The status entries returned are the
 * envelope's and the model's together, so every entry the credential states is checked.
 */
export async function readMicroCredential(
  core: CoreResult,
  checks: VerificationCheck[],
  unmappable: 'keep' | 'reject',
): Promise<{ value: ReadCredential; statusEntries: readonly unknown[] }> {
  const vc11 = vc11ReadersFor(core.profile);
  const document = vc11 === undefined ? core.document : (await vc11).fromVc11Document(core.document);
  const kind = credentialKind(document);
  // The refusal, like the explanation of any other refused credential, loads on demand.
  if (kind === 'endorsement' || kind === 'clr') return (await loadOnDemand()).refuseNotAchievement(kind);
  const badge = isOpenBadgeDocument(document);
  const ctx = readContext(badge ? 'ob3' : 'vc2', unmappable);
  const ob3 = badge ? await openBadgeReader() : undefined;
  let assembled: AssembledImport;
  try {
    const { native, extension } =
      ob3 === undefined ? readVerifiableCredentialParts(ctx, document) : ob3.readOpenBadgeParts(ctx, document, false);
    // The verifier pre-scanned the whole payload against its limits: the draft is made of its values.
    assembled = assembleImport(native, extension, ctx, true);
  } catch (cause) {
    return fail('ERR_INTEROP_UNMAPPABLE', 'The credential cannot be read as a micro-credential', ['credential'], cause);
  }
  const result = assembled.accepted
    ? ({ complete: true, credential: assembled.credential, warnings: ctx.warnings } as const)
    : await explain(assembled, ctx, unmappable);
  if (!result.complete) {
    const where = result.missing.length > 0 ? `: missing ${result.missing.join(', ')}` : '';
    throw new MicrocredJwtError('ERR_VALIDATION', `The credential is not a complete micro-credential${where}`, {
      path: ['credential'],
      issues: result.issues,
    });
  }
  const { credential } = result;
  checkAgainstEnvelope(credential, document, core.issuer);
  checks.push({ name: 'model', outcome: 'passed' });
  const envelope = statusEntries(document);
  const stated = credential.credentialStatus;
  // The reader usually hands the envelope's own array to the model: then there is nothing to compare.
  if (stated === undefined || stated === document['credentialStatus']) {
    return { value: { credential, warnings: result.warnings }, statusEntries: envelope };
  }
  const seen = new Set(envelope.map((e) => JSON.stringify(e)));
  const extra = stated.filter((e) => !seen.has(JSON.stringify(e)));
  return { value: { credential, warnings: result.warnings }, statusEntries: [...envelope, ...extra] };
}

/**
 * A credential the compiled model rules refused: the zod model says what is wrong. It is loaded only then, so a
 * verifier of valid credentials (in a browser, say) never downloads it.
 */
async function explain(
  assembled: AssembledImport,
  ctx: ReadContext,
  unmappable: 'keep' | 'reject',
): Promise<ImportResult> {
  const { settleImport } = await import('../../interop/shared/finish.js');
  return settleImport(assembled, ctx, { unmappable });
}

function checkAgainstEnvelope(mc: MicroCredential, document: Readonly<Record<string, unknown>>, issuer: string): void {
  const mismatch = (path: string[], what: string): never =>
    fail('ERR_JWT_CLAIM_MISMATCH', `The micro-credential's ${what} contradicts the signed credential`, [
      'credential',
      ...path,
    ]);
  if (mc.issuer.id !== issuer) mismatch(['issuer'], 'issuer id');
  if (document['id'] !== undefined && mc.id !== document['id']) mismatch(['id'], 'id');
  const subject = document['credentialSubject'];
  const subjectId = isPlainObject(subject) ? subject['id'] : undefined;
  if (subjectId !== undefined && mc.learner.id !== subjectId) mismatch(['credentialSubject', 'id'], 'learner id');
  if (mc.validFrom !== undefined && mc.validFrom !== document['validFrom']) mismatch(['validFrom'], 'validFrom');
  if (mc.validUntil !== document['validUntil']) mismatch(['validUntil'], 'validUntil');
}
