// Seeded generators of stacking instances for the benchmarks: n credentials and g exclusive groups, five
// classes. Every credential has a "home" group (round robin) and is also eligible for one or two other
// groups, chosen at random; eligibility goes through specification ids (`anyOfIds`), so de-duplication and
// outcome-overlap warnings play no part. Credits are halves from 1 to 10 ECTS (rationals on a small
// denominator, as in practice). Group minimums are set from the credits "planted" in each group (the sum of
// its home credentials), so the classes are, in order:
//   easy   — each group needs half of its planted credits;
//   slack  — 80 % of its planted credits, and exactly its planted number of credentials (tight counts);
//   exact  — exactly its planted credits: only exact partitions meet every group;
//   over   — exact, with the minimum of two groups raised by 0.01: provably not eligible;
//   rules  — 80 % of the planted credits, a whole-credentials cap on one provider, a level rule and a
//            residency rule, each set below what the planted allocation gives.

/** mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same instance everywhere. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CLASSES = ['easy', 'slack', 'exact', 'over', 'rules'];

/** Exact decimal string of halves: 7 → "3.5". */
const halves = (h) => (h % 2 === 0 ? String(h / 2) : `${(h - 1) / 2}.5`);
/** Exact decimal string of hundredths. */
const hundredths = (c) =>
  `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');

/**
 * One instance: `{ credentials, target, policy }` for `evaluateStacking`.
 *
 * @param {'easy'|'slack'|'exact'|'over'|'rules'} kind
 * @param {number} n credentials
 * @param {number} g groups
 * @param {number} seed
 */
export function generate(kind, n, g, seed) {
  const random = rng(seed * 7919 + n * 31 + g);
  const pick = (k) => Math.floor(random() * k);
  const providers = ['https://home.example', 'https://partner.example', 'https://mooc.example'];
  const credentials = [];
  const eligible = Array.from({ length: g }, () => []);
  const planted = Array.from({ length: g }, () => ({ halves: 0, count: 0 }));
  const plantedAt = { level: 0, home: 0 };
  for (let i = 0; i < n; i += 1) {
    const id = `c${String(i).padStart(4, '0')}`;
    const home = i % g;
    const h = 2 + pick(19); // 1 … 10 ECTS in halves
    const spec = `spec:${id}`;
    eligible[home].push(spec);
    const extra = 1 + pick(2);
    for (let k = 0; k < extra; k += 1) {
      const other = pick(g);
      if (other !== home && !eligible[other].includes(spec)) eligible[other].push(spec);
    }
    planted[home].halves += h;
    planted[home].count += 1;
    const provider = kind === 'rules' ? providers[pick(3)] : providers[0];
    const level = kind === 'rules' ? 5 + pick(3) : 6;
    if (level >= 6) plantedAt.level += h;
    if (provider === providers[0]) plantedAt.home += h;
    credentials.push({
      id,
      specificationId: spec,
      credit: { value: halves(h), unit: 'ECTS' },
      eqfLevel: level,
      issuedOn: '2024-05-01',
      providerId: provider,
      qaTypes: ['institutional-quality-assurance'],
      outcomeIds: [],
      assessed: true,
      identityVerified: true,
    });
  }
  const share = { easy: 0.5, slack: 0.8, exact: 1, over: 1, rules: 0.8 }[kind];
  const groups = planted.map((p, j) => {
    // minimum in hundredths of ECTS: share × planted, floored to a hundredth
    let cents = Math.floor(p.halves * 50 * share);
    if (kind === 'over' && (j === 0 || j === Math.floor(g / 2))) cents += 1;
    return {
      id: `g${String(j).padStart(2, '0')}`,
      exclusive: true,
      select: { anyOfIds: eligible[j].length > 0 ? eligible[j] : ['spec:none'] },
      minEcts: hundredths(cents),
      ...(kind === 'slack' ? { minCount: p.count } : {}),
    };
  });
  const totalCents = groups.reduce((s, grp) => s + Math.round(Number(grp.minEcts) * 100), 0);
  const target = { id: `target-${kind}-${n}x${g}`, totalEcts: { min: hundredths(totalCents) }, groups };
  const policy = {
    id: 'bench-policy',
    referenceDate: '2025-09-01',
    requireAssessment: true,
    acceptedQaTypes: null,
    requireIdentityVerified: false,
  };
  if (kind === 'rules') {
    target.levelRules = [
      { id: 'level-6', minEqfLevel: 6, minEcts: hundredths(Math.floor(plantedAt.level * 50 * 0.7)) },
    ];
    target.residency = {
      id: 'residency',
      providerIds: [providers[0]],
      minEcts: hundredths(Math.floor(plantedAt.home * 50 * 0.7)),
    };
    const moocHalves = credentials
      .filter((c) => c.providerId === providers[2])
      .reduce((s, c) => s + Math.round(Number(c.credit.value) * 2), 0);
    policy.caps = [
      {
        id: 'mooc-cap',
        appliesTo: { providerIds: [providers[2]] },
        maxEcts: hundredths(Math.floor(moocHalves * 50 * 0.9)),
        mode: 'wholeCredentials',
      },
    ];
    target.totalEcts.min = hundredths(Math.floor(totalCents * 0.9));
  }
  return { credentials, target, policy };
}
