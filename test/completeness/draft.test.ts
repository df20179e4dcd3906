import { describe, expect, it } from 'vitest';
import { assertComplete, checkCompleteness, profiles } from '../../src/completeness/index.js';
import { MicrocredIncompleteError } from '../../src/errors.js';
import { check, findings, NOW, statuses } from '../support/completeness.js';
import { completeExample } from '../support/examples.js';

describe('drafts: any JSON value gets a report, element by element', () => {
  it.each([null, 42, 'text', [], [1, 2], true])(
    'a draft that is no object (%j): every mandatory element missing',
    (draft) => {
      const report = check(draft);
      expect(report.verdict).toBe('incomplete');
      expect(report.entries.filter((e) => e.status === 'missing').map((e) => e.element)).toEqual([
        'a',
        'b',
        'c',
        'd',
        'e',
        'f',
        'g',
        'h',
        'i',
        'j',
        'k',
      ]);
      const other = report.entries.find((e) => e.element === 'other');
      expect(other?.status).toBe('invalid');
      expect(other?.reason).toBe('not_an_object');
    },
  );

  it('an empty draft is incomplete, with one missing entry per mandatory element', () => {
    const report = check({});
    expect(report.counts.errors).toBe(11);
    expect(report.entries.map((e) => e.element)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
      'j',
      'k',
      'prerequisites',
      'supervision',
      'grade',
      'stackability',
      'further-information',
    ]);
  });

  it('one broken element does not hide the others', () => {
    const draft = { ...completeExample(), learner: { nickname: 3 }, level: { eqf: 9 }, issued: 'yesterday' };
    const s = statuses(check(draft));
    expect([s.a, s.e, s.h]).toEqual(['invalid', 'invalid', 'invalid']);
    expect(
      Object.entries(s)
        .filter(([, v]) => v !== 'present')
        .map(([k]) => k),
    ).toEqual(['a', 'e', 'h']);
  });

  it('a country error of an awarding body belongs to (c); the rest of the body to (d)', () => {
    const draft = completeExample() as { awardingBodies: Record<string, unknown>[] };
    (draft.awardingBodies[1] as Record<string, unknown>)['country'] = 'XK';
    const report = check(draft);
    const c = report.entries.find((e) => e.element === 'c');
    expect(c?.status).toBe('invalid');
    expect(c?.findings[0]?.path).toEqual(['awardingBodies', 1, 'country']);
    expect(statuses(report).d).toBe('present');
    delete (draft.awardingBodies[0] as Record<string, unknown>)['legalName'];
    expect(statuses(check(draft)).d).toBe('invalid');
  });

  it('unknown keys are reported as warnings and kept from nowhere: the element stays valid and its rules run', () => {
    const draft = { ...completeExample(), learner: { fullName: 'Ada', nickname: 'A' }, extension: { a: 1 } };
    const report = check(draft);
    expect(findings(report, 'a')).toEqual(['MODEL warning unknown_key']);
    expect(findings(report, 'other')).toEqual(['MODEL warning unknown_key']);
    expect(report.verdict).toBe('complete-with-warnings');
    const titled = check({ ...draft, title: 'Diploma', extra: 1 });
    expect(findings(titled, 'b')).toEqual(['NMC-01 warning title_has_qualification_word']);
  });

  it('extensions kept by an import are noted (information), and a malformed one is an error', () => {
    const kept = check({ ...completeExample(), extensions: { 'ob3:/credentialSubject/foo': 1, 'elm:/x': 'y' } });
    expect(kept.verdict).toBe('complete');
    expect(kept.entries.find((e) => e.element === 'other')?.findings.map((f) => [f.reason, f.params])).toEqual([
      ['extensions_kept', { count: 2 }],
    ]);
    expect(findings(check({ ...completeExample(), extensions: { bad: 1 } }), 'other')).toEqual([
      'MODEL error schema_violation',
    ]);
  });

  it('prototype keys and non-JSON values are reported at their path, not thrown', () => {
    const draft = JSON.parse('{"title":"Data","learner":{"__proto__":{"x":1},"fullName":"Ada"}}');
    const report = check({ ...draft, grade: { value: Number.NaN } });
    expect(report.entries.find((e) => e.element === 'a')?.findings.map((f) => f.params['issue'])).toEqual([
      'forbidden_key',
    ]);
    expect(report.entries.find((e) => e.element === 'grade')?.status).toBe('invalid');
  });

  it('oversized input throws ERR_INPUT_TOO_LARGE; a cycle is not JSON and throws ERR_VALIDATION', () => {
    expect(() => checkCompleteness({ title: 'x'.repeat(20) }, { limits: { maxStringLength: 10 } })).toThrow(
      expect.objectContaining({ code: 'ERR_INPUT_TOO_LARGE' }),
    );
    const cyclic: Record<string, unknown> = { title: 'x' };
    cyclic['self'] = cyclic;
    expect(() => checkCompleteness(cyclic)).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('reports the credential id and title when valid, and the reference date', () => {
    const report = check(completeExample());
    expect(report.kind).toBe('completeness');
    expect(report.credential.id).toBe('urn:uuid:6f1c2f1e-8d2a-4b7e-9f3c-2a5d7e9b1c40');
    expect(report.credential.title).toEqual({
      en: 'Data Literacy for Public Administration',
      nl: 'Datageletterdheid voor de publieke sector',
    });
    expect(report.referenceDate).toBe('2025-07-01T00:00:00.000Z');
    expect(check({ title: 42 }).credential).toEqual({});
  });

  it('a draft edited in place between two checks is read afresh each time', () => {
    const draft = { ...completeExample(), workload: { credits: [{ value: '5', unit: 'ECTS' }] } };
    expect(findings(check(draft, 'estonia'), 'g')).toEqual([]);
    (draft.workload.credits[0] as { value: string }).value = '4';
    expect(findings(check(draft, 'estonia'), 'g')).toEqual(['EE-01 error credits_below_minimum']);
  });

  it('the default profile is eu2022', () => {
    expect(checkCompleteness({}).profile).toEqual({
      id: 'eu2022',
      version: '2022',
      title: 'Council Recommendation 2022/C 243/02, Annex I',
    });
  });
});

describe('options', () => {
  it.each([
    [{ colour: 'red' }, 'colour'],
    [{ now: 'yesterday' }, 'now'],
    [{ now: new Date(Number.NaN) }, 'now'],
    [{ now: '2025-07-01T00:00:00' }, 'now'],
    [{ conversion: { hoursPerEcts: '0' } }, 'conversion'],
    [{ evidence: { proof: 'yes' } }, 'evidence.proof'],
    [{ evidence: { signature: 'verified' } }, 'evidence.signature'],
    [{ evidence: 'verified' }, 'evidence'],
    [{ profile: { id: 'x' } }, 'profile'],
    [{ limits: { maxDepth: -1 } }, 'limits.maxDepth'],
  ])('rejects %j with ERR_OPTIONS_INVALID at %s', (options, option) => {
    expect(() => checkCompleteness({}, options as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID', option }),
    );
  });

  it('rejects options that are not an object', () => {
    expect(() => checkCompleteness({}, 'eu2022' as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
  });

  it('does not keep or change the caller’s now', () => {
    const now = new Date(NOW.getTime());
    const report = checkCompleteness(completeExample(), { now });
    now.setFullYear(1990);
    expect(report.referenceDate).toBe('2025-07-01T00:00:00.000Z');
  });
});

describe('assertComplete', () => {
  it('returns the report when the profile is met, warnings included', () => {
    expect(assertComplete(completeExample(), { now: NOW }).verdict).toBe('complete');
    expect(assertComplete({ ...completeExample(), extra: 1 }, { now: NOW }).verdict).toBe('complete-with-warnings');
  });

  it('throws ERR_INCOMPLETE with the full report attached', () => {
    let caught: unknown;
    try {
      assertComplete({ title: 'Data literacy' }, { profile: profiles.estonia, now: NOW });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MicrocredIncompleteError);
    const error = caught as MicrocredIncompleteError;
    expect(error.code).toBe('ERR_INCOMPLETE');
    expect(error.report.counts.errors).toBe(12); // ten elements, (i) and (k) under two rules each
    expect(error.message).toBe('The credential does not meet profile estonia 2025: 12 errors');
  });
});
