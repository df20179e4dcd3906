import { describe, expect, it } from 'vitest';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import type { RequirementGroup } from '../../src/stacking/qualification-schema.js';
import type { StackingCredential } from '../../src/stacking/stacking-credential.js';
import { credential, group, policy, target } from './fixtures.js';

/** What a simple audit does: credentials in a fixed order, each into the first listed group that accepts it and
 * is still short (else the first that accepts it). */
function greedy(credentials: readonly StackingCredential[], groups: readonly RequirementGroup[]): boolean {
  const sums = new Map(groups.map((g) => [g.id, 0]));
  const accepts = (g: RequirementGroup, c: StackingCredential) =>
    g.select.learningOutcomesAny === undefined || g.select.learningOutcomesAny.some((o) => c.outcomeIds.includes(o));
  for (const c of credentials) {
    const fits = groups.filter((g) => accepts(g, c));
    const chosen = fits.find((g) => (sums.get(g.id) ?? 0) < Number(g.minEcts ?? 0)) ?? fits[0];
    if (chosen !== undefined) sums.set(chosen.id, (sums.get(chosen.id) ?? 0) + Number(c.credit?.value));
  }
  return groups.every((g) => (sums.get(g.id) ?? 0) >= Number(g.minEcts ?? 0));
}

describe('greedy traps: the engine finds the allocation that fixed orders miss', () => {
  it('A. chronological, top-down: the older credential blocks the only fitting group', () => {
    const p = credential('p', '3', {
      title: 'Applied statistics',
      issuedOn: '2021-04-01',
      outcomeIds: ['skill:statistics'],
    });
    const q = credential('q', '5', {
      title: 'Survey design',
      issuedOn: '2022-04-01',
      outcomeIds: ['skill:survey-methods'],
    });
    const groups = [
      group('methods', { select: { learningOutcomesAny: ['skill:survey-methods', 'skill:statistics'] }, minEcts: '4' }),
      group('statistics', { select: { learningOutcomesAny: ['skill:statistics'] }, minEcts: '3' }),
    ];
    expect(greedy([p, q], groups)).toBe(false);
    const decision = evaluateStacking([p, q], target('8', groups), policy());
    expect(decision.status).toBe('eligible');
    expect(decision.allocation).toEqual({ methods: ['q'], statistics: ['p'] });
    expect(decision.search?.proof).toBe('allocation');
  });

  it('B. largest first, groups in order: surplus fills a met group while another stays short', () => {
    const [a, b, c, d] = [
      credential('a', '5', { outcomeIds: ['skill:networking'] }),
      credential('b', '3', { outcomeIds: ['skill:databases'] }),
      credential('c', '4', { outcomeIds: ['skill:security'] }),
      credential('d', '3', { outcomeIds: ['skill:security', 'skill:incident-response'] }),
    ];
    const groups = [
      group('core', { minEcts: '8' }),
      group('security', { select: { learningOutcomesAny: ['skill:security'] }, minEcts: '7' }),
    ];
    expect(greedy([a, c, b, d], groups)).toBe(false);
    const decision = evaluateStacking([a, b, c, d], target('15', groups), policy());
    expect(decision.status).toBe('eligible');
    expect(decision.allocation).toEqual({ core: ['a', 'b'], security: ['c', 'd'] });
  });

  it('balancing fails on PARTITION-shaped input; the search splits {3, 3} and {2, 2, 2}', () => {
    const credentials = ['3', '3', '2', '2', '2'].map((v, i) => credential(`c${i}`, v));
    const groups = [group('left', { minEcts: '6' }), group('right', { minEcts: '6' })];
    const decision = evaluateStacking(credentials, target('12', groups), policy());
    expect(decision.status).toBe('eligible');
    expect(decision.groups.map((g) => g.ects)).toEqual(['6', '6']);
  });

  it('a whole-credential cap of 18 keeps {9, 9}, not the largest credential', () => {
    const credentials = [credential('ten', '10'), credential('nine-a', '9'), credential('nine-b', '9')].map((c) => ({
      ...c,
      qaTypes: ['internal-quality-assurance'],
    }));
    const caps = [
      {
        id: 'non-formal',
        appliesTo: { qaTypes: ['internal-quality-assurance'] },
        maxEcts: '18',
        mode: 'wholeCredentials' as const,
      },
    ];
    const decision = evaluateStacking(credentials, target('18', []), policy({ caps }));
    expect(decision.status).toBe('eligible');
    expect(decision.recognisedEcts).toBe('18');
    expect(decision.allocation).toEqual({ all: ['nine-a', 'nine-b'] });
    expect(decision.reasons).toEqual([{ credentialId: 'ten', code: 'CAP_EXCEEDED', params: { capId: 'non-formal' } }]);
    expect(decision.appliedCaps).toEqual([
      {
        capId: 'non-formal',
        mode: 'wholeCredentials',
        limit: '18',
        before: '28',
        after: '18',
        excludedCredentialIds: ['ten'],
      },
    ]);
  });

  it('the two cap modes of the domain example: truncate counts 18 of 21, whole credentials keep {10, 6}', () => {
    const credentials = ['10', '6', '5'].map((v) =>
      credential(`nf-${v}`, v, { qaTypes: ['internal-quality-assurance'] }),
    );
    const cap = (mode: 'truncate' | 'wholeCredentials') => ({
      id: 'non-formal',
      appliesTo: { qaTypes: ['internal-quality-assurance'] },
      maxShareOfTarget: '0.15',
      mode,
    });
    const truncated = evaluateStacking(credentials, target('120', []), policy({ caps: [cap('truncate')] }));
    expect(truncated.recognisedEcts).toBe('18');
    expect(truncated.reasons).toEqual([
      { capId: 'non-formal', code: 'CAP_TRUNCATED', params: { capId: 'non-formal', before: '21', after: '18' } },
    ]);
    const whole = evaluateStacking(credentials, target('120', []), policy({ caps: [cap('wholeCredentials')] }));
    expect(whole.recognisedEcts).toBe('16');
    expect(whole.reasons.map((r) => [r.credentialId, r.code])).toEqual([['nf-5', 'CAP_EXCEEDED']]);
    expect(whole.status).toBe('not-eligible');
    expect(whole.search?.proof).toBe('total-bound');
  });
});

