import { toOpenBadge } from '../../interop/ob3/to-open-badge.js';
import { isObject, type JsonObject } from '../../interop/shared/json.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import type { EudiClaims } from '../build-claims.js';
import { exportCoverage } from '../coverage-build.js';
import { DC4EU_MICRO_CREDENTIAL_VCT } from '../types.js';
import { DC4EU_COVERAGE } from './coverage.js';
import { readDc4euClaims } from './read-claims.js';
import { withDc4euTerms } from './to-terms.js';

const MICROCRED_CONTEXT_PREFIX = 'https://w3id.org/microcred/';
/** Members of the achievement subject that are about the learner rather than the achievement. */
const SUBJECT_FIXED: ReadonlySet<string> = new Set(['type', 'achievement']);

/** Removes the microcred extension terms and context from an Open Badge, leaving its native claims. */
export function withoutExtension(doc: JsonObject): JsonObject {
  const strip = (o: JsonObject): JsonObject =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => !k.startsWith('microcred:'))
        .map(([k, v]) => [k, isObject(v) ? strip(v) : v]),
    );
  const out = strip(doc);
  const context = out['@context'];
  if (Array.isArray(context)) {
    out['@context'] = context.filter((c) => typeof c !== 'string' || !c.startsWith(MICROCRED_CONTEXT_PREFIX));
  }
  return out;
}

/** The model fields the microcred terms of an Open Badge carry. */
export function extensionFields(doc: JsonObject): Set<string> {
  const fields = new Set<string>();
  const visit = (o: unknown): void => {
    if (!isObject(o)) return;
    for (const [k, v] of Object.entries(o)) {
      if (k.startsWith('microcred:') && k !== 'microcred:absent') fields.add(k.slice('microcred:'.length));
      else visit(v);
    }
  };
  visit(doc);
  return fields;
}

/**
 * The DC4EU claims: the Open Badges 3.0 export as the payload, with the DC4EU claims that hold what Open Badges
 * cannot (`ECTS`, participation and supervision types, QA alignments) and, unless turned off, the `microcred:`
 * terms that keep it lossless. The learner-related members of `credentialSubject` are selectively disclosable
 * (the DC4EU Type Metadata names only achievement and issuer paths, all `sd: never`, so the others default to
 * `allowed`).
 */
export function dc4euClaims(mc: MicroCredential, issuerId: string, withMicrocred: boolean): EudiClaims {
  const full = withDc4euTerms(toOpenBadge(mc, { issuerId }), mc);
  const native = withoutExtension(full);
  const doc = withMicrocred ? full : native;
  const imported = readDc4euClaims(native, undefined);
  const back = (imported.complete ? imported.credential : imported.draft) as JsonObject;
  const subject = doc['credentialSubject'] as JsonObject;
  const disclosable = Object.keys(subject)
    .filter((k) => !SUBJECT_FIXED.has(k))
    .map((k) => ['credentialSubject', k]);
  const claims: JsonObject = { vct: DC4EU_MICRO_CREDENTIAL_VCT, iss: issuerId, ...doc };
  const inMicrocred = withMicrocred ? extensionFields(full) : new Set<string>();
  const coverage = exportCoverage(mc as unknown as JsonObject, back, inMicrocred, DC4EU_COVERAGE);
  return { type: 'dc4eu', claims, disclosable, coverage };
}
