import type { ValidationIssue, ValidationIssueCode } from '../errors.js';
import type { InputLimits } from './input-limits.js';
import { issue } from './issue.js';

/** Keys that could reach an object's prototype when untrusted data is merged or assigned. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const LONE_SURROGATE = /\p{Cs}/u;
const nativeWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** True when a string holds a lone UTF-16 surrogate; uses the native check where the runtime has one. */
function hasLoneSurrogate(value: string): boolean {
  return nativeWellFormed === undefined ? LONE_SURROGATE.test(value) : !nativeWellFormed.call(value);
}

/** What the pre-scan found: hard limit breaches stop at once; other issues are collected. */
export interface PrescanResult {
  readonly tooLarge: ValidationIssue | undefined;
  readonly issues: readonly ValidationIssue[];
}

type Path = (string | number)[];
interface Frame {
  readonly value: unknown;
  /** The frame of the containing object or array, and this value's key in it; the path is built only on demand. */
  readonly parent: Frame | undefined;
  readonly key: string | number;
  readonly depth: number;
  /** Set on the marker pushed after an object's children: leaving that object's branch. */
  readonly exit?: true;
  /** Set on a marker that reports an issue about a key, so it comes out in document order. */
  readonly report?: ValidationIssueCode;
}

function pathOf(frame: Frame): Path {
  const path: Path = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * Walks an untrusted value iteratively (no recursion, so no stack overflow) and checks it is plain JSON
 * within the limits: no prototype keys, no lone surrogates, no non-finite numbers, no cycles, no class
 * instances, functions, `undefined`, symbols or bigints.
 */
export function prescan(input: unknown, limits: InputLimits): PrescanResult {
  const issues: ValidationIssue[] = [];
  const root: Frame = { value: input, parent: undefined, key: '', depth: 1 };
  const stack: Frame[] = [root];
  const ancestors = new Set<object>();
  let nodes = 0;
  let bytes = 0;
  const tooLarge = (code: ValidationIssueCode, frame: Frame, params: Record<string, unknown>): PrescanResult => ({
    tooLarge: issue(code, pathOf(frame), params),
    issues,
  });
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value, depth } = frame;
    if (frame.exit === true) {
      ancestors.delete(value as object);
      continue;
    }
    if (frame.report !== undefined) {
      const key = String(frame.key);
      issues.push(issue(frame.report, pathOf(frame), frame.report === 'forbidden_key' ? { key } : {}));
      continue;
    }
    nodes += 1;
    if (nodes > limits.maxNodes) return tooLarge('too_many_nodes', frame, { maximum: limits.maxNodes });
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        return tooLarge('string_too_long', frame, { maximum: limits.maxStringLength, actual: value.length });
      }
      bytes += value.length + 2;
      if (hasLoneSurrogate(value)) issues.push(issue('lone_surrogate', pathOf(frame), {}));
    } else if (typeof value === 'number') {
      bytes += 8;
      if (!Number.isFinite(value)) issues.push(issue('not_finite', pathOf(frame), { value: String(value) }));
    } else if (typeof value === 'boolean' || value === null) {
      bytes += 5;
    } else if (typeof value === 'object') {
      if (depth > limits.maxDepth) return tooLarge('too_deep', frame, { maximum: limits.maxDepth });
      if (ancestors.has(value)) {
        issues.push(issue('circular', pathOf(frame), {}));
        continue;
      }
      bytes += 2;
      // Only the objects on the current branch count as ancestors, so a value shared by two branches
      // (valid JSON once serialised) is not mistaken for a cycle.
      ancestors.add(value);
      stack.push({ value, parent: frame.parent, key: frame.key, depth, exit: true });
      if (Array.isArray(value)) {
        if (value.length > limits.maxItems) {
          return tooLarge('too_many_items', frame, { maximum: limits.maxItems, actual: value.length });
        }
        for (let i = value.length - 1; i >= 0; i -= 1) {
          stack.push({ value: value[i], parent: frame, key: i, depth: depth + 1 });
        }
        bytes += value.length;
      } else {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
          issues.push(issue('not_json', pathOf(frame), { received: describe(value) }));
          continue;
        }
        const keys = Object.keys(value);
        if (keys.length > limits.maxKeys) {
          return tooLarge('too_many_keys', frame, { maximum: limits.maxKeys, actual: keys.length });
        }
        for (let i = keys.length - 1; i >= 0; i -= 1) {
          const key = keys[i] as string;
          bytes += key.length + 3;
          if (FORBIDDEN_KEYS.has(key)) {
            stack.push({ value: undefined, parent: frame, key, depth, report: 'forbidden_key' });
            continue;
          }
          stack.push({ value: (value as Record<string, unknown>)[key], parent: frame, key, depth: depth + 1 });
          if (hasLoneSurrogate(key)) {
            stack.push({ value: undefined, parent: frame, key, depth, report: 'lone_surrogate' });
          }
        }
      }
    } else {
      issues.push(issue('not_json', pathOf(frame), { received: typeof value }));
    }
    if (bytes > limits.maxBytes) return tooLarge('input_too_large', root, { maximum: limits.maxBytes });
  }
  return { tooLarge: undefined, issues };
}

function describe(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name.length > 0 ? name : 'object';
}