describe('exactness traps', () => {
  it('2.3 + 6.1 + 6.6 meets a 15 ECTS minimum exactly, whatever the order and the notation', () => {
    expect(2.3 + 6.1 + 6.6).not.toBe(15);
    for (const values of [
      [2.3, 6.1, 6.6],
      [6.6, 2.3, 6.1],
      ['2.3', '6.1', '6.6'],
      ['2.30', '61/10', '6.6'],
    ]) {
      const credentials = values.map((v, i) => credential(`c${i}`, v));
      const decision = evaluateStacking(credentials, target('15', [group('all', { minEcts: '15' })]), policy());
      expect(decision.status).toBe('eligible');
      expect(decision.recognisedEcts).toBe('15');
    }
  });

  it('50 hours at 30 hours per ECTS are exactly 5/3 ECTS, and three times 40 hours are exactly 4 ECTS', () => {
    const hours = (id: string, h: string) => credential(id, h, { credit: { value: h, unit: 'HOURS' } });
    const one = evaluateStacking([hours('h', '50')], target('5/3', []), policy());
    expect(one.credentials[0]?.ects).toBe('5/3');
    expect(one.recognisedEcts).toBe('5/3');
    expect(one.status).toBe('eligible');
    const three = evaluateStacking([hours('a', '40'), hours('b', '40'), hours('c', '40')], target('4', []), policy());
    expect(three.recognisedEcts).toBe('4');
    expect(three.status).toBe('eligible');
  });

  it('floor rounding to 0.5 per credential turns 4/3 into 1, so three 40-hour credentials give 3, and says so', () => {
    const hours = (id: string) => credential(id, '40', { credit: { value: '40', unit: 'HOURS' } });
    const rounding = { step: '0.5', mode: 'floor' as const, stage: 'perCredential' as const };
    const decision = evaluateStacking([hours('a'), hours('b'), hours('c')], target('4', []), policy({ rounding }));
    expect(decision.recognisedEcts).toBe('3');
    expect(decision.status).toBe('not-eligible');
    expect(decision.warnings).toHaveLength(3);
    expect(decision.warnings[0]).toEqual({
      credentialId: 'a',
      code: 'ROUNDED',
      params: { stage: 'perCredential', before: '4/3', after: '1' },
    });
  });

  it('total rounding happens once, after caps and before the comparison with the minimum', () => {
    const rounding = { step: '1', mode: 'half-up' as const, stage: 'total' as const };
    const decision = evaluateStacking(
      [credential('a', '2.25'), credential('b', '2.25')],
      target('5', []),
      policy({ rounding }),
    );
    expect(decision.recognisedEcts).toBe('5');
    expect(decision.status).toBe('eligible');
    expect(decision.warnings).toEqual([{ code: 'ROUNDED', params: { stage: 'total', before: '4.5', after: '5' } }]);
  });

  it('a minimum is met exactly at the boundary and missed one smallest unit below it', () => {
    const at = evaluateStacking([credential('a', '7.5'), credential('b', '7.5')], target('15', []), policy());
    expect(at.status).toBe('eligible');
    const below = evaluateStacking([credential('a', '7.5'), credential('b', '7.499')], target('15', []), policy());
    expect(below.status).toBe('not-eligible');
    expect(below.total).toEqual({ needed: '15', actual: '14.999', missing: '0.001' });
  });
});

