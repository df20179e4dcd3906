import { safeParseWith } from '../../internal/parse-with.js';
import { type MicroCredential, MicroCredentialSchema } from '../../model/micro-credential.js';
import type { ImportOptions, ImportResult } from '../types.js';
import type { ExtensionRead } from './extension.js';
import { compact, type JsonObject } from './json.js';
import type { ReadContext } from './reader.js';

const REQUIRED_KEYS = Object.entries(MicroCredentialSchema.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([key]) => key as keyof MicroCredential);

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
  const merged: JsonObject = { ...native, ...extension.values };
  for (const key of extension.absent) delete merged[key];
  if (Object.keys(ctx.extensions).length > 0) {
    const previous = merged['extensions'];
    merged['extensions'] = {
      ...(typeof previous === 'object' && previous !== null ? previous : {}),
      ...ctx.extensions,
    };
  }
  const draft = compact(merged);
  const missing = REQUIRED_KEYS.filter((key) => draft[key] === undefined);
  for (const key of missing) {
    ctx.warnings.push({ code: 'element-missing', path: [key], message: `The document has no ${key}` });
  }
  const result = safeParseWith(MicroCredentialSchema, draft);
  if (result.success) return { complete: true, credential: result.data, warnings: ctx.warnings };
  if (options?.requireComplete === true) throw result.error;
  return { complete: false, draft, missing, issues: result.error.issues, warnings: ctx.warnings };
}
