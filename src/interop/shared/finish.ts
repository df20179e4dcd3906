import { safeParseWith } from '../../internal/parse-with.js';
import { MicroCredentialSchema } from '../../model/micro-credential.js';
import type { ImportOptions, ImportResult } from '../types.js';
import { type AssembledImport, assembleImport } from './assemble-import.js';
import type { ExtensionRead } from './extension.js';
import type { JsonObject } from './json.js';
import type { ReadContext } from './reader.js';

/**
 * Ends an import: the native reading, overridden by the document's microcred extension terms, plus every
 * kept part in `extensions`, validated as a whole. A valid result is a credential; anything else is a
 * draft with its missing elements and issues (or a thrown error when the caller requires completeness).
 */
export function finishImport(
  native: JsonObject,
  extension: ExtensionRead,
  ctx: ReadContext,
  options: ImportOptions | undefined,
): ImportResult {
  return settleImport(assembleImport(native, extension, ctx), ctx, options);
}

/**
 * The result of an assembled import. A draft the compiled rules refused is validated with the zod model,
 * which says exactly what is wrong (and accepts it in the rare case the compiled rules are stricter).
 */
export function settleImport(
  assembled: AssembledImport,
  ctx: ReadContext,
  options: ImportOptions | undefined,
): ImportResult {
  if (assembled.accepted) return { complete: true, credential: assembled.credential, warnings: ctx.warnings };
  const { draft, missing } = assembled;
  const result = safeParseWith(MicroCredentialSchema, draft);
  if (result.success) return { complete: true, credential: result.data, warnings: ctx.warnings };
  if (options?.requireComplete === true) throw result.error;
  return { complete: false, draft, missing: [...missing], issues: result.error.issues, warnings: ctx.warnings };
}
