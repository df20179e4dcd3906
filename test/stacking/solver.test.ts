import { describe, expect, it } from 'vitest';
import { BIGINT_ARITH, NUMBER_ARITH } from '../../src/stacking/allocate/arith.js';
import { buildProblem } from '../../src/stacking/allocate/build-problem.js';
import { addEdge, maxFlow, network } from '../../src/stacking/allocate/max-flow.js';
import { bestSubsetSum } from '../../src/stacking/allocate/subset-sum.js';
import { resolveConfig } from '../../src/stacking/config/resolve-config.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { convertCredentials } from '../../src/stacking/pipeline/convert.js';
import { assignEligibility } from '../../src/stacking/pipeline/eligibility.js';
import { applyFilters } from '../../src/stacking/pipeline/filters.js';
import { newLedger } from '../../src/stacking/pipeline/ledger.js';
import { validateCredentials } from '../../src/stacking/pipeline/validate-credentials.js';
import { credential, group, policy, target } from './fixtures.js';

describe('the flow bound proves "no" where each requirement alone could be met', () => {
  it('credits: one 5-ECTS credential cannot serve two groups of 5', () => {
    const credentials = [
      credential('x', '5', { outcomeIds: ['skill:a', 'skill:b'] }),
      credential('y', '1', { outcomeIds: ['skill:a'] }),
      credential('z', '1', { outcomeIds: ['skill:b'] }),
    ];
    const groups = [
      group('a', { select: { learningOutcomesAny: ['skill:a'] }, minEcts: '5' }),
      group('b', { select: { learningOutcomesAny: ['skill:b'] }, minEcts: '5' }),
    ];
    const d = evaluateStacking(credentials, target('7', groups), policy());
    expect(d.status).toBe('not-eligible');
    expect(d.search).toMatchObject({ proof: 'flow-bound', optimal: true, components: 1 });
    expect(d.gap?.additionalEctsAtLeast).toBe('4');
  });

  it('counts: three credentials cannot give two groups two each', () => {
    const credentials = [
      credential('x', '1', { outcomeIds: ['skill:a', 'skill:b'] }),
      credential('y', '1', { outcomeIds: ['skill:a'] }),
      credential('z', '1', { outcomeIds: ['skill:b'] }),
    ];
    const groups = [
      group('a', { select: { learningOutcomesAny: ['skill:a'] }, minCount: 2 }),
      group('b', { select: { learningOutcomesAny: ['skill:b'] }, minCount: 2 }),
    ];
    const d = evaluateStacking(credentials, target('0', groups), policy());
    expect(d.search?.proof).toBe('flow-bound');
    expect(d.unmetRequirements).toEqual([{ requirement: 'b', kind: 'minCount', needed: 2, actual: 1, missing: 1 }]);
  });

  it('the requirement bound names a missing required module; independent parts are separate components', () => {
    const groups = [
      group('stats', { select: { anyOfIds: ['urn:stats', 'urn:r'] }, requiredIds: ['urn:stats'] }),
      group('ethics', { select: { learningOutcomesAny: ['skill:ethics'] }, minEcts: '3' }),
    ];
    const credentials = [
      credential('r1', '5', { specificationId: 'urn:r' }),
      credential('e1', '3', { outcomeIds: ['skill:ethics'] }),
      credential('e2', '3', { outcomeIds: ['skill:ethics', 'skill:law'] }),
    ];
    const d = evaluateStacking(credentials, target('5', groups), policy());
    expect(d.search).toMatchObject({ proof: 'requirement-bound', components: 2 });
    expect(d.gap?.requirements).toEqual([
      { requirement: 'stats', missingSpecificationIds: ['urn:stats'], select: { anyOfIds: ['urn:stats', 'urn:r'] } },
    ]);
  });
});

