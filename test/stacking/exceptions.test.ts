import { describe, expect, it } from 'vitest';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import type { StackingException } from '../../src/stacking/exception-schema.js';
import { credential, exception, group, policy, target } from './fixtures.js';

const unused = (d: ReturnType<typeof evaluateStacking>) =>
  d.warnings.filter((w) => w.code === 'EXCEPTION_UNUSED').map((w) => w.exceptionId);

describe('exceptions: human decisions as inputs, with an audit trail', () => {
  it('accept lifts one filter; later checks still run; the decision echoes who, why and when', () => {
    const old = credential('old', '5', { issuedOn: '2018-01-01', identityVerified: false });
    const rules = policy({ recencyYears: 5, requireIdentityVerified: true });
    const accepts: StackingException[] = [
      exception('a-1', 'accept', { credentialId: 'old', code: 'IDENTITY_NOT_VERIFIED' }),
    ];
    const once = evaluateStacking([old], target('5', []), rules, { exceptions: accepts });
    expect(once.reasons.map((r) => r.code)).toEqual(['EXPIRED_RECENCY']);
    expect(once.exceptionsApplied).toEqual([
      {
        exceptionId: 'a-1',
        kind: 'accept',
        actor: 'registrar@uni.example',
        reason: 'reason for a-1',
        at: '2025-09-02T10:00:00+02:00',
        affected: ['old'],
      },
    ]);
    const both = [...accepts, exception('a-2', 'accept', { credentialId: 'old', code: 'EXPIRED_RECENCY' })];
    const twice = evaluateStacking([old], target('5', []), rules, { exceptions: both });
    expect(twice.status).toBe('eligible');
    expect(twice.exceptionsApplied.map((e) => e.exceptionId)).toEqual(['a-1', 'a-2']);
  });

  it('accept also keeps a duplicate that de-duplication would drop', () => {
    const pair = [
      credential('x', '5', { specificationId: 'urn:s' }),
      credential('y', '4', { specificationId: 'urn:s' }),
    ];
    const d = evaluateStacking(pair, target('9', []), policy(), {
      exceptions: [exception('dup', 'accept', { credentialId: 'y', code: 'DUPLICATE_SPECIFICATION' })],
    });
    expect(d.recognisedEcts).toBe('9');
    expect(d.exceptionsApplied[0]?.affected).toEqual(['y']);
  });

  it('substitute makes a credential count as a module for requiredIds and anyOfIds', () => {
    const project = credential('research', '6', { specificationId: 'urn:spec:research' });
    const capstone = target('5', [
      group('capstone', {
        select: { anyOfIds: ['urn:spec:capstone'] },
        minEcts: '5',
        requiredIds: ['urn:spec:capstone'],
      }),
    ]);
    expect(evaluateStacking([project], capstone, policy()).status).toBe('not-eligible');
    const sub = exception('s-1', 'substitute', { credentialId: 'research', forSpecificationId: 'urn:spec:capstone' });
    const d = evaluateStacking([project], capstone, policy(), { exceptions: [sub] });
    expect(d.status).toBe('eligible');
    expect(d.allocation).toEqual({ capstone: ['research'] });
  });

  it('allow widens eligibility; pin decides the group; both are unused when nothing changes', () => {
    const c = credential('c', '5', { outcomeIds: ['skill:x'] });
    const groups = [
      group('x', { select: { learningOutcomesAny: ['skill:x'] } }),
      group('y', { select: { learningOutcomesAny: ['skill:y'] }, minEcts: '5' }),
    ];
    const allowed = evaluateStacking([c], target('5', groups), policy(), {
      exceptions: [
        exception('al', 'allow', { credentialId: 'c', groupId: 'y' }),
        exception('al-x', 'allow', { credentialId: 'c', groupId: 'x' }),
      ],
    });
    expect(allowed.allocation).toEqual({ x: [], y: ['c'] });
    expect(allowed.status).toBe('eligible');
    expect(unused(allowed)).toEqual(['al-x']);
    const pinned = evaluateStacking([c], target('5', groups), policy(), {
      exceptions: [exception('pin', 'pin', { credentialId: 'c', groupId: 'x' })],
    });
    expect(pinned.allocation).toEqual({ x: ['c'], y: [] });
    expect(pinned.status).toBe('not-eligible');
    expect(pinned.exceptionsApplied[0]).toMatchObject({ exceptionId: 'pin', affected: ['x'] });
  });

  it('waive: a whole requirement, one part, a lower minimum, one required module; unused when met anyway', () => {
    const groups = [
      group('core', {
        minEcts: '10',
        minCount: 3,
        requiredIds: ['urn:m1', 'urn:m2'],
        select: { anyOfIds: ['urn:m1', 'urn:m2', 'urn:m3'] },
      }),
    ];
    const credentials = [
      credential('m1', '4', { specificationId: 'urn:m1' }),
      credential('m3', '4', { specificationId: 'urn:m3' }),
    ];
    const base = evaluateStacking(credentials, target('8', groups), policy());
    expect(base.unmetRequirements.map((u) => u.kind)).toEqual(['minEcts', 'minCount', 'requiredIds']);
    const parts = [
      exception('w-ects', 'waive', { requirement: 'core', reduceBy: '2' }),
      exception('w-count', 'waive', { requirement: 'core', part: 'minCount' }),
      exception('w-m2', 'waive', { requirement: 'core', specificationId: 'urn:m2' }),
      exception('w-total', 'waive', { requirement: 'total', part: 'minEcts' }),
    ];
    const d = evaluateStacking(credentials, target('8', groups), policy(), { exceptions: parts });
    expect(d.status).toBe('eligible');
    expect(d.groups[0]).toMatchObject({
      satisfied: true,
      waived: true,
      minEcts: '8',
      minCount: null,
      requiredIds: ['urn:m1'],
    });
    expect(unused(d)).toEqual(['w-total']);
    const whole = evaluateStacking([], target('0', groups), policy(), {
      exceptions: [exception('w', 'waive', { requirement: 'core' })],
    });
    expect(whole.status).toBe('eligible');
    expect(whole.groups[0]?.waived).toBe(true);
  });

  it('addCredit brings in a manually recognised credit, counted like a credential and subject to caps', () => {
    const manual = exception('rpl-7', 'addCredit', {
      ects: '3',
      groupId: 'work',
      providerId: 'https://employer.example',
    });
    const groups = [group('work', { minEcts: '3', select: { anyOfIds: ['urn:none'] } })];
    const d = evaluateStacking([credential('a', '5')], target('8', groups, { totalEcts: { min: '5' } }), policy(), {
      exceptions: [manual],
    });
    expect(d.allocation).toEqual({ work: ['rpl-7'] });
    expect(d.recognisedEcts).toBe('3');
    expect(d.exceptionsApplied[0]).toMatchObject({ exceptionId: 'rpl-7', kind: 'addCredit', affected: ['work'] });
    const capped = evaluateStacking(
      [],
      target('3', []),
      policy({
        caps: [
          {
            id: 'employer',
            appliesTo: { providerIds: ['https://employer.example'] },
            maxEcts: '2',
            mode: 'wholeCredentials',
          },
        ],
      }),
      {
        exceptions: [exception('rpl-8', 'addCredit', { ects: '3', providerId: 'https://employer.example' })],
      },
    );
    expect(capped.recognisedEcts).toBe('0');
    expect(unused(capped)).toEqual(['rpl-8']);
    expect(capped.appliedCaps[0]?.excludedCredentialIds).toEqual(['rpl-8']);
  });

  it('an exception naming an unknown credential, group or requirement, or missing its audit trail, is a configuration error', () => {
    const bad: [unknown, string][] = [
      [exception('e', 'exclude', { credentialId: 'ghost' }), '0.credentialId'],
      [exception('e', 'pin', { credentialId: 'a', groupId: 'nowhere' }), '0.groupId'],
      [exception('e', 'pin', { credentialId: 'a', groupId: 'overlay' }), '0.groupId'],
      [exception('e', 'waive', { requirement: 'nothing' }), '0.requirement'],
      [exception('e', 'waive', { requirement: 'total', part: 'minCount' }), '0.part'],
      [exception('e', 'waive', { requirement: 'core', part: 'minCount', reduceBy: '1' }), '0.reduceBy'],
      [exception('e', 'waive', { requirement: 'core', specificationId: 'urn:x' }), '0.specificationId'],
      [exception('e', 'addCredit', { ects: '1', groupId: 'core' }), ''],
      [{ ...exception('e', 'exclude', { credentialId: 'a' }), actor: '' }, '0.actor'],
      [{ id: 'e', kind: 'exclude', credentialId: 'a', actor: 'x', reason: 'y' }, '0.at'],
    ];
    const groups = [group('core'), group('overlay', { exclusive: false })];
    for (const [e, path] of bad) {
      const list = path === '' ? [e, { ...(e as object), id: 'e' }] : [e];
      expect(
        () =>
          evaluateStacking([credential('a', '5')], target('5', groups), policy(), {
            exceptions: list as StackingException[],
          }),
        path,
      ).toThrow(expect.objectContaining({ code: 'ERR_POLICY_INVALID', source: 'exceptions' }));
      try {
        evaluateStacking([credential('a', '5')], target('5', groups), policy(), {
          exceptions: list as StackingException[],
        });
      } catch (error) {
        if (path !== '')
          expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'))).toContain(path);
      }
    }
    const twoPins = [
      exception('p1', 'pin', { credentialId: 'a', groupId: 'core' }),
      exception('p2', 'pin', { credentialId: 'a', groupId: 'core' }),
    ];
    expect(() =>
      evaluateStacking([credential('a', '5')], target('5', groups), policy(), { exceptions: twoPins }),
    ).toThrow(/Invalid exceptions/);
    const clash = [exception('a', 'addCredit', { ects: '1' })];
    expect(() =>
      evaluateStacking([credential('a', '5')], target('5', groups), policy(), { exceptions: clash }),
    ).toThrow(/duplicate|Invalid/i);
  });
});
