import { parseRational } from '../../credit/parse-rational.js';
import { ONE } from '../../credit/rational.js';
import { compareRational } from '../../credit/rational-arithmetic.js';
import type { ValidationIssue } from '../../errors.js';
import { issue } from '../../internal/issue.js';
import type { Qualification } from '../qualification-schema.js';

type Path = readonly (string | number)[];

/** Reports each id seen before, at its path. */
export function duplicateIds(entries: readonly { readonly id: string; readonly path: Path }[]): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const { id, path } of entries) {
    if (seen.has(id)) out.push(issue('duplicate_key', path, { key: id }));
    seen.add(id);
  }
  return out;
}

/** A share of the target must lie in [0, 1]. */
export function shareIssue(share: string | undefined, path: Path): ValidationIssue[] {
  if (share === undefined || compareRational(parseRational(share), ONE) <= 0) return [];
  return [issue('too_big', path, { maximum: '1', origin: 'number', inclusive: true })];
}

/**
 * The rules of a target that its JSON Schema cannot state: unique requirement ids (`total` is reserved),
 * unique required ids that the group can select, shares within [0, 1], and `totalEcts.max` ≥ `min`.
 */
export function checkTarget(target: Qualification): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const ids = [
    ...target.groups.map((g, i) => ({ id: g.id, path: ['groups', i, 'id'] })),
    ...(target.levelRules ?? []).map((r, i) => ({ id: r.id, path: ['levelRules', i, 'id'] })),
    ...(target.residency === undefined ? [] : [{ id: target.residency.id, path: ['residency', 'id'] }]),
  ];
  out.push(...duplicateIds(ids));
  for (const { id, path } of ids) {
    if (id === 'total') out.push(issue('invalid_value', path, { values: ['any id but "total"'] }));
  }
  target.groups.forEach((g, i) => {
    const required = g.requiredIds ?? [];
    out.push(...duplicateIds(required.map((id, j) => ({ id, path: ['groups', i, 'requiredIds', j] }))));
    const selectable = g.select.anyOfIds;
    required.forEach((id, j) => {
      if (selectable !== undefined && !selectable.includes(id)) {
        out.push(issue('invalid_value', ['groups', i, 'requiredIds', j], { values: selectable }));
      }
    });
  });
  (target.levelRules ?? []).forEach((r, i) => {
    out.push(...shareIssue(r.minShareOfTarget, ['levelRules', i, 'minShareOfTarget']));
  });
  out.push(...shareIssue(target.residency?.minShareOfTarget, ['residency', 'minShareOfTarget']));
  const { min, max } = target.totalEcts;
  if (max !== undefined && compareRational(parseRational(max), parseRational(min)) < 0) {
    out.push(issue('too_small', ['totalEcts', 'max'], { minimum: min, origin: 'number', inclusive: true }));
  }
  return out;
}
