import type { ValidationIssue, ValidationIssueCode } from '../errors.js';
import type { InputLimits } from './input-limits.js';
import { issue } from './issue.js';

/** Keys that could reach an object's prototype when untrusted data is merged or assigned. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const LONE_SURROGATE = /\p{Cs}/u;

/** What the pre-scan found: hard limit breaches stop at once; other issues are collected. */
export interface PrescanResult {
  readonly tooLarge: ValidationIssue | undefined;
  readonly issues: readonly ValidationIssue[];
}

/**
 * One value on the walk. Paths are not built while walking (that would allocate an array per value);
 * each frame points to its parent and the path is rebuilt only when an issue needs it.
 */
interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number | undefined;
  readonly depth: number;
  /** Set on the marker pushed after an object's children: leaving that object's branch. */
  readonly exit?: true;
  /** Set on a marker that reports an issue about a key, so it comes out in document order. */
  readonly report?: ValidationIssueCode;
}

function pathOf(frame: Frame | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f = frame; f !== undefined && f.key !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * Walks an untrusted value iteratively (no recursion, so no stack overflow) and checks it is plain JSON
 * within the limits: no prototype keys, no lone surrogates, no non-finite numbers, no cycles, no class
 * instances, functions, `undefined`, symbols or bigints. Issues come out in document order.
 */
export function prescan(input: unknown, limits: InputLimits): PrescanResult {
  return isPlainJsonWithin(input, limits) ? CLEAN : prescanWithIssues(input, limits);
}

const CLEAN: PrescanResult = Object.freeze({ tooLarge: undefined, issues: Object.freeze([]) });

/** {@link prescan} when something is wrong: the walk that finds every issue, in document order, with its path. */
export function prescanWithIssues(input: unknown, limits: InputLimits): PrescanResult {
  const issues: ValidationIssue[] = [];
  const stack: Frame[] = [{ value: input, parent: undefined, key: undefined, depth: 1 }];
  const ancestors = new Set<object>();
  let nodes = 0;
  let bytes = 0;
  const stop = (code: ValidationIssueCode, frame: Frame | undefined, params: Record<string, unknown>) => ({
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
      issues.push(issue(frame.report, pathOf(frame), frame.report === 'forbidden_key' ? { key: frame.key } : {}));
      continue;
    }
    nodes += 1;
    if (nodes > limits.maxNodes) return stop('too_many_nodes', frame, { maximum: limits.maxNodes });
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        return stop('string_too_long', frame, { maximum: limits.maxStringLength, actual: value.length });
      }
      bytes += value.length + 2;
      if (LONE_SURROGATE.test(value)) issues.push(issue('lone_surrogate', pathOf(frame), {}));
    } else if (typeof value === 'number') {
      bytes += 8;
      if (!Number.isFinite(value)) issues.push(issue('not_finite', pathOf(frame), { value: String(value) }));
    } else if (typeof value === 'boolean' || value === null) {
      bytes += 5;
    } else if (typeof value === 'object') {
      if (depth > limits.maxDepth) return stop('too_deep', frame, { maximum: limits.maxDepth });
      if (ancestors.has(value)) {
        issues.push(issue('circular', pathOf(frame), {}));
        continue;
      }
      // Only the objects on the current branch count as ancestors, so a value shared by two branches
      // (valid JSON once serialised) is not mistaken for a cycle.
      ancestors.add(value);
      stack.push({ value, parent: frame.parent, key: frame.key, depth, exit: true });
      bytes += 2;
      if (Array.isArray(value)) {
        if (value.length > limits.maxItems) {
          return stop('too_many_items', frame, { maximum: limits.maxItems, actual: value.length });
        }
        bytes += value.length;
        for (let i = value.length - 1; i >= 0; i -= 1) {
          stack.push({ value: value[i], parent: frame, key: i, depth: depth + 1 });
        }
      } else {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
          issues.push(issue('not_json', pathOf(frame), { received: describe(value) }));
          continue;
        }
        const keys = Object.keys(value);
        if (keys.length > limits.maxKeys) {
          return stop('too_many_keys', frame, { maximum: limits.maxKeys, actual: keys.length });
        }
        for (let i = keys.length - 1; i >= 0; i -= 1) {
          const key = keys[i] as string;
          bytes += key.length + 3;
          if (FORBIDDEN_KEYS.has(key)) {
            stack.push({ value: undefined, parent: frame, key, depth, report: 'forbidden_key' });
            continue;
          }
          stack.push({ value: (value as Record<string, unknown>)[key], parent: frame, key, depth: depth + 1 });
          if (LONE_SURROGATE.test(key))
            stack.push({ value: undefined, parent: frame, key, depth, report: 'lone_surrogate' });
        }
      }
    } else {
      issues.push(issue('not_json', pathOf(frame), { received: typeof value }));
    }
    if (bytes > limits.maxBytes) return stop('input_too_large', undefined, { maximum: limits.maxBytes });
  }
  return { tooLarge: undefined, issues };
}

const isWellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (text) => !LONE_SURROGATE.test(text);

/**
 * The common case, decided without building anything: true only when {@link prescanWithIssues} would find
 * nothing, counting nodes and bytes the same way. It keeps no ancestors: a cycle grows the depth until the
 * limit says false, and the full walk then names the cycle.
 */
export function isPlainJsonWithin(input: unknown, limits: InputLimits): boolean {
  const values: unknown[] = [input];
  const depths: number[] = [1];
  let nodes = 0;
  let bytes = 0;
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    nodes += 1;
    if (nodes > limits.maxNodes) return false;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength || !isWellFormed(value)) return false;
      bytes += value.length + 2;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return false;
      bytes += 8;
    } else if (typeof value === 'boolean' || value === null) {
      bytes += 5;
    } else if (typeof value === 'object') {
      if (depth > limits.maxDepth) return false;
      bytes += 2;
      if (Array.isArray(value)) {
        if (value.length > limits.maxItems) return false;
        bytes += value.length;
        for (let i = value.length - 1; i >= 0; i -= 1) {
          values.push(value[i]);
          depths.push(depth + 1);
        }
      } else {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) return false;
        const keys = Object.keys(value);
        if (keys.length > limits.maxKeys) return false;
        for (let i = keys.length - 1; i >= 0; i -= 1) {
          const key = keys[i] as string;
          if (FORBIDDEN_KEYS.has(key) || !isWellFormed(key)) return false;
          bytes += key.length + 3;
          values.push((value as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    } else {
      return false;
    }
    if (bytes > limits.maxBytes) return false;
  }
  return true;
}

function describe(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name.length > 0 ? name : 'object';
}
