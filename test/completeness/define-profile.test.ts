import { describe, expect, it } from 'vitest';
import {
  type CompletenessRule,
  checkCompleteness,
  defineProfile,
  extendProfile,
  forbidTitleWords,
  profiles,
  requireWorkloadRange,
} from '../../src/completeness/index.js';
import { findings, NOW } from '../support/completeness.js';
import { completeExample } from '../support/examples.js';

const gradeShown: CompletenessRule = {
  id: 'ACME-3',
  element: 'grade',
  severity: 'warning',
  check: (ctx) =>
    ctx.draft.grade?.scheme === undefined ? [] : [{ reason: 'custom', params: { text: 'Scheme shown' } }],
};

describe('defineProfile', () => {
  const acme = defineProfile({
    id: 'acme-short',
    version: '2025-01',
    title: 'ACME short courses',
    sources: [{ title: 'ACME academic regulations, article 12', url: 'https://acme.example/regulations' }],
    elements: {
      b: { requirement: 'mandatory', rule: 'ACME-1' },
      g: { requirement: 'mandatory', rule: 'ACME-2' },
      grade: { requirement: 'optional' },
    },
    rules: [requireWorkloadRange({ id: 'ACME-2', unit: 'HOURS', minimum: '10', maximum: '40' }), gradeShown],
  });

  it('gives the same report shape as the built-in profiles', () => {
    const report = checkCompleteness(
      { title: 'Welding', workload: { hours: '9.5' }, grade: { value: 'A', scheme: 'A-F' } },
      { profile: acme },
    );
    expect(report.profile).toEqual({ id: 'acme-short', version: '2025-01', title: 'ACME short courses' });
    expect(report.entries.map((e) => [e.element, e.status])).toEqual([
      ['b', 'present'],
      ['g', 'invalid'],
      ['grade', 'warning'],
    ]);
    expect(findings(report)).toEqual(['ACME-2 error credits_below_minimum', 'ACME-3 warning custom']);
    expect(report.entries[1]?.rules).toEqual(['ACME-2']);
  });

  it('reports a missing mandatory element and a malformed value under the element’s rule, or MODEL', () => {
    const report = checkCompleteness({ grade: { value: 7 } }, { profile: acme });
    expect(findings(report)).toEqual([
      'ACME-1 error element_missing',
      'ACME-2 error element_missing',
      'MODEL error schema_violation',
    ]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(acme)).toBe(true);
    expect(Object.isFrozen(acme.elements)).toBe(true);
    expect(Object.isFrozen(acme.rules)).toBe(true);
  });

  it.each([
    [{ id: '', version: '1', title: 'x', elements: {} }, 'id'],
    [{ id: 'a b', version: '1', title: 'x', elements: {} }, 'id'],
    [{ id: 'a', version: ' ', title: 'x', elements: {} }, 'version'],
    [{ id: 'a', version: '1', title: 'x' }, 'elements'],
    [{ id: 'a', version: '1', title: 'x', elements: [] }, 'elements'],
    [{ id: 'a', version: '1', title: 'x', elements: { z: { requirement: 'mandatory' } } }, 'elements.z'],
    [{ id: 'a', version: '1', title: 'x', elements: { a: 'mandatory' } }, 'elements.a'],
    [{ id: 'a', version: '1', title: 'x', elements: { a: { requirement: 'required' } } }, 'elements.a.requirement'],
    [{ id: 'a', version: '1', title: 'x', elements: { a: { requirement: 'optional', rule: '' } } }, 'elements.a.rule'],
    [{ id: 'a', version: '1', title: 'x', elements: {}, rules: {} }, 'rules'],
    [{ id: 'a', version: '1', title: 'x', elements: {}, rules: [null] }, 'rules.0'],
    [
      {
        id: 'a',
        version: '1',
        title: 'x',
        elements: {},
        rules: [{ id: 'r', element: 'q', severity: 'error', check: () => [] }],
      },
      'rules.0.element',
    ],
    [
      {
        id: 'a',
        version: '1',
        title: 'x',
        elements: {},
        rules: [{ id: 'r', element: 'a', severity: 'fatal', check: () => [] }],
      },
      'rules.0.severity',
    ],
    [
      { id: 'a', version: '1', title: 'x', elements: {}, rules: [{ id: 'r', element: 'a', severity: 'error' }] },
      'rules.0.check',
    ],
    [{ id: 'a', version: '1', title: 'x', elements: {}, sources: 'EU' }, 'sources'],
    [{ id: 'a', version: '1', title: 'x', elements: {}, sources: [1] }, 'sources.0'],
    [{ id: 'a', version: '1', title: 'x', elements: {}, sources: [{ title: '' }] }, 'sources.0.title'],
    [null, 'profile'],
  ])('rejects a malformed definition %#', (definition, option) => {
    expect(() => defineProfile(definition as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID', option }),
    );
  });

  it('refuses a custom rule’s finding that no locale could render', () => {
    const profile = (reason: string, severity?: string) =>
      defineProfile({
        id: 'js',
        version: '1',
        title: 'A profile written in JavaScript',
        elements: {},
        rules: [{ id: 'JS-1', element: 'b', severity: 'error', check: () => [{ reason, severity } as never] }],
      });
    expect(() => checkCompleteness({}, { profile: profile('looks_odd') })).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID', option: 'profile.rules.JS-1' }),
    );
    expect(() => checkCompleteness({}, { profile: profile('custom', 'fatal') })).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
  });

  it('rejects malformed bounds and word lists in the rule helpers', () => {
    expect(() => requireWorkloadRange({ id: 'X', unit: 'ECTS', minimum: '-1' })).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID', option: 'minimum' }),
    );
    expect(() => requireWorkloadRange({ id: 'X', unit: 'ECTS', also: [{ unit: 'HOURS', maximum: 'ten' }] })).toThrow(
      expect.objectContaining({ option: 'also.0.maximum' }),
    );
    expect(() => forbidTitleWords({ id: 'X', words: [] })).toThrow(expect.objectContaining({ option: 'words' }));
    expect(() => forbidTitleWords({ id: 'X', words: [' '] })).toThrow(expect.objectContaining({ option: 'words' }));
  });
});

