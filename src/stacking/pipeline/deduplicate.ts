import { compareRational } from '../../credit/rational-arithmetic.js';
import type { StackingReasonCode } from '../codes.js';
import type { StackingConfig } from '../config/types.js';
import { exclude, type InPlay, type Ledger, markUsed, STAGE } from './ledger.js';

/** The keep rule: highest ECTS, then latest date of issuing, then the smallest id (code-unit order). */
function keepFirst(a: InPlay, b: InPlay): number {
  const byEcts = compareRational(b.ects, a.ects);
  if (byEcts !== 0) return byEcts;
  if (a.issuedOn !== b.issuedOn) return a.issuedOn > b.issuedOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function pass(
  credentials: readonly InPlay[],
  key: (c: InPlay) => string | undefined,
  code: Extract<StackingReasonCode, 'DUPLICATE_SPECIFICATION' | 'DUPLICATE_LEARNING_OUTCOMES'>,
  config: StackingConfig,
  ledger: Ledger,
): InPlay[] {
  const classes = new Map<string, InPlay[]>();
  for (const c of credentials) {
    const k = key(c);
    if (k === undefined) continue;
    const members = classes.get(k);
    if (members === undefined) classes.set(k, [c]);
    else members.push(c);
  }
  const dropped = new Set<string>();
  for (const members of classes.values()) {
    if (members.length < 2) continue;
    const [kept, ...others] = [...members].sort(keepFirst);
    for (const other of others) {
      const acceptId = config.exceptions.accept.get(other.id)?.get(code);
      if (acceptId !== undefined) {
        markUsed(ledger, acceptId, other.id);
        continue;
      }
      exclude(ledger, STAGE.duplicate, other.id, code, { keptCredentialId: kept?.id ?? '' });
      dropped.add(other.id);
    }
  }
  return credentials.filter((c) => !dropped.has(c.id));
}

function overlapWarnings(credentials: readonly InPlay[], ledger: Ledger): void {
  const byOutcome = new Map<string, string[]>();
  for (const c of credentials) {
    for (const o of c.outcomeIds) {
      const ids = byOutcome.get(o);
      if (ids === undefined) byOutcome.set(o, [c.id]);
      else ids.push(c.id);
    }
  }
  const shared = new Map<string, Map<string, string[]>>();
  for (const [outcome, ids] of byOutcome) {
    const sorted = [...ids].sort();
    for (let j = 1; j < sorted.length; j += 1) {
      const later = sorted[j] as string;
      const pairs = shared.get(later) ?? new Map<string, string[]>();
      for (let i = 0; i < j; i += 1) {
        const earlier = sorted[i] as string;
        const outcomes = pairs.get(earlier);
        if (outcomes === undefined) pairs.set(earlier, [outcome]);
        else outcomes.push(outcome);
      }
      shared.set(later, pairs);
    }
  }
  for (const [credentialId, pairs] of shared) {
    for (const [other, outcomes] of pairs) {
      const params = { with: other, sharedOutcomeIds: [...outcomes].sort() };
      ledger.warnings.push({ credentialId, code: 'PARTIAL_LO_OVERLAP', params });
    }
  }
}

/**
 * Step 4: substitutions first; pass 1 drops repeats of a specification (`DUPLICATE_SPECIFICATION`), pass 2
 * repeats of an identical, non-empty outcome set (`DUPLICATE_LEARNING_OUTCOMES`), each reporting the kept
 * credential. Among the survivors, every pair sharing an outcome id gets `PARTIAL_LO_OVERLAP` on the credential
 * with the larger id, `with` the smaller one: a partial overlap is for a person to judge, never decided here.
 */
export function deduplicate(credentials: readonly InPlay[], config: StackingConfig, ledger: Ledger): InPlay[] {
  const substituted = credentials.map((c): InPlay => {
    const sub = config.exceptions.substitute.get(c.id);
    if (sub === undefined) return c;
    markUsed(ledger, sub.id, c.id);
    return { ...c, specificationId: sub.specificationId };
  });
  const afterSpec = pass(substituted, (c) => c.specificationId, 'DUPLICATE_SPECIFICATION', config, ledger);
  const outcomeKey = (c: InPlay) => (c.outcomeIds.length === 0 ? undefined : c.outcomeIds.join('\u0000'));
  const survivors = pass(afterSpec, outcomeKey, 'DUPLICATE_LEARNING_OUTCOMES', config, ledger);
  overlapWarnings(survivors, ledger);
  return survivors;
}
