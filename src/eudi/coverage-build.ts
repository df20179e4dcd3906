import { isObject, type JsonObject, jsonEqual } from '../interop/shared/json.js';
import {
  ANNEX_ELEMENTS,
  type AnnexElement,
  type CoverageOutcome,
  type CoverageReport,
  ELEMENT_FIELDS,
  type ElementCoverage,
  elementValue,
} from './coverage.js';

/** The claims holding each element in one attestation type, and how well the type's claims can hold it. */
export interface TypeCoverage {
  readonly claims: Readonly<Record<AnnexElement, readonly string[]>>;
  readonly best: Readonly<Record<AnnexElement, CoverageOutcome>>;
}

function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return !isObject(value) || Object.values(value).some((v) => v !== undefined);
}

function entry(
  element: AnnexElement,
  native: CoverageOutcome,
  restored: boolean,
  claims: readonly string[],
): ElementCoverage {
  if (native === 'carried' || native === 'absent')
    return { element, outcome: native, native, via: native === 'carried' ? 'native' : 'none', claims };
  if (restored) return { element, outcome: 'carried', native, via: 'microcred', claims };
  return { element, outcome: native, native, via: native === 'not-carried' ? 'none' : 'native', claims };
}

/**
 * The export report: each element of the credential compared with what reading the type's own claims back
 * gives; an element that differs is restored when every model field holding it went into the microcred claim.
 */
export function exportCoverage(
  mc: Readonly<JsonObject>,
  nativeBack: Readonly<JsonObject>,
  inMicrocred: ReadonlySet<string>,
  type: TypeCoverage,
): CoverageReport {
  return ANNEX_ELEMENTS.map((element) => {
    const expected = elementValue(mc, element);
    const back = elementValue(nativeBack, element);
    let native: CoverageOutcome;
    if (!present(expected)) native = 'absent';
    else if (jsonEqual(expected, back)) native = 'carried';
    else native = present(back) ? 'carried-with-loss' : 'not-carried';
    const restored = ELEMENT_FIELDS[element].every((f) => inMicrocred.has(f));
    return entry(element, native, restored, type.claims[element]);
  });
}

/**
 * The import report: an element read from the microcred claim is carried; one read from the type's own claims
 * is carried as well as those claims allow; one missing is `not-carried` when the type has no claim for it,
 * else `absent` (not in the credential, or not disclosed).
 */
export function importCoverage(
  credential: Readonly<JsonObject>,
  fromMicrocred: ReadonlySet<string>,
  type: TypeCoverage,
): CoverageReport {
  return ANNEX_ELEMENTS.map((element) => {
    const best = type.best[element];
    if (!present(elementValue(credential, element))) {
      const native = best === 'not-carried' ? 'not-carried' : 'absent';
      return { element, outcome: native, native, via: 'none', claims: type.claims[element] };
    }
    const restored = ELEMENT_FIELDS[element].every((f) => fromMicrocred.has(f));
    if (restored && best !== 'carried') {
      return { element, outcome: 'carried', native: best, via: 'microcred', claims: type.claims[element] };
    }
    return entry(element, best, false, type.claims[element]);
  });
}
