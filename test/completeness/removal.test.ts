import { describe, expect, it } from 'vitest';
import { ELEMENT_FIELDS } from '../../src/completeness/elements.js';
import { checkCompleteness, type ElementId, profiles } from '../../src/completeness/index.js';
import { completeFor, type ProfileKey, statuses } from '../support/completeness.js';

const KEYS = Object.keys(profiles) as ProfileKey[];

describe('a complete credential meets each built-in profile', () => {
  it.each(KEYS)('%s', (key) => {
    const { draft, options } = completeFor(key);
    const report = checkCompleteness(draft, options);
    expect(report.counts.errors, JSON.stringify(report.entries.flatMap((e) => e.findings))).toBe(0);
    for (const entry of report.entries) expect(['present', 'not-applicable', 'warning']).toContain(entry.status);
  });
});

describe('removing one mandatory element flags exactly that element', () => {
  const cases = KEYS.flatMap((key) =>
    (Object.entries(profiles[key].elements) as [ElementId, { requirement: string }][])
      .filter(([, spec]) => spec.requirement === 'mandatory')
      .map(([element]) => [key, element] as const),
  );

  it.each(cases)('%s: without (%s)', (key, element) => {
    const { draft, options } = completeFor(key);
    const before = statuses(checkCompleteness(draft, options));
    const without = { ...draft };
    for (const field of ELEMENT_FIELDS[element].fields) delete without[field];
    const report = checkCompleteness(without, options);
    const after = statuses(report);
    expect(after[element]).toBe('missing');
    const changed = Object.keys(after).filter((id) => after[id as ElementId] !== before[id as ElementId]);
    expect(changed).toEqual([element]);
    expect(report.verdict).toBe('incomplete');
    const entry = report.entries.find((e) => e.element === element);
    expect(entry?.reason).toBe('element_missing');
    expect(entry?.findings.every((f) => f.reason === 'element_missing')).toBe(true);
  });

  it('a blank value ("", null, [], {}) counts as absent, not as invalid', () => {
    const { draft, options } = completeFor('eu2022');
    for (const blank of ['  ', null, [], {}]) {
      const report = checkCompleteness({ ...draft, learningOutcomes: blank, title: blank }, options);
      expect(statuses(report).f).toBe('missing');
      expect(statuses(report).b).toBe('missing');
    }
  });
});