describe('dates', () => {
  const recency = policy({ referenceDate: '2028-02-29', recencyYears: 3 });
  it('a 29 February reference date with a 3-year window cuts off on 28 February, inclusive', () => {
    const decision = evaluateStacking(
      [
        credential('on-cutoff', '5', { issuedOn: '2025-02-28' }),
        credential('day-before', '5', { issuedOn: '2025-02-27' }),
      ],
      target('5', []),
      recency,
    );
    expect(decision.allocation).toEqual({ all: ['on-cutoff'] });
    expect(decision.reasons).toEqual([
      { credentialId: 'day-before', code: 'EXPIRED_RECENCY', params: { issuedOn: '2025-02-27', cutoff: '2025-02-28' } },
    ]);
  });

  it('a 4-year window from a leap day lands on 29 February again, and the options override the policy date', () => {
    const decision = evaluateStacking(
      [credential('leap', '5', { issuedOn: '2024-02-29' }), credential('before', '5', { issuedOn: '2024-02-28' })],
      target('5', []),
      policy({ recencyYears: 4 }),
      { referenceDate: '2028-02-29' },
    );
    expect(decision.context.referenceDate).toBe('2028-02-29');
    expect(decision.reasons.map((r) => [r.credentialId, r.params?.['cutoff']])).toEqual([['before', '2024-02-29']]);
  });
});

describe('the node budget', () => {
  // Two groups open to every credential, each needing half of the total: PARTITION. The heuristics miss the split.
  const values = ['8', '7', '6', '5', '4', '3', '3'];
  const credentials = values.map((v, i) => credential(`c${i}`, v));
  const partition = target('36', [group('left', { minEcts: '18' }), group('right', { minEcts: '18' })]);

  it('runs out on a PARTITION-shaped instance: "undetermined" with the best allocation, never a wrong "no"', () => {
    const decision = evaluateStacking(credentials, partition, policy(), { nodeBudget: 3 });
    expect(decision.status).toBe('undetermined');
    expect(decision.eligible).toBeNull();
    expect(decision.search).toMatchObject({ proof: null, optimal: false, nodes: 3, nodeBudget: 3 });
    expect(Object.values(decision.allocation).flat()).toHaveLength(values.length);
    expect(decision.gap).not.toBeNull();
  });

  it('with the default budget the same instance is proven eligible', () => {
    const decision = evaluateStacking(credentials, partition, policy());
    expect(decision.status).toBe('eligible');
    expect(decision.groups.map((g) => g.ects)).toEqual(['18', '18']);
  });

  it('three nines cannot split into two halves of 14: the search proves "no" exhaustively, or says "undetermined" when cut short', () => {
    const odd = ['9', '9', '9', '2', '1'].map((v, i) => credential(`o${i}`, v));
    const halves = target('28', [group('left', { minEcts: '14' }), group('right', { minEcts: '14' })]);
    const proven = evaluateStacking(odd, halves, policy());
    expect(proven.status).toBe('not-eligible');
    expect(proven.search).toMatchObject({ proof: 'exhaustive', optimal: true });
    const cut = evaluateStacking(odd, halves, policy(), { nodeBudget: 2 });
    expect(cut.status).toBe('undetermined');
  });

  it('a budget of zero still returns the heuristic allocation when it meets every requirement', () => {
    const decision = evaluateStacking(
      credentials.slice(0, 2),
      target('10', [group('g', { minEcts: '10' })]),
      policy(),
      { nodeBudget: 0 },
    );
    expect(decision.status).toBe('eligible');
  });
});
