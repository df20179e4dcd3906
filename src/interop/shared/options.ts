import { MicrocredOptionsError } from '../../errors.js';
import { defaultCommunityExtensions } from '../community/built-in.js';
import { checkCommunityExtension } from '../community/define.js';
import type { CommunityExtension } from '../community/types.js';
import type { ImportOptions } from '../types.js';
import { isObject } from './json.js';

/** Checks import options (misuse throws `ERR_OPTIONS_INVALID`) and returns the unmappable mode. */
export function importMode(options: ImportOptions | undefined): 'keep' | 'reject' {
  if (options === undefined) return 'keep';
  if (!isObject(options)) throw new MicrocredOptionsError('options', 'must be an object');
  const given: ImportOptions = options;
  const mode = given.unmappable ?? 'keep';
  if (mode !== 'keep' && mode !== 'reject') throw new MicrocredOptionsError('unmappable', 'must be "keep" or "reject"');
  if (given.requireComplete !== undefined && typeof given.requireComplete !== 'boolean') {
    throw new MicrocredOptionsError('requireComplete', 'must be a boolean');
  }
  return mode;
}

/** Throws `ERR_OPTIONS_INVALID` unless `value` is undefined or a URI-like string. */
export function checkUriOption(name: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value))) {
    throw new MicrocredOptionsError(name, 'must be an absolute URI');
  }
}

/** The community extensions an import applies: the option, checked, or the defaults. */
export function importExtensions(options: ImportOptions | undefined): readonly CommunityExtension[] {
  const given = options?.extensions;
  if (given === undefined) return defaultCommunityExtensions;
  if (!Array.isArray(given)) throw new MicrocredOptionsError('extensions', 'must be an array');
  given.forEach((e, i) => {
    checkCommunityExtension(e, `extensions[${i}]`);
  });
  return given;
}
