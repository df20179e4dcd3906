import type * as z from 'zod';
import type { ValidationIssue } from '../errors.js';
import { isIssueCode, issue } from './issue.js';
import { jsonType } from './json-type.js';

export { jsonType };

type Path = readonly (string | number)[];
type ZodIssue = z.core.$ZodIssue;

/**
 * Translates zod issues into microcred issues with stable codes. The input is consulted to tell a missing
 * key (`required`) from a wrong type, so the result does not depend on zod's message wording.
 */
export function fromZodIssues(zodIssues: readonly ZodIssue[], input: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const zi of zodIssues) translate(zi, [], input, out);
  return out;
}

function translate(zi: ZodIssue, prefix: Path, input: unknown, out: ValidationIssue[]): void {
  const path = [...prefix, ...zi.path.map(toKey)];
  // A value that is not there is missing, whatever shape zod expected of it.
  const checksValue = zi.code === 'invalid_type' || zi.code === 'invalid_value' || zi.code === 'invalid_union';
  if (checksValue && path.length > 0 && !lookup(input, path).present) {
    out.push(issue('required', path, {}));
    return;
  }
  switch (zi.code) {
    case 'invalid_type': {
      const found = lookup(input, path);
      out.push(issue('invalid_type', path, { expected: zi.expected, received: jsonType(found.value) }));
      return;
    }
    case 'unrecognized_keys':
      for (const key of zi.keys) out.push(issue('unknown_key', [...path, key], { key }));
      return;
    case 'invalid_value':
      out.push(issue('invalid_value', path, { values: zi.values.map((v) => JSON.stringify(v)) }));
      return;
    case 'invalid_format':
      out.push(issue('invalid_format', path, { format: zi.format }));
      return;
    case 'too_small':
      out.push(
        issue('too_small', path, { minimum: String(zi.minimum), origin: zi.origin, inclusive: zi.inclusive ?? true }),
      );
      return;
    case 'too_big':
      out.push(
        issue('too_big', path, { maximum: String(zi.maximum), origin: zi.origin, inclusive: zi.inclusive ?? true }),
      );
      return;
    case 'not_multiple_of':
      out.push(issue('invalid_value', path, { values: [`a multiple of ${String(zi.divisor)}`] }));
      return;
    case 'invalid_union':
      translateUnion(zi, path, input, out);
      return;
    case 'invalid_key':
      // zod reports a bad record key at the key's own path; its inner issues say what is wrong with it.
      for (const inner of zi.issues) translate({ ...inner, path: [] }, path, input, out);
      return;
    case 'invalid_element':
      for (const inner of zi.issues) translate(inner, [...path, toKey(zi.key as PropertyKey)], input, out);
      return;
    case 'custom': {
      const params = (zi.params ?? {}) as Record<string, unknown>;
      const code = params['code'];
      const stable = isIssueCode(code) ? code : 'invalid_value';
      const { code: _omit, ...rest } = params;
      out.push(issue(stable, path, rest));
      return;
    }
  }
}

/**
 * A union fails when every branch fails. Report the branch that came closest (fewest issues, preferring one
 * whose issues are deeper than the union itself), because "matches none" alone does not tell a user what to fix.
 */
function translateUnion(zi: z.core.$ZodIssueInvalidUnion, path: Path, input: unknown, out: ValidationIssue[]): void {
  let best: ValidationIssue[] | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const branch of zi.errors) {
    const translated: ValidationIssue[] = [];
    for (const inner of branch) translate(inner, path, input, translated);
    const shallow = translated.some((t) => t.path.length <= path.length && t.code === 'invalid_type');
    const score = translated.length + (shallow ? 1000 : 0);
    if (translated.length > 0 && score < bestScore) {
      best = translated;
      bestScore = score;
    }
  }
  if (best === undefined || bestScore >= 1000) {
    const found = lookup(input, path);
    out.push(issue('invalid_union', path, { received: found.present ? jsonType(found.value) : 'undefined' }));
    return;
  }
  out.push(...best);
}

function toKey(k: PropertyKey): string | number {
  return typeof k === 'symbol' ? String(k) : k;
}

/** Follows a path through plain JSON; `present` is false when a key or index along the way is absent. */
export function lookup(input: unknown, path: Path): { present: boolean; value: unknown } {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      return { present: false, value: undefined };
    }
    current = (current as Record<string | number, unknown>)[key];
  }
  return { present: true, value: current };
}