describe('overlay groups, level and residency rules', () => {
  it('an overlay sees every counted credential it accepts; a credential counts once in the total', () => {
    const credentials = [
      credential('a', '4', { outcomeIds: ['skill:ethics'], eqfLevel: 7, providerId: 'https://home.example' }),
      credential('b', '4', { eqfLevel: 5 }),
    ];
    const groups = [
      group('core', { minEcts: '8' }),
      group('ethics', { exclusive: false, select: { learningOutcomesAny: ['skill:ethics'] }, minCount: 1 }),
    ];
    const d = evaluateStacking(
      credentials,
      target('8', groups, {
        levelRules: [{ id: 'level-7', minEqfLevel: 7, minShareOfTarget: '1/2' }],
        residency: { id: 'home', providerIds: ['https://home.example'], minEcts: '5' },
      }),
      policy(),
    );
    expect(d.allocation).toEqual({ core: ['a', 'b'], ethics: ['a'] });
    expect(d.recognisedEcts).toBe('8');
    expect(d.rules).toEqual([
      { id: 'level-7', kind: 'level', satisfied: true, waived: false, needed: '4', actual: '4' },
      { id: 'home', kind: 'residency', satisfied: false, waived: false, needed: '5', actual: '4' },
    ]);
    expect(d.unmetRequirements).toEqual([
      { requirement: 'home', kind: 'residency', needed: '5', actual: '4', missing: '1' },
    ]);
    expect(d.credentials.find((c) => c.id === 'a')?.groupIds).toEqual(['core', 'ethics']);
  });

  it('a whole-credential cap trades credits for a requirement: meeting more requirements comes first', () => {
    const internal = ['internal-quality-assurance'];
    const credentials = [
      credential('big', '6', { qaTypes: internal }),
      credential('ethics', '2', { qaTypes: internal, outcomeIds: ['skill:ethics'] }),
      credential('formal', '4'),
    ];
    const caps = [
      { id: 'internal', appliesTo: { qaTypes: internal }, maxEcts: '6', mode: 'wholeCredentials' as const },
    ];
    const groups = [
      group('any'),
      group('ethics', { exclusive: false, select: { learningOutcomesAny: ['skill:ethics'] }, minCount: 1 }),
    ];
    const d = evaluateStacking(credentials, target('6', groups), policy({ caps }));
    expect(d.status).toBe('eligible');
    expect(d.allocation['any']).toEqual(['ethics', 'formal']);
    expect(d.reasons.map((r) => r.credentialId)).toEqual(['big']);
  });
});

describe('max-flow (Dinic) on exact integers', () => {
  it('finds the maximum flow on number and bigint capacities alike', () => {
    for (const ar of [NUMBER_ARITH, BIGINT_ARITH] as const) {
      const n = (x: number) => ar.of(BigInt(x)) as never;
      const net = network<never>(6);
      for (const [u, v, c] of [
        [0, 2, 10],
        [0, 3, 10],
        [2, 3, 2],
        [2, 4, 4],
        [2, 5, 8],
        [3, 5, 9],
        [5, 4, 6],
        [4, 1, 10],
        [5, 1, 10],
      ] as const) {
        addEdge(net, ar as never, u, v, n(c));
      }
      expect(String(maxFlow(net, ar as never, 0, 1))).toBe('19');
    }
  });

  it('rounds scaled integers like the credit module, on both arithmetics', () => {
    for (const [mode, expected] of [
      ['floor', 4],
      ['ceil', 6],
      ['half-up', 6],
      ['half-even', 4],
    ] as const) {
      expect(NUMBER_ARITH.round(5, 2, mode)).toBe(expected);
      expect(BIGINT_ARITH.round(5n, 2n, mode)).toBe(BigInt(expected));
    }
    expect(NUMBER_ARITH.round(7, 2, 'half-even')).toBe(8);
    expect(BIGINT_ARITH.round(8n, 2n, 'ceil')).toBe(8n);
    expect([
      NUMBER_ARITH.min(1, 2),
      NUMBER_ARITH.max(1, 2),
      BIGINT_ARITH.min(1n, 2n),
      BIGINT_ARITH.max(1n, 2n),
    ]).toEqual([1, 2, 1n, 2n]);
  });
});

describe('the subset-sum bound of a whole-credential cap', () => {
  it('finds the largest reachable sum within the limit and a subset that reaches it', () => {
    expect(bestSubsetSum([10, 9, 9], 18)).toEqual({ best: 18, chosen: [1, 2] });
    expect(bestSubsetSum([4, 4, 4], 10)).toEqual({ best: 8, chosen: [1, 2] });
    // a zero-credit value costs nothing under the limit, so it is kept
    expect(bestSubsetSum([7, 0, 11], 5)).toEqual({ best: 0, chosen: [1] });
    // a limit above the total keeps everything, however large the limit
    expect(bestSubsetSum([1, 2], 2 ** 25)).toEqual({ best: 3, chosen: [0, 1] });
    expect(bestSubsetSum([1], -1)).toBeNull();
    expect(bestSubsetSum([3, 5], Number.MAX_SAFE_INTEGER + 2)).toBeNull();
  });

  it('divides the credits by their common divisor, so a limit in hundredths over credits in halves stays cheap', () => {
    const internal = ['internal-quality-assurance'];
    // 300 credentials of 10, 10.5, … 59.5 ECTS (halves) under a limit of 1725.73 (hundredths): on the common
    // scale of 1/100 the table would need 172,574 × 300 cells, past the limit; in halves, 3,452 × 300.
    const credentials = Array.from({ length: 300 }, (_, i) =>
      credential(`i${String(i).padStart(3, '0')}`, String(10 + (i % 100) / 2), { qaTypes: internal }),
    );
    const caps = [
      { id: 'internal', appliesTo: { qaTypes: internal }, maxEcts: '1725.73', mode: 'wholeCredentials' as const },
    ];
    const config = resolveConfig(target('0', []), policy({ caps }), undefined, new Set(credentials.map((c) => c.id)));
    const validated = validateCredentials(credentials, config.convertibleUnits);
    if (!validated.ok) throw new Error('valid credentials expected');
    const ledger = newLedger();
    const inPlay = applyFilters(convertCredentials(validated.credentials, config, ledger), config, ledger);
    const { built } = buildProblem(config, assignEligibility(inPlay, config, ledger));
    const [cap] = built.problem.caps;
    expect(built.problem.scale).toBe(100n);
    expect(cap?.limit).toBe(172_573);
    // the largest sum of halves within the limit, and a subset that reaches it
    expect(cap?.bound).toBe(172_550);
    const items = built.problem.items;
    expect(cap?.fill?.reduce((s, i) => s + Number(items[i]?.value), 0)).toBe(172_550);
  });

  it('proves a capped portfolio optimal without search when the limit cannot be filled exactly', () => {
    const internal = ['internal-quality-assurance'];
    const credentials = ['4', '4', '4', '3'].map((v, i) => credential(`i${i}`, v, { qaTypes: internal }));
    const caps = [
      { id: 'internal', appliesTo: { qaTypes: internal }, maxEcts: '10', mode: 'wholeCredentials' as const },
    ];
    const d = evaluateStacking(credentials, target('10', []), policy({ caps }));
    expect(d.recognisedEcts).toBe('8');
    expect(d.status).toBe('not-eligible');
    expect(d.search).toMatchObject({ proof: 'total-bound', optimal: true });
  });
});

