import { MicrocredValidationError, type ValidationIssue, type ValidationIssueCode } from '../errors.js';
import type { InputLimits } from './input-limits.js';
import { issue } from './issue.js';

/** The outcome of {@link snapshotInput}: our own copy of the input, or why it could not be taken. */
export type Snapshot =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: MicrocredValidationError };

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

/** One value to copy: where it comes from, where its copy goes, and how to rebuild its path. */
interface Task {
  readonly value: unknown;
  readonly into: Container;
  readonly key: Key;
  readonly parent: Task | undefined;
  readonly depth: number;
  /** Set on the marker pushed after an object's members: leaving that object's branch. Every task has the
   * member, so all tasks share one shape. */
  readonly exit: object | undefined;
}

function pathOf(task: Task | undefined): Key[] {
  const path: Key[] = [];
  for (let t = task; t?.parent !== undefined; t = t.parent) path.push(t.key);
  return path.reverse();
}

/** Stand-in prototypes for values that are not plain data (a `Date`, a class instance), by constructor name. */
const STAND_INS = new Map<string, object>();
function standIn(name: string): object {
  let proto = STAND_INS.get(name);
  if (proto === undefined) {
    proto = Object.freeze({ constructor: Object.freeze({ name }) });
    STAND_INS.set(name, proto);
  }
  return Object.create(proto) as object;
}

/**
 * Copies untrusted input into fresh plain data before anything validates or reads it, so what is checked
 * is exactly what is used afterwards, and nothing the caller's object does can throw out of a parser.
 *
 * The walk is iterative and bounded by the input limits (depth, members, items, string length, values,
 * size; `ERR_INPUT_TOO_LARGE` with the path). It reads own enumerable data properties only, through
 * property descriptors, so no getter and no `get` or `has` trap of a Proxy ever runs. It refuses with
 * `ERR_VALIDATION` (issue `not_json` at the path, the thrown error as `cause`): an accessor property (a
 * getter or setter, even one that would not throw), and anything that throws while being inspected (a
 * revoked Proxy, a trap that throws, a trap whose answers contradict each other). A Proxy that answers
 * consistently is copied like the object it pretends to be: from then on only the copy is used.
 *
 * What is not JSON but can be inspected safely is copied so that the input pre-scan reports it as before:
 * primitives as they are (`undefined`, functions, symbols and bigints included), cycles as cycles of the
 * copy, and an object with another prototype (a `Date`, a class instance) as an empty stand-in that names
 * its constructor. `__proto__` keys are defined as own properties, never assigned.
 */
export function snapshotInput(input: unknown, limits: InputLimits): Snapshot {
  const root: Record<string, unknown> = {};
  const stack: Task[] = [{ value: input, into: root, key: 'value', parent: undefined, depth: 1, exit: undefined }];
  // The objects on the path being copied, and their copies: a cycle points back to one of them. A path is at most
  // `maxDepth` long, so a scan is cheaper than hashing every object into a map.
  const ancestors: object[] = [];
  const copies: Container[] = [];
  let nodes = 0;
  let bytes = 0;
  try {
    while (stack.length > 0) {
      const task = stack.pop() as Task;
      if (task.exit !== undefined) {
        ancestors.pop();
        copies.pop();
        continue;
      }
      const { value, depth } = task;
      nodes += 1;
      if (nodes > limits.maxNodes) throw tooLarge(task, 'too_many_nodes', { maximum: limits.maxNodes });
      if (typeof value === 'string') {
        if (value.length > limits.maxStringLength) {
          throw tooLarge(task, 'string_too_long', { maximum: limits.maxStringLength, actual: value.length });
        }
        bytes += value.length + 2;
        put(task, value);
      } else if (typeof value !== 'object' || value === null) {
        bytes += typeof value === 'number' ? 8 : typeof value === 'boolean' || value === null ? 5 : 0;
        put(task, value);
      } else {
        if (depth > limits.maxDepth) throw tooLarge(task, 'too_deep', { maximum: limits.maxDepth });
        const cycle = ancestors.lastIndexOf(value);
        if (cycle !== -1) {
          put(task, copies[cycle]);
          continue;
        }
        // Leaving this object's branch comes after its members, so it is pushed before them.
        stack.push({ value: undefined, into: task.into, key: task.key, parent: task.parent, depth, exit: value });
        const copy = copyShell(task, value, limits, stack);
        ancestors.push(value);
        copies.push(copy.container);
        put(task, copy.container);
        bytes += copy.bytes;
      }
      if (bytes > limits.maxBytes) throw tooLarge(undefined, 'input_too_large', { maximum: limits.maxBytes });
    }
  } catch (thrown) {
    // Every inspection of the caller's value converts what it throws into a MicrocredValidationError.
    if (thrown instanceof MicrocredValidationError) return { ok: false, error: thrown };
    throw thrown;
  }
  return { ok: true, value: root['value'] };
}

