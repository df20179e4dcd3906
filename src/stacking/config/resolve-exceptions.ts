import type { ValidationIssue } from '../../errors.js';
import { issue } from '../../internal/issue.js';
import type { AcceptableReasonCode } from '../codes.js';
import type { StackingException } from '../exception-schema.js';
import type { Qualification } from '../qualification-schema.js';
import { duplicateIds } from './check-target.js';
import type { ExceptionIndex } from './types.js';

interface Known {
  readonly credentialIds: ReadonlySet<string>;
  readonly groups: ReadonlyMap<string, { readonly exclusive: boolean; readonly requiredIds: readonly string[] }>;
  readonly rules: ReadonlySet<string>;
}

/** What a target offers to exceptions: its groups (with the implicit `all`), rules and `total`. */
export function knownTargets(target: Qualification, credentialIds: ReadonlySet<string>): Known {
  const groups = new Map<string, { exclusive: boolean; requiredIds: readonly string[] }>();
  for (const g of target.groups) groups.set(g.id, { exclusive: g.exclusive, requiredIds: g.requiredIds ?? [] });
  if (target.groups.length === 0) groups.set('all', { exclusive: true, requiredIds: [] });
  const rules = new Set<string>(['total', ...(target.levelRules ?? []).map((r) => r.id)]);
  if (target.residency !== undefined) rules.add(target.residency.id);
  return { credentialIds, groups, rules };
}

function checkOne(e: StackingException, i: number, known: Known, out: ValidationIssue[]): void {
  const at = (key: string) => [i, key];
  const unknown = (key: string, values: Iterable<string>) =>
    out.push(issue('invalid_value', at(key), { values: [...values].slice(0, 20) }));
  if ('credentialId' in e && !known.credentialIds.has(e.credentialId)) unknown('credentialId', known.credentialIds);
  if ('groupId' in e && e.groupId !== undefined) {
    const group = known.groups.get(e.groupId);
    if (group === undefined) unknown('groupId', known.groups.keys());
    else if (e.kind === 'pin' && !group.exclusive) out.push(issue('invalid_value', at('groupId'), { values: [] }));
  }
  if (e.kind === 'addCredit' && known.credentialIds.has(e.id)) {
    out.push(issue('duplicate_key', at('id'), { key: e.id }));
  }
  if (e.kind !== 'waive') return;
  const group = known.groups.get(e.requirement);
  if (group === undefined && !known.rules.has(e.requirement)) {
    unknown('requirement', [...known.groups.keys(), ...known.rules]);
    return;
  }
  const parts = group === undefined ? ['minEcts'] : ['minEcts', 'minCount', 'requiredIds'];
  if (e.part !== undefined && !parts.includes(e.part)) out.push(issue('invalid_value', at('part'), { values: parts }));
  const combination = (field: string, part: string) =>
    out.push(
      issue('invalid_combination', at(field), {
        fields: ['part', field],
        expected: part,
        reason: part.startsWith('no ')
          ? `"${field}" cannot be used with "${part.slice(3)}"`
          : `"${field}" needs "part": "${part}"`,
      }),
    );
  if (e.reduceBy !== undefined && e.part !== undefined && e.part !== 'minEcts') combination('reduceBy', 'minEcts');
  if (e.specificationId !== undefined) {
    if (e.reduceBy !== undefined) combination('specificationId', 'no reduceBy');
    else if (e.part !== undefined && e.part !== 'requiredIds') combination('specificationId', 'requiredIds');
    else if (!group?.requiredIds.includes(e.specificationId)) unknown('specificationId', group?.requiredIds ?? []);
  }
}

/**
 * Checks exceptions against the target and the credentials (unknown credential, group or requirement; a pin
 * to an overlay group; a part that does not fit; two pins for one credential) and indexes them.
 */
export function resolveExceptions(
  list: readonly StackingException[],
  known: Known,
): { index: ExceptionIndex; issues: ValidationIssue[] } {
  const issues = duplicateIds(list.map((e, i) => ({ id: e.id, path: [i, 'id'] })));
  list.forEach((e, i) => {
    checkOne(e, i, known, issues);
  });
  const exclude = new Map<string, string>();
  const accept = new Map<string, Map<AcceptableReasonCode, string>>();
  const substitute = new Map<string, { id: string; specificationId: string }>();
  const allow = new Map<string, { id: string; groupId: string }[]>();
  const pin = new Map<string, { id: string; groupId: string }>();
  list.forEach((e, i) => {
    if (e.kind === 'exclude' && !exclude.has(e.credentialId)) exclude.set(e.credentialId, e.id);
    if (e.kind === 'accept') {
      const codes = accept.get(e.credentialId) ?? new Map<AcceptableReasonCode, string>();
      if (!codes.has(e.code)) codes.set(e.code, e.id);
      accept.set(e.credentialId, codes);
    }
    if (e.kind === 'substitute') {
      if (substitute.has(e.credentialId))
        issues.push(issue('duplicate_key', [i, 'credentialId'], { key: e.credentialId }));
      substitute.set(e.credentialId, { id: e.id, specificationId: e.forSpecificationId });
    }
    if (e.kind === 'allow')
      allow.set(e.credentialId, [...(allow.get(e.credentialId) ?? []), { id: e.id, groupId: e.groupId }]);
    if (e.kind === 'pin') {
      if (pin.has(e.credentialId)) issues.push(issue('duplicate_key', [i, 'credentialId'], { key: e.credentialId }));
      pin.set(e.credentialId, { id: e.id, groupId: e.groupId });
    }
  });
  const addCredit = list.filter((e): e is Extract<StackingException, { kind: 'addCredit' }> => e.kind === 'addCredit');
  return { index: { all: list, exclude, accept, substitute, allow, pin, addCredit }, issues };
}