describe('extendProfile', () => {
  const strict = extendProfile(profiles.eu2022, {
    id: 'acme-strict',
    version: '1',
    title: 'EU 2022 with a grade and no "certificate" in titles',
    sources: [{ title: 'ACME policy' }],
    elements: { grade: { requirement: 'mandatory', rule: 'ACME-G' } },
    rules: [forbidTitleWords({ id: 'ACME-T', words: ['certificate', 'fast track'] })],
    remove: ['EU-g2'],
  });

  it('adds, tightens and removes rules without touching the base', () => {
    expect(strict.elements.grade).toEqual({ requirement: 'mandatory', rules: ['ACME-G'] });
    expect(strict.rules.some((r) => r.id === 'EU-g2')).toBe(false);
    expect(profiles.eu2022.rules.some((r) => r.id === 'EU-g2')).toBe(true);
    expect(strict.sources.map((s) => s.title)).toEqual([profiles.eu2022.sources[0]?.title, 'ACME policy']);
    const { grade: _g, ...noGrade } = completeExample();
    const report = checkCompleteness(
      { ...noGrade, title: 'Fast  Track certificate', workload: { hours: '40' } },
      { profile: strict, now: NOW },
    );
    expect(findings(report, 'grade')).toEqual(['ACME-G error element_missing']);
    expect(findings(report, 'b')).toEqual([
      'ACME-T error title_has_qualification_word',
      'ACME-T error title_has_qualification_word',
    ]);
    expect(findings(report, 'g')).toEqual(['NMC-02 info credits_conversion_needed']);
  });

  it('removing a rule id removes it from the elements too (as MB-05 replaces EU-e)', () => {
    expect(profiles.microbol.elements.e).toEqual({ requirement: 'optional', rules: ['MB-05'] });
    expect(profiles.microbol.elements.c).toEqual({ requirement: 'mandatory', rules: ['EU-c', 'MB-01'] });
  });

  it('refuses to remove a rule the base does not have', () => {
    expect(() => extendProfile(profiles.eu2022, { id: 'x', version: '1', title: 'x', remove: ['MB-99'] })).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID', option: 'remove.0' }),
    );
    expect(() =>
      extendProfile(profiles.eu2022, { id: 'x', version: '1', title: 'x', remove: 'EU-a' as never }),
    ).toThrow(expect.objectContaining({ option: 'remove' }));
  });
});
