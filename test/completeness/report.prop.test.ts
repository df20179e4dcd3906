import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELEMENT_FIELDS } from '../../src/completeness/elements.js';
import {
  COMPLETENESS_VERDICTS,
  type CompletenessReport,
  checkCompleteness,
  type ElementId,
  profiles,
} from '../../src/completeness/index.js';
import { microCredentialArb } from '../support/arbitraries.js';
import { NOW, type ProfileKey } from '../support/completeness.js';

const KEYS = Object.keys(profiles) as ProfileKey[];
const profileArb = fc.constantFrom(...KEYS);
const rank = (r: CompletenessReport) => COMPLETENESS_VERDICTS.indexOf(r.verdict);
const tableArb = fc.option(
  fc.constantFrom({ hoursPerEcts: '25' }, { hoursPerEcts: '30', ectsPerUnit: { 'NZ-CREDIT': '1/2' } }),
  {
    nil: undefined,
  },
);

function without(draft: Record<string, unknown>, elements: readonly ElementId[]): Record<string, unknown> {
  const copy = { ...draft };
  for (const e of elements) for (const f of ELEMENT_FIELDS[e].fields) delete copy[f];
  return copy;
}

/** Error findings on every element but one, as comparable strings. */
function errorsOutside(report: CompletenessReport, element: ElementId): string[] {
  return report.entries
    .filter((e) => e.element !== element)
    .flatMap((e) => e.findings.filter((f) => f.severity === 'error').map((f) => JSON.stringify([e.element, f])));
}

describe('completeness properties', () => {
  it('reports are deterministic and plain JSON', () => {
    fc.assert(
      fc.property(microCredentialArb, profileArb, tableArb, (mc, key, conversion) => {
        const options = { profile: profiles[key], now: NOW, ...(conversion === undefined ? {} : { conversion }) };
        const a = checkCompleteness(mc, options);
        const b = checkCompleteness(structuredClone(mc), options);
        expect(b).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('the verdict and counts agree with the findings (an independent count)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), profileArb, (draft, key) => {
        const report = checkCompleteness(draft, { profile: profiles[key], now: NOW });
        const all = report.entries.flatMap((e) => e.findings);
        const errors = all.filter((f) => f.severity === 'error').length;
        const warnings = all.filter((f) => f.severity === 'warning').length;
        expect(report.counts).toEqual({ errors, warnings, infos: all.length - errors - warnings });
        const expected = errors > 0 ? 'incomplete' : warnings > 0 ? 'complete-with-warnings' : 'complete';
        expect(report.verdict).toBe(expected);
        for (const entry of report.entries) {
          const hasError = entry.findings.some((f) => f.severity === 'error');
          expect(['missing', 'invalid'].includes(entry.status)).toBe(hasError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON value or half-filled draft gets a report, never an exception', () => {
    const fields = Object.values(ELEMENT_FIELDS).flatMap((e) => e.fields);
    const draftArb = fc.dictionary(fc.constantFrom(...fields, 'extra'), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(draftArb, profileArb, (draft, key) => {
        expect(checkCompleteness(draft, { profile: profiles[key] }).kind).toBe('completeness');
      }),
      { numRuns: 300 },
    );
  });

  it('adding back a missing mandatory element never makes the report worse', () => {
    fc.assert(
      fc.property(
        microCredentialArb,
        profileArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (mc, key, picks) => {
          const profile = profiles[key];
          const mandatory = (Object.entries(profile.elements) as [ElementId, { requirement: string }][])
            .filter(([id, s]) => s.requirement === 'mandatory' && ELEMENT_FIELDS[id].fields.some((f) => f in mc))
            .map(([id]) => id);
          const removed = [...new Set(picks.map((p) => mandatory[p % mandatory.length] as ElementId))];
          const back = removed[0] as ElementId;
          const options = { profile, now: NOW };
          const before = checkCompleteness(without(mc, removed), options);
          const after = checkCompleteness(without(mc, removed.slice(1)), options);
          expect(rank(after)).toBeLessThanOrEqual(rank(before));
          expect(after.entries.find((e) => e.element === back)?.status).not.toBe('missing');
          const missing = (r: CompletenessReport) => r.entries.filter((e) => e.status === 'missing').length;
          expect(missing(after)).toBe(missing(before) - 1);
          if (key === 'eu2022') {
            // Annex I has no rule that lets one element's value cause an error on another.
            const gained = errorsOutside(after, back).filter((f) => !errorsOutside(before, back).includes(f));
            expect(gained).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
