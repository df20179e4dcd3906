import { readOpenBadgeParts } from '../../interop/ob3/read-parts.js';
import { finishImport } from '../../interop/shared/finish.js';
import type { JsonObject } from '../../interop/shared/json.js';
import { importMode } from '../../interop/shared/options.js';
import { readContext } from '../../interop/shared/reader.js';
import type { ImportOptions, ImportResult } from '../../interop/types.js';
import { readDc4euTerms } from './read-terms.js';

/**
 * Reads DC4EU claims (an Open Badges 3.0 credential with the DC4EU claims) into the model: the Open Badges
 * reading, plus the elements the DC4EU claims hold natively, overridden by microcred extension terms where
 * present, exactly as an Open Badges import.
 */
export function readDc4euClaims(doc: JsonObject, options: ImportOptions | undefined): ImportResult {
  const ctx = readContext('ob3', importMode(options));
  const terms = readDc4euTerms(ctx, doc);
  const { native, extension } = readOpenBadgeParts(ctx, terms.doc, terms.ectsStated);
  const merged: JsonObject = { ...native, ...terms.values };
  if (terms.assessmentTypes !== undefined) {
    const read = native['assessment'];
    merged['assessment'] = { ...(typeof read === 'object' && read !== null ? read : {}), types: terms.assessmentTypes };
  }
  return finishImport(merged, extension, ctx, options);
}
