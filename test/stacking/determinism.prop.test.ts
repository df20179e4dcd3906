import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StackingDecision } from '../../src/stacking/decision.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { runStacking } from '../../src/stacking/run-stacking.js';
import { stackingInstanceArb } from '../support/stacking-arbitraries.js';
import { allocationCount } from './oracle.js';

const DATE = { referenceDate: '2025-09-01' };
const instances = stackingInstanceArb.filter((i) => allocationCount(i.credentials, i.target, i.policy) <= 4096);
const permutation = <T>(list: readonly T[]) =>
  fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });

/** The decision with every per-group listing in id order: the only thing the order of groups may change. */
function byGroupId(d: StackingDecision): unknown {
  const sortedKeys = Object.keys(d.allocation).sort();
  return {
    ...d,
    groups: [...d.groups].sort((a, b) => (a.id < b.id ? -1 : 1)),
    allocation: sortedKeys.map((k) => [k, d.allocation[k]]),
    unmetRequirements: [...d.unmetRequirements].sort((a, b) =>
      `${a.requirement}|${a.kind}`.localeCompare(`${b.requirement}|${b.kind}`),
    ),
    credentials: d.credentials.map((c) => ({ ...c, groupIds: [...c.groupIds].sort() })),
    gap:
      d.gap === null
        ? null
        : {
            ...d.gap,
            requirements: [...d.gap.requirements].sort((a, b) => a.requirement.localeCompare(b.requirement)),
            recoverable: d.gap.recoverable.map((r) => ({ ...r, groupIds: [...r.groupIds].sort() })),
          },
  };
}

describe('reproducible decisions', () => {
  it('shuffling the credentials gives the same decision, byte for byte', () => {
    fc.assert(
      fc.property(
        instances.chain((i) => fc.tuple(fc.constant(i), permutation(i.credentials))),
        ([{ credentials, target, policy }, shuffled]) => {
          const a = JSON.stringify(evaluateStacking(credentials, target, policy, DATE));
          const b = JSON.stringify(evaluateStacking(shuffled, target, policy, DATE));
          expect(b).toBe(a);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('shuffling the groups changes only the order in which groups are listed', () => {
    fc.assert(
      fc.property(
        instances.chain((i) => fc.tuple(fc.constant(i), permutation(i.target.groups), permutation(i.credentials))),
        ([{ credentials, target, policy }, groups, shuffled]) => {
          const a = evaluateStacking(credentials, target, policy, DATE);
          const b = evaluateStacking(shuffled, { ...target, groups }, policy, DATE);
          expect(byGroupId(b)).toEqual(byGroupId(a));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the bigint solver gives exactly the decisions of the number solver', () => {
    fc.assert(
      fc.property(instances, ({ credentials, target, policy }) => {
        const options = { referenceDate: '2025-09-01' };
        const fast = runStacking(credentials, target, policy, options);
        const wide = runStacking(credentials, target, policy, options, { forceBigint: true });
        expect(JSON.stringify(wide)).toBe(JSON.stringify(fast));
      }),
      { numRuns: 300 },
    );
  });

  it('huge denominators switch the solver to bigint and stay exact', () => {
    const primes = ['1/1000003', '1/1000033', '1/1000037', '1/1000039'];
    const credentials = primes.map((value, i) => ({
      id: `p${i}`,
      credit: { value, unit: 'ECTS' },
      eqfLevel: 6,
      issuedOn: '2024-01-01',
      qaTypes: [],
      outcomeIds: [],
      assessed: true,
      identityVerified: true,
    }));
    const min = '4/1000039';
    const d = evaluateStacking(
      credentials,
      { id: 't', totalEcts: { min }, groups: [] },
      {
        id: 'p',
        referenceDate: '2025-01-01',
        requireAssessment: false,
        acceptedQaTypes: null,
        requireIdentityVerified: false,
      },
    );
    expect(d.status).toBe('eligible');
    expect(d.recognisedEcts).toMatch(/^\d+\/\d+$/);
  });
});