describe('the feasibility search within a whole-credentials cap', () => {
  // A planted exact-sum portfolio (37 credentials, 5 groups, each minimum the sum of its home credentials) whose
  // MOOC credentials count as whole credentials up to exactly their sum. The subset-sum fill gives up on it; the
  // search for an allocation meeting every group, over the credentials the cap's known fill leaves open, finds one.
  const credits = [
    '7.5',
    '7.5',
    '1',
    '9.5',
    '0.5',
    '9.5',
    '10',
    '3.5',
    '8.5',
    '2',
    '10',
    '2',
    '1.5',
    '3.5',
    '4',
    '8',
    '0.5',
    '2',
    '3',
    '9',
    '5.5',
    '10',
    '9',
    '6',
    '0.5',
    '3.5',
    '7',
    '4.5',
    '9',
    '9',
    '7',
    '1',
    '7.5',
    '3',
    '7',
    '7.5',
    '5',
  ];
  const mooc = new Set([0, 5, 10, 15, 20, 25, 30, 35]);
  const groups: [number[], string][] = [
    [[0, 1, 5, 8, 10, 11, 12, 15, 17, 18, 20, 25, 26, 28, 29, 30, 35], '58.5'],
    [[1, 6, 7, 10, 11, 16, 18, 19, 20, 21, 26, 27, 28, 29, 31, 35, 36], '43'],
    [[1, 2, 4, 7, 12, 17, 20, 22, 26, 27, 32, 35], '29'],
    [[3, 5, 8, 10, 13, 16, 17, 18, 19, 23, 28, 33], '42.5'],
    [[4, 7, 9, 12, 14, 19, 22, 24, 27, 29, 33, 34], '32'],
  ];

  it('decides the portfolio eligible within the default budget, with an allocation meeting every group', () => {
    const credentials = credits.map((ects, i) =>
      credential(`c${i}`, ects, {
        specificationId: `c${i}`,
        ...(mooc.has(i) ? { providerId: 'https://mooc.example' } : {}),
      }),
    );
    const cap = [...mooc].reduce((sum, i) => sum + Number(credits[i]), 0);
    const d = evaluateStacking(
      credentials,
      target(
        '0',
        groups.map(([ids, min], k) => group(`g${k}`, { select: { anyOfIds: ids.map((i) => `c${i}`) }, minEcts: min })),
      ),
      policy({
        caps: [
          {
            id: 'mooc',
            appliesTo: { providerIds: ['https://mooc.example'] },
            maxEcts: String(cap),
            mode: 'wholeCredentials',
          },
        ],
      }),
    );
    expect(d.status).toBe('eligible');
    const ects = (id: string) => Number(credits[Number(id.slice(1))]);
    groups.forEach(([ids, min], k) => {
      const given = d.allocation[`g${k}`] ?? [];
      expect(given.every((id) => ids.includes(Number(id.slice(1))))).toBe(true);
      expect(given.reduce((sum, id) => sum + ects(id), 0)).toBeGreaterThanOrEqual(Number(min));
    });
    const counted = Object.values(d.allocation).flat();
    expect(new Set(counted).size).toBe(counted.length);
    const moocCounted = counted.filter((id) => mooc.has(Number(id.slice(1))));
    expect(moocCounted.reduce((sum, id) => sum + ects(id), 0)).toBeLessThanOrEqual(cap);
  });
});
