import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { type OCredential, type OGroup, type OPolicy, type OTarget, oracle } from './oracle.js';

/**
 * Exact-sum portfolios are where allocation is hard (PARTITION): every group needs exactly the credits
 * "planted" in it, so only exact partitions meet all groups. These instances are small enough for the
 * exhaustive oracle, and the engine runs with budgets from tiny to the default, so the subset-sum fill, the
 * feasibility search and the gap budget are all exercised at their limits.
 */
const plantedArb = fc
  .record({
    groups: fc.integer({ min: 2, max: 4 }),
    items: fc.array(
      fc.record({
        halves: fc.integer({ min: 1, max: 8 }),
        home: fc.nat(),
        extra: fc.array(fc.nat(), { maxLength: 2 }),
      }),
      { minLength: 3, maxLength: 9 },
    ),
    raise: fc.option(fc.record({ group: fc.nat(), by: fc.constantFrom('0.5', '0.01') }), { nil: undefined }),
    counts: fc.boolean(),
    budget: fc.constantFrom(0, 1, 5, 40, 300, 100_000),
  })
  .map(({ groups, items, raise, counts, budget }) => {
    const eligible: string[][] = Array.from({ length: groups }, () => []);
    const planted = Array.from({ length: groups }, () => ({ halves: 0, count: 0 }));
    const credentials: OCredential[] = items.map((item, i) => {
      const id = `c${i}`;
      const home = item.home % groups;
      (eligible[home] as string[]).push(`spec:${id}`);
      for (const e of item.extra) {
        const list = eligible[e % groups] as string[];
        if (!list.includes(`spec:${id}`)) list.push(`spec:${id}`);
      }
      const p = planted[home] as { halves: number; count: number };
      p.halves += item.halves;
      p.count += 1;
      return {
        id,
        credit: { value: String(item.halves / 2), unit: 'ECTS' },
        eqfLevel: 6,
        issuedOn: '2024-05-01',
        providerId: 'https://uni.example',
        qaTypes: ['institutional-quality-assurance'],
        specificationId: `spec:${id}`,
        outcomeIds: [],
        assessed: true,
        identityVerified: true,
      };
    });
    const targetGroups: OGroup[] = planted.map((p, k) => {
      let min = p.halves / 2;
      if (raise !== undefined && raise.group % groups === k) min += Number(raise.by);
      return {
        id: `g${k}`,
        exclusive: true,
        select: { anyOfIds: (eligible[k] as string[]).length > 0 ? (eligible[k] as string[]) : ['spec:none'] },
        minEcts: String(Math.round(min * 100) / 100),
        ...(counts ? { minCount: p.count } : {}),
      };
    });
    const target: OTarget = { id: 'target', totalEcts: { min: '0' }, groups: targetGroups };
    const policy: OPolicy = {
      id: 'policy',
      requireAssessment: true,
      acceptedQaTypes: null,
      requireIdentityVerified: false,
      hoursPerEcts: '30',
      conversions: { 'UK-CATS': '1/2', ECVET: null },
      caps: [],
    };
    return { credentials, target, policy, planted: raise === undefined, budget };
  });

describe('exact-sum portfolios', () => {
  it('are never answered with a wrong "no", and every proof agrees with the exhaustive oracle', () => {
    fc.assert(
      fc.property(plantedArb, ({ credentials, target, policy, planted, budget }) => {
        const answer = oracle(credentials, target, policy);
        const decision = evaluateStacking(credentials, target, policy, {
          referenceDate: '2025-09-01',
          nodeBudget: budget,
        });
        if (planted) expect(answer.status).toBe('eligible');
        if (decision.status === 'undetermined') {
          expect(decision.search?.optimal).toBe(false);
          return;
        }
        expect(decision.status).toBe(answer.status);
        expect(decision.search?.nodes).toBeLessThanOrEqual(budget);
        if (budget === 100_000) expect(decision.search?.optimal).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('meet every group when the default budget is enough to search them exhaustively', () => {
    fc.assert(
      fc.property(plantedArb, ({ credentials, target, policy, planted }) => {
        fc.pre(planted);
        const decision = evaluateStacking(credentials, target, policy, { referenceDate: '2025-09-01' });
        expect(decision.status).toBe('eligible');
        expect(decision.search?.proof).toBe('allocation');
      }),
      { numRuns: 500 },
    );
  });
});
