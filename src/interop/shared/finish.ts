import { acceptsAsIs } from '../../internal/accept-as-is.js';
import { safeParseWith } from '../../internal/parse-with.js';
import { isMicroCredential } from '../../model/generated/is-micro-credential.js';
import { type MicroCredential, MicroCredentialSchema } from '../../model/micro-credential.js';
import type { ImportOptions, ImportResult } from '../types.js';
import type { ExtensionRead } from './extension.js';
import { MODEL_KEYS } from './extension.js';
import type { JsonObject } from './json.js';
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
  const draft = merge(native, extension, ctx.extensions);
  const missing = REQUIRED_KEYS.filter((key) => draft[key] === undefined);
  for (const key of missing) {
    ctx.warnings.push({ code: 'element-missing', path: [key], message: `The document has no ${key}` });
  }
  // The draft is a fresh object of ours: when the compiled model predicate accepts it, it is the credential.
  if (missing.length === 0 && acceptsAsIs(isMicroCredential, draft)) {
    return { complete: true, credential: draft as MicroCredential, warnings: ctx.warnings };
  }
  const result = safeParseWith(MicroCredentialSchema, draft);
  if (result.success) return { complete: true, credential: result.data, warnings: ctx.warnings };
  if (options?.requireComplete === true) throw result.error;
  return { complete: false, draft, missing, issues: result.error.issues, warnings: ctx.warnings };
}

/**
 * The native reading overridden by the extension terms, minus the terms marked absent, plus the kept parts,
 * without undefined members. Built member by member in the model's key order (then any other member, for
 * validation to refuse): spreading and deleting would leave a slow dictionary-mode object.
 */
function merge(native: JsonObject, extension: ExtensionRead, kept: JsonObject): JsonObject {
  const absent = new Set(extension.absent);
  const draft: JsonObject = {};
  const add = (key: string): void => {
    if (Object.hasOwn(draft, key)) return;
    let value = absent.has(key)
      ? undefined
      : Object.hasOwn(extension.values, key)
        ? extension.values[key]
        : native[key];
    if (key === 'extensions' && Object.keys(kept).length > 0) {
      value = { ...(typeof value === 'object' && value !== null ? value : {}), ...kept };
    }
    if (value !== undefined) draft[key] = value;
  };
  for (const key of MODEL_KEYS) add(key);
  for (const key of Object.keys(native)) add(key);
  for (const key of Object.keys(extension.values)) add(key);
  return draft;
}
