/**
 * Reads an untrusted draft element by element: limits first, then one pass of the model schema whose issues
 * are sorted to the elements they belong to, so one broken element never hides the others.
 *
 * @module
 */

import { MicrocredValidationError, type ValidationIssue } from '../errors.js';
import type { InputLimits } from '../internal/input-limits.js';
import { jsonType } from '../internal/json-type.js';
import { checkSchema } from '../internal/parse-with.js';
import { prescan } from '../internal/prescan.js';
import { snapshotOrThrow } from '../internal/typed-errors.js';
import { type MicroCredential, MicroCredentialSchema } from '../model/micro-credential.js';
import { ELEMENT_FIELDS, ELEMENT_IDS, type ElementId, elementOfPath } from './elements.js';
import type { ElementState } from './profile.js';

type Path = readonly (string | number)[];

/** What the checker learnt from the draft. */
export interface DraftAnalysis {
  /** The top-level fields that are present and valid (unknown keys inside them aside). */
  readonly draft: Partial<MicroCredential>;
  readonly states: Readonly<Record<ElementId, ElementState>>;
  /** The model's issues, by element, in document order (unknown keys apart). */
  readonly issues: ReadonlyMap<ElementId, readonly ValidationIssue[]>;
  /** Unknown keys anywhere in the draft, in document order. */
  readonly unknownKeys: readonly Path[];
  /** The JSON type of the draft when it is not an object (then every element is absent). */
  readonly notAnObject: string | undefined;
}

const SHAPE_KEYS: ReadonlySet<string> = new Set(Object.keys(MicroCredentialSchema.shape));

/** Empty values a form sends for a field left blank: they count as absent, not as invalid. */
function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return !/\S/.test(value);
  if (Array.isArray(value)) return value.length === 0;
  return (
    typeof value === 'object' && Object.keys(value).length === 0 && Object.getPrototypeOf(value) === Object.prototype
  );
}

function emptyAnalysis(notAnObject: string): DraftAnalysis {
  const states = Object.fromEntries(ELEMENT_IDS.map((id) => [id, 'absent'])) as Record<ElementId, ElementState>;
  return { draft: {}, states, issues: new Map(), unknownKeys: [], notAnObject };
}

/**
 * Analyses a draft.
 *
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` past a limit; `ERR_VALIDATION` for a cycle (not JSON)
 *   or an object that cannot be read as data (an accessor, a revoked Proxy)
 */
export function analyseDraft(untrusted: unknown, limits: InputLimits): DraftAnalysis {
  // Our own copy, read without running getters or Proxy traps: the rest reads only plain data.
  const input = snapshotOrThrow(untrusted, limits);
  const scan = prescan(input, limits);
  if (scan.tooLarge !== undefined) throw new MicrocredValidationError([scan.tooLarge], 'ERR_INPUT_TOO_LARGE');
  const cycles = scan.issues.filter((i) => i.code === 'circular');
  if (cycles.length > 0) throw new MicrocredValidationError(cycles);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return emptyAnalysis(jsonType(input));
  if (Object.getPrototypeOf(input) !== Object.prototype && Object.getPrototypeOf(input) !== null) {
    return emptyAnalysis('object');
  }
  const source = input as Record<string, unknown>;
  const blank = new Set<string>();
  for (const key in source) {
    if (Object.hasOwn(source, key) && SHAPE_KEYS.has(key) && isBlank(source[key])) blank.add(key);
  }
  // The common case, a filled-in credential, is validated as it is; blank fields are left out of a copy.
  let present = source;
  if (blank.size > 0) {
    present = {};
    for (const key of Object.keys(source)) if (!blank.has(key)) present[key] = source[key];
  }
  // A field left `undefined` by a form is blank, not a non-JSON value.
  const scanIssues =
    blank.size === 0 ? scan.issues : scan.issues.filter((i) => !(i.path.length === 1 && blank.has(String(i.path[0]))));
  const checked = checkSchema(MicroCredentialSchema, present, scanIssues, limits);
  if (checked.tooDeep !== undefined) throw checked.tooDeep;
  const issues = new Map<ElementId, ValidationIssue[]>();
  const brokenFields = new Set<string | number>();
  for (const issue of checked.issues) {
    // A required top-level field that is absent is the profile's business, not a shape problem.
    if (issue.code === 'required' && issue.path.length === 1) continue;
    const element = elementOfPath(issue.path);
    const list = issues.get(element) ?? [];
    list.push(issue);
    issues.set(element, list);
    if (issue.path.length > 0) brokenFields.add(issue.path[0] as string | number);
  }
  const draft: Record<string, unknown> = {};
  for (const key of Object.keys(present)) {
    if (SHAPE_KEYS.has(key) && !brokenFields.has(key)) draft[key] = present[key];
  }
  const states = {} as Record<ElementId, ElementState>;
  for (const id of ELEMENT_IDS) {
    let state: ElementState = 'absent';
    for (const field of ELEMENT_FIELDS[id].fields) {
      if (!Object.hasOwn(present, field)) continue;
      if (brokenFields.has(field)) {
        state = 'invalid';
        break;
      }
      state = 'valid';
    }
    states[id] = state;
  }
  if (issues.has('c') && states.c === 'valid') states.c = 'invalid';
  return {
    draft: draft as Partial<MicroCredential>,
    states,
    issues,
    unknownKeys: checked.unknownKeys,
    notAnObject: undefined,
  };
}
