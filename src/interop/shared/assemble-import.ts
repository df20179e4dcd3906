import { acceptsAsIs } from '../../internal/accept-as-is.js';
import {
  isMicroCredential,
  MICRO_CREDENTIAL_KEYS,
  REQUIRED_MICRO_CREDENTIAL_KEYS,
} from '../../model/generated/is-micro-credential.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import type { ExtensionRead } from './extension.js';
import type { JsonObject } from './json.js';
import type { ReadContext } from './reader.js';

/**
 * An import put together and checked by the compiled model rules: either the credential, or a draft that the
 * full model validation must explain (`settleImport` in finish.ts). Kept apart from the zod model so that a
 * reader of valid credentials (the browser verifier) never loads it.
 */
export type AssembledImport =
  | { readonly accepted: true; readonly credential: MicroCredential }
  | { readonly accepted: false; readonly draft: JsonObject; readonly missing: readonly (keyof MicroCredential)[] };

/**
 * The native reading, overridden by the document's microcred extension terms, plus every kept part in
 * `extensions`; each missing mandatory element is noted as a warning. The draft is a fresh object of ours,
 * so when the compiled model predicate accepts it, it is the credential. `scanned` says the document passed
 * the input pre-scan already (the JWT verifier scans the whole payload): the draft is made of its values, so
 * it is plain JSON without prototype keys or lone surrogates, and its pre-scan is skipped.
 */
export function assembleImport(
  native: JsonObject,
  extension: ExtensionRead,
  ctx: ReadContext,
  scanned = false,
): AssembledImport {
  const draft = merge(native, extension, ctx.extensions);
  const missing = REQUIRED_MICRO_CREDENTIAL_KEYS.filter((key) => draft[key] === undefined) as (keyof MicroCredential)[];
  for (const key of missing) {
    ctx.warnings.push({ code: 'element-missing', path: [key], message: `The document has no ${key}` });
  }
  if (missing.length === 0 && (scanned ? isMicroCredential(draft) : acceptsAsIs(isMicroCredential, draft))) {
    return { accepted: true, credential: draft as MicroCredential };
  }
  return { accepted: false, draft, missing };
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
  for (const key of MICRO_CREDENTIAL_KEYS) add(key);
  for (const key of Object.keys(native)) add(key);
  for (const key of Object.keys(extension.values)) add(key);
  return draft;
}
