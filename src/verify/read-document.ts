import { assertAchievement, credentialKind } from '../interop/shared/achievement.js';
import { asArray, isObject } from '../interop/shared/json.js';
import type { ImportOptions, ImportResult } from '../interop/types.js';
import { fromVc11Document } from '../jwt/credential/vc11-envelope.js';
import { VC_V1_CONTEXT } from '../jwt/profiles.js';
import type { ClrItem, CredentialFormat, CredentialKind, VerifyAnyOptions, VerifyAnyResult } from './types.js';

/** What a verified credential document is, and the members of the result that follow from it. */
export interface DocumentReading {
  readonly kind: CredentialKind;
  readonly endorsed?: string;
  readonly imported?: ImportResult;
}

/**
 * A Data Integrity document as the readers take it: without its proofs (they secure the credential, they are not
 * members of it), and a VC 1.1 document in the VC 2.0 envelope.
 */
export function unsecuredEnvelope(document: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const { proof: _proof, ...unsecured } = document;
  const context = unsecured['@context'];
  const v1 = Array.isArray(context) ? context[0] === VC_V1_CONTEXT : context === VC_V1_CONTEXT;
  return v1 ? fromVc11Document(unsecured) : unsecured;
}

/**
 * Reads a verified credential document: an endorsement gives the endorsed id, an achievement is imported into
 * the model with the Open Badges or VC reader (loaded on demand), a CLR bundle is left to the caller, anything
 * else is `other`. `document` is in the VC 2.0 envelope.
 */
export async function readDocument(
  document: Readonly<Record<string, unknown>>,
  options: ImportOptions | undefined,
): Promise<DocumentReading> {
  const kind = credentialKind(document);
  if (kind === 'endorsement') {
    const subject = asArray(document['credentialSubject']).find(isObject);
    const endorsed = subject === undefined ? undefined : subject['id'];
    return { kind: 'endorsement', ...(typeof endorsed === 'string' ? { endorsed } : {}) };
  }
  if (kind === 'clr') return { kind: 'clr' };
  assertAchievement(document);
  if (kind === 'achievement') {
    const { fromOpenBadge } = await import('../interop/ob3/from-open-badge.js');
    return { kind: 'micro-credential', imported: fromOpenBadge(document, options) };
  }
  // A W3C VC: a micro-credential when its subject uses microcred's terms; read either way, so a VC that holds no
  // Annex I element gives a draft that says so.
  const { fromVerifiableCredential } = await import('../interop/vc2/from-verifiable-credential.js');
  const subjects = asArray(document['credentialSubject']).filter(isObject);
  const ours = subjects.some((s) => Object.keys(s).some((k) => k.startsWith('microcred:')));
  return { kind: ours ? 'micro-credential' : 'other', imported: fromVerifiableCredential(document, options) };
}

/** The model members of a result: the credential, or the draft with what it misses. */
export function modelMembers(
  imported: ImportResult | undefined,
): Pick<VerifyAnyResult, 'missing' | 'issues' | 'warnings'> & Partial<Pick<VerifyAnyResult, 'credential' | 'draft'>> {
  if (imported === undefined) return { missing: [], issues: [], warnings: [] };
  if (imported.complete)
    return { credential: imported.credential, missing: [], issues: [], warnings: imported.warnings };
  return {
    draft: imported.draft,
    missing: imported.missing,
    issues: imported.issues,
    warnings: imported.warnings,
  };
}

/** What a signature verifier established about a credential document. */
interface Established {
  readonly document: Readonly<Record<string, unknown>>;
  readonly issuer: string;
  readonly status: readonly unknown[];
  readonly checks: VerifyAnyResult['checks'];
}

/**
 * The result of a verified credential document, whatever secured it: `envelope` (the document in the VC 2.0
 * envelope, without its proofs) is read by what it is, and a CLR bundle is split by `splitClr`.
 */
export async function documentResult(
  format: CredentialFormat,
  verified: Established,
  envelope: Readonly<Record<string, unknown>>,
  options: VerifyAnyOptions,
  splitClr: (document: Readonly<Record<string, unknown>>) => Promise<readonly ClrItem[]>,
): Promise<VerifyAnyResult> {
  const reading = await readDocument(envelope, options.import);
  return {
    format,
    kind: reading.kind,
    ...modelMembers(reading.imported),
    document: verified.document,
    issuer: verified.issuer,
    status: verified.status,
    checks: verified.checks,
    ...(reading.endorsed === undefined ? {} : { endorsed: reading.endorsed }),
    ...(reading.kind === 'clr' ? { items: await splitClr(envelope) } : {}),
  };
}
