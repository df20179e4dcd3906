import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StackingDecision } from '../../src/stacking/decision.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { stackingInstanceArb } from '../support/stacking-arbitraries.js';
import { allocationCount, type OAllocation, oracle } from './oracle.js';

const RUNS = 2_000;

/** The engine's allocation in the oracle's terms: each counted credential's exclusive group, or 'in'. */
function engineAllocation(decision: StackingDecision, exclusive: ReadonlySet<string>): OAllocation {
  const allocation = new Map<string, string>();
  for (const [groupId, ids] of Object.entries(decision.allocation)) {
    for (const id of ids) {
      if (exclusive.has(groupId)) allocation.set(id, groupId);
      else if (!allocation.has(id)) allocation.set(id, 'in');
    }
  }
  return allocation;
}

describe('the engine agrees with an exhaustive oracle on random small instances', () => {
  it(`agrees on status, recognised credits and every requirement outcome (${RUNS} runs)`, () => {
    let enumerated = 0;
    let eligible = 0;
    fc.assert(
      fc.property(
        stackingInstanceArb.filter((i) => allocationCount(i.credentials, i.target, i.policy) <= 4096),
        ({ credentials, target, policy }) => {
          const answer = oracle(credentials, target, policy);
          enumerated += answer.outcomes;
          const decision = evaluateStacking(credentials, target, policy, { referenceDate: '2025-09-01' });
          if (answer.status === 'eligible') eligible += 1;
          expect(decision.search?.optimal).toBe(true);
          expect(decision.status).toBe(answer.status);
          expect(decision.recognisedEcts).toBe(answer.recognisedEcts);
          const flags = new Map<string, boolean>([
            ...decision.groups.map((g) => [g.id, g.satisfied] as const),
            ...decision.rules.map((r) => [r.id, r.satisfied] as const),
            ['total', decision.unmetRequirements.every((u) => u.requirement !== 'total')],
          ]);
          expect(answer.best.ids.map((id) => flags.get(id))).toEqual(answer.best.flags);
          const exclusive = new Set(target.groups.filter((g) => g.exclusive).map((g) => g.id));
          const mine = answer.evaluate(engineAllocation(decision, exclusive));
          expect(mine).not.toBeNull();
          expect(mine?.flags).toEqual(answer.best.flags);
          expect(mine?.raw).toEqual(answer.best.raw);
          expect(mine?.missing).toEqual(answer.best.missing);
          const accounted = new Set([
            ...Object.values(decision.allocation).flat(),
            ...decision.reasons.flatMap((r) => (r.credentialId ? [r.credentialId] : [])),
          ]);
          expect([...accounted].sort()).toEqual(credentials.map((c) => c.id).sort());
        },
      ),
      { numRuns: RUNS },
    );
    expect(enumerated).toBeGreaterThan(RUNS);
    expect(eligible).toBeGreaterThan(RUNS / 10);
    expect(eligible).toBeLessThan(RUNS - RUNS / 10);
  });
});
