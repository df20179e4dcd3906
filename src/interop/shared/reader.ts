import { MicrocredInteropError } from '../../errors.js';
import type { InteropWarning, InteropWarningCode } from '../types.js';
import { isObject, type JsonObject, type JsonPath, jsonPointer } from './json.js';

/** The short name of a format, used as the namespace of extension keys. */
export type FormatName = 'vc2' | 'ob3' | 'ob2' | 'elm' | 'eudi';

/** The state of one import: the warnings and kept parts it has collected so far. */
export interface ReadContext {
  readonly format: FormatName;
  readonly mode: 'keep' | 'reject';
  readonly warnings: InteropWarning[];
  readonly extensions: Record<string, unknown>;
  /** The document was written by microcred: values it derived from the model are not unknown parts. */
  readonly own: boolean;
}

/** A fresh context for one import. */
export function readContext(format: FormatName, mode: 'keep' | 'reject', own = false): ReadContext {
  return { format, mode, warnings: [], extensions: {}, own };
}

/** Records a warning that keeps nothing (the value was mapped, with a caveat). */
export function note(ctx: ReadContext, code: InteropWarningCode, path: JsonPath, message: string): void {
  ctx.warnings.push({ code, path: [...path], message });
}

/**
 * A part that cannot be mapped: kept in `extensions` under `<format>:<pointer>` with a warning, or rejected
 * with `ERR_INTEROP_UNMAPPABLE` in reject mode.
 */
export function unmappable(
  ctx: ReadContext,
  code: InteropWarningCode,
  path: JsonPath,
  value: unknown,
  message: string,
): void {
  if (ctx.mode === 'reject') throw new MicrocredInteropError(path, message);
  const extensionKey = `${ctx.format}:${jsonPointer(path)}`;
  ctx.extensions[extensionKey] = value;
  ctx.warnings.push({ code, path: [...path], message: `${message}; kept in extensions`, extensionKey });
}

/**
 * Keeps every property of `object` that is not in `known` as unknown. Where the importer reads microcred
 * extension terms (`withExtension`), `microcred:` properties are left to it.
 */
export function leftovers(
  ctx: ReadContext,
  object: unknown,
  path: JsonPath,
  known: readonly string[],
  withExtension = false,
): void {
  if (!isObject(object)) return;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    if (!known.includes(key) && !(withExtension && key.startsWith('microcred:'))) {
      unmappable(ctx, 'unknown-property', [...path, key], object[key], `${key} is not modelled by microcred`);
    }
  }
}

/** The object at `path`, or undefined after keeping the value as invalid when it is not an object. */
export function objectAt(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject | undefined {
  if (value === undefined) return undefined;
  if (isObject(value)) return value;
  unmappable(ctx, 'invalid-value', path, value, 'Expected an object');
  return undefined;
}