function put(task: Task, value: unknown): void {
  if (task.key === '__proto__' && !Array.isArray(task.into)) {
    Object.defineProperty(task.into, '__proto__', { value, writable: true, enumerable: true, configurable: true });
  } else {
    (task.into as Record<Key, unknown>)[task.key] = value;
  }
}

function tooLarge(task: Task | undefined, code: ValidationIssueCode, params: Record<string, unknown>) {
  return new MicrocredValidationError([issue(code, pathOf(task), params)], 'ERR_INPUT_TOO_LARGE');
}

function unreadable(task: Task, received: string, cause?: unknown): MicrocredValidationError {
  const found: ValidationIssue = issue('not_json', pathOf(task), { received });
  return new MicrocredValidationError([found], 'ERR_VALIDATION', cause === undefined ? {} : { cause });
}

/**
 * The copy of one object or array, with its members pushed as tasks (in reverse, so they come out in
 * document order). Every inspection of the caller's value happens here, inside one `try`.
 */
function copyShell(
  task: Task,
  value: object,
  limits: InputLimits,
  stack: Task[],
): { container: Container; bytes: number } {
  let isArray: boolean;
  let proto: unknown;
  try {
    isArray = Array.isArray(value);
    proto = Object.getPrototypeOf(value);
  } catch (cause) {
    throw unreadable(task, 'an unreadable object', cause);
  }
  const depth = task.depth + 1;
  if (isArray) {
    const length = readData(task, value, 'length');
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      throw unreadable(task, 'an array with an unreadable length');
    }
    if (length > limits.maxItems) throw tooLarge(task, 'too_many_items', { maximum: limits.maxItems, actual: length });
    const container: unknown[] = new Array<unknown>(length).fill(undefined);
    for (let i = length - 1; i >= 0; i -= 1) {
      stack.push({
        value: readData(task, value, String(i), i),
        into: container,
        key: i,
        parent: task,
        depth,
        exit: undefined,
      });
    }
    return { container, bytes: 2 + length };
  }
  if (proto !== Object.prototype && proto !== null) {
    return { container: standIn(constructorName(proto)) as Container, bytes: 2 };
  }
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (cause) {
    throw unreadable(task, 'an object whose keys cannot be read', cause);
  }
  if (keys.length > limits.maxKeys)
    throw tooLarge(task, 'too_many_keys', { maximum: limits.maxKeys, actual: keys.length });
  const container: Record<string, unknown> = proto === null ? (Object.create(null) as Record<string, unknown>) : {};
  let bytes = 2;
  for (let i = keys.length - 1; i >= 0; i -= 1) {
    const key = keys[i] as string;
    bytes += key.length + 3;
    stack.push({ value: readData(task, value, key, key), into: container, key, parent: task, depth, exit: undefined });
  }
  return { container, bytes };
}

/** An own data property's value, read through its descriptor: a getter never runs. */
function readData(task: Task, value: object, key: string, at?: Key): unknown {
  let descriptor: PropertyDescriptor | undefined;
  try {
    descriptor = Object.getOwnPropertyDescriptor(value, key);
  } catch (cause) {
    throw unreadable(member(task, at), 'an unreadable property', cause);
  }
  if (descriptor === undefined) {
    // A hole in an array is `undefined`, as before; a listed key without a property is a lying Proxy.
    if (at !== undefined && typeof at === 'number') return undefined;
    throw unreadable(member(task, at), 'a property that vanished while being read');
  }
  if (descriptor.get !== undefined || descriptor.set !== undefined || !('value' in descriptor)) {
    throw unreadable(member(task, at), 'an accessor property (a getter or setter), not data');
  }
  return descriptor.value;
}

/** The task of member `at` of the object `task` copies (built only to name a path in an error). */
function member(task: Task, at: Key | undefined): Task {
  return at === undefined ? task : { ...task, key: at, parent: task, exit: undefined };
}

function constructorName(proto: unknown): string {
  try {
    const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value as unknown;
    const name = typeof ctor === 'function' ? Object.getOwnPropertyDescriptor(ctor, 'name')?.value : undefined;
    return typeof name === 'string' && name.length > 0 ? name : 'object';
  } catch {
    return 'object';
  }
}
