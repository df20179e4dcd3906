import fc from 'fast-check';
import type { OCap, OCredential, OGroup, OPolicy, OTarget } from '../stacking/oracle.js';

/**
 * Random small stacking instances: up to 7 credentials and 3 groups, exclusive and overlay groups with credit
 * sums, counts and required modules, duplicates by specification and by outcome set, conversions from hours
 * and UK credits, non-convertible ECVET, assessment and QA filters, level and residency rules, and caps in
 * both modes (nested or disjoint by construction) with an optional total maximum.
 */

const SPECS = ['s1', 's2', 's3', 's4', 's5', 's6'];
const OUTCOMES = ['o1', 'o2', 'o3', 'o4', 'o5'];
const PROVIDERS = ['p1', 'p2', 'p3'];
const QA = ['internal-quality-assurance', 'external-quality-assurance'];
const CREDENTIAL_IDS = ['a', 'b7', 'c', 'd2', 'e', 'f10', 'f9', 'g', 'h', 'urn:x:1', 'Z'];

const creditArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom('1', '2', '2.5', '3', '4', '5', '6', '1/3', '4/3', '2.3', '6.1', '6.6')
      .map((value) => ({ value, unit: 'ECTS' as const })),
  },
  { weight: 2, arbitrary: fc.constantFrom('40', '50', '60', '90').map((value) => ({ value, unit: 'HOURS' as const })) },
  { weight: 1, arbitrary: fc.constantFrom('5', '10', '15').map((value) => ({ value, unit: 'UK-CATS' as const })) },
  { weight: 1, arbitrary: fc.constant({ value: '30', unit: 'ECVET' as const }) },
  { weight: 3, arbitrary: fc.constantFrom('3', '4', '5').map((value) => ({ value, unit: 'ECTS' as const })) },
);

const credentialArb = (id: string): fc.Arbitrary<OCredential> =>
  fc
    .record({
      credit: creditArb,
      eqfLevel: fc.constantFrom(5, 6, 7, null),
      issuedOn: fc.constantFrom('2022-03-01', '2023-06-15', '2024-01-31'),
      providerId: fc.constantFrom(...PROVIDERS),
      qaTypes: fc.oneof(
        { weight: 5, arbitrary: fc.subarray(QA, { minLength: 1 }) },
        { weight: 1, arbitrary: fc.constant<string[]>([]) },
      ),
      specificationId: fc.option(fc.constantFrom(...SPECS), { nil: undefined }),
      outcomeIds: fc.subarray(OUTCOMES, { maxLength: 2 }),
      assessed: fc.constantFrom(true, true, true, false),
      identityVerified: fc.boolean(),
    })
    .map((c) => {
      const { specificationId, ...rest } = c;
      return { id, ...rest, ...(specificationId === undefined ? {} : { specificationId }) };
    });

const groupArb = (id: string): fc.Arbitrary<OGroup> =>
  fc
    .record({
      exclusive: fc.constantFrom(true, true, false),
      by: fc.constantFrom('all', 'all', 'all', 'spec', 'outcome'),
      specs: fc.subarray(SPECS, { minLength: 2, maxLength: 5 }),
      outcomes: fc.subarray(OUTCOMES, { minLength: 1, maxLength: 3 }),
      minEcts: fc.option(fc.constantFrom('0', '1', '2', '3', '4', '5', '13/3'), { nil: null }),
      minCount: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
      required: fc.constantFrom(false, false, true),
    })
    .map((g) => {
      const select =
        g.by === 'spec' ? { anyOfIds: g.specs } : g.by === 'outcome' ? { learningOutcomesAny: g.outcomes } : {};
      const requiredIds = g.required && g.by === 'spec' ? g.specs.slice(0, 1) : [];
      return { id, exclusive: g.exclusive, select, minEcts: g.minEcts, minCount: g.minCount, requiredIds };
    });

const capsArb: fc.Arbitrary<OCap[]> = fc
  .record({
    shape: fc.constantFrom('none', 'one', 'nested', 'disjoint'),
    modes: fc.tuple(
      fc.constantFrom('truncate' as const, 'wholeCredentials' as const),
      fc.constantFrom('truncate' as const, 'wholeCredentials' as const),
    ),
    limits: fc.tuple(fc.constantFrom('2', '3', '4', '5', '7/2', '6'), fc.constantFrom('4', '6', '8', '9')),
  })
  .map(({ shape, modes, limits }) => {
    const cap = (id: string, providerIds: string[], k: 0 | 1): OCap => ({
      id,
      appliesTo: { providerIds },
      maxEcts: limits[k],
      mode: modes[k],
    });
    if (shape === 'none') return [];
    if (shape === 'one') return [cap('cap-a', ['p1'], 0)];
    if (shape === 'nested') return [cap('cap-a', ['p1'], 0), cap('cap-b', ['p1', 'p2'], 1)];
    return [cap('cap-a', ['p1'], 0), cap('cap-b', ['p3'], 1)];
  });

/** A random instance: credentials (ids in random order), a target and a policy. */
export const stackingInstanceArb = fc
  .record({
    ids: fc
      .constantFrom(3, 4, 5, 6, 7, 8)
      .chain((n) => fc.shuffledSubarray(CREDENTIAL_IDS, { minLength: n, maxLength: n })),
    groupIds: fc
      .constantFrom(1, 2, 2, 3, 3)
      .chain((n) =>
        fc.shuffledSubarray(['core', 'electives', 'methods', 'project', 'skills'], { minLength: n, maxLength: n }),
      ),
    totalMin: fc.constantFrom('0', '3', '5', '6', '8', '10', '12'),
    totalMax: fc.option(fc.constantFrom('6', '10', '14'), { nil: undefined }),
    level: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('2', '4', '6') },
    ),
    residency: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('2', '5') },
    ),
    caps: capsArb,
    requireAssessment: fc.constantFrom(false, false, true),
    qa: fc.oneof(fc.constant(null), fc.subarray(QA, { minLength: 1 })),
  })
  .chain((shape) =>
    fc.record({
      credentials: fc.tuple(...shape.ids.map((id) => credentialArb(id))),
      groups: fc.tuple(...shape.groupIds.map((id) => groupArb(id))),
      shape: fc.constant(shape),
    }),
  )
  .map(({ credentials, groups, shape }) => {
    const max =
      shape.totalMax !== undefined && Number(shape.totalMax) >= Number(shape.totalMin) ? shape.totalMax : undefined;
    const target: OTarget = {
      id: 'target',
      totalEcts: max === undefined ? { min: shape.totalMin } : { min: shape.totalMin, max },
      groups: [...groups],
      ...(shape.level === undefined
        ? {}
        : { levelRules: [{ id: 'at-level-6', minEqfLevel: 6, minEcts: shape.level }] }),
      ...(shape.residency === undefined
        ? {}
        : { residency: { id: 'residency', providerIds: ['p2'], minEcts: shape.residency } }),
    };
    const policy: OPolicy = {
      id: 'policy',
      requireAssessment: shape.requireAssessment,
      acceptedQaTypes: shape.qa,
      requireIdentityVerified: false,
      hoursPerEcts: '30',
      conversions: { 'UK-CATS': '1/2', ECVET: null },
      caps: shape.caps,
    };
    return { credentials: [...credentials], target, policy };
  });

/* ---- Valid target and policy documents, written from the documented shapes (for the JSON Schema tests). ---- */

const idArb = fc.stringMatching(/^[A-Za-z0-9:/._-]{1,20}$/);
const amountArb = fc.oneof(
  fc.nat(200).map(String),
  fc.tuple(fc.nat(99), fc.stringMatching(/^[0-9]{1,3}$/)).map(([w, f]) => `${w}.${f}`),
  fc.tuple(fc.nat(99), fc.integer({ min: 1, max: 99 })).map(([n, d]) => `${n}/${d}`),
);
const positiveArb = fc.oneof(
  fc.integer({ min: 1, max: 60 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).map(([n, d]) => `${n}/${d}`),
);
const shareArb = fc.constantFrom('0', '0.15', '1/3', '3/4', '1');
const titleArb = fc.oneof(fc.constantFrom('Data analysis', 'Métodos'), fc.constant({ en: 'Methods', de: 'Methoden' }));
const levelArb = fc.integer({ min: 1, max: 8 });

const selectArb = fc.record(
  {
    anyOfIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
    learningOutcomesAny: fc.array(idArb, { minLength: 1, maxLength: 3 }),
    learningOutcomesAll: fc.array(idArb, { minLength: 1, maxLength: 2 }),
    minEqfLevel: levelArb,
  },
  { requiredKeys: [] },
);

const groupDocArb = (id: string) =>
  fc
    .record(
      {
        title: titleArb,
        exclusive: fc.boolean(),
        select: selectArb,
        minEcts: fc.option(amountArb, { nil: null }),
        minCount: fc.option(fc.nat(5), { nil: null }),
        required: fc.boolean(),
      },
      { requiredKeys: ['exclusive', 'select', 'required'] },
    )
    .map(({ required, ...g }) => ({
      id,
      ...g,
      ...(required && g.select.anyOfIds !== undefined ? { requiredIds: g.select.anyOfIds.slice(0, 1) } : {}),
    }));

const limitArb = fc.oneof(
  amountArb.map((minEcts) => ({ minEcts })),
  shareArb.map((minShareOfTarget) => ({ minShareOfTarget })),
);

/** A valid target qualification document. */
export const qualificationDocArb = fc
  .record({
    groupIds: fc.uniqueArray(fc.constantFrom('core', 'electives', 'project', 'methods', 'skills'), { maxLength: 4 }),
    version: fc.option(fc.constantFrom('2025', 'v1.2'), { nil: undefined }),
    title: fc.option(titleArb, { nil: undefined }),
    minEqfLevel: fc.option(fc.option(levelArb, { nil: null }), { nil: undefined }),
    min: fc.integer({ min: 0, max: 180 }),
    max: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    level: fc.option(fc.tuple(levelArb, limitArb), { nil: undefined }),
    residency: fc.option(fc.tuple(fc.uniqueArray(idArb, { minLength: 1, maxLength: 2 }), limitArb), { nil: undefined }),
  })
  .chain((q) => fc.tuple(fc.constant(q), fc.tuple(...q.groupIds.map((id) => groupDocArb(id)))))
  .map(([q, groups]) => ({
    id: 'https://uni.example/targets/certificate',
    ...(q.version === undefined ? {} : { version: q.version }),
    ...(q.title === undefined ? {} : { title: q.title }),
    ...(q.minEqfLevel === undefined ? {} : { minEqfLevel: q.minEqfLevel }),
    totalEcts: q.max === undefined ? { min: String(q.min) } : { min: String(q.min), max: String(q.min + q.max) },
    groups: [...groups],
    ...(q.level === undefined ? {} : { levelRules: [{ id: 'at-level', minEqfLevel: q.level[0], ...q.level[1] }] }),
    ...(q.residency === undefined
      ? {}
      : { residency: { id: 'residency', providerIds: q.residency[0], ...q.residency[1] } }),
  }));

const capDocArb = (id: string) =>
  fc
    .record({
      title: fc.option(titleArb, { nil: undefined }),
      qaTypes: fc.option(fc.constant(['internal-quality-assurance']), { nil: undefined }),
      providerIds: fc.option(fc.constant(['https://mooc.example']), { nil: undefined }),
      limit: fc.oneof(
        amountArb.map((maxEcts) => ({ maxEcts })),
        shareArb.map((maxShareOfTarget) => ({ maxShareOfTarget })),
      ),
      mode: fc.constantFrom('truncate', 'wholeCredentials'),
    })
    .map((c) => ({
      id,
      ...(c.title === undefined ? {} : { title: c.title }),
      appliesTo: {
        ...(c.qaTypes ? { qaTypes: c.qaTypes } : {}),
        ...(c.providerIds ? { providerIds: c.providerIds } : {}),
      },
      ...c.limit,
      mode: c.mode,
    }));

/** A valid recognition policy document. */
export const policyDocArb = fc
  .record({
    version: fc.option(fc.constant('2025-1'), { nil: undefined }),
    referenceDate: fc.option(fc.constantFrom('2025-09-01', '2028-02-29'), { nil: undefined }),
    requireAssessment: fc.boolean(),
    acceptedQaTypes: fc.option(
      fc.subarray(['institutional-quality-assurance', 'external-quality-assurance'], { minLength: 1 }),
      { nil: null },
    ),
    requireIdentityVerified: fc.boolean(),
    recencyYears: fc.option(fc.option(fc.nat(10), { nil: null }), { nil: undefined }),
    grade: fc.constantFrom('none', 'null', 'one', 'many'),
    conversions: fc.option(
      fc.record(
        { 'UK-CATS': fc.constant('1/2'), ECVET: fc.constant(null), 'custom:quarter-hour': positiveArb },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    hoursPerEcts: fc.option(positiveArb, { nil: undefined }),
    rounding: fc.option(
      fc.option(
        fc.record({
          step: positiveArb,
          mode: fc.constantFrom('floor', 'ceil', 'half-up', 'half-even'),
          stage: fc.constantFrom('perCredential', 'total'),
        }),
        { nil: null },
      ),
      { nil: undefined },
    ),
    capIds: fc.uniqueArray(fc.constantFrom('non-formal', 'external', 'mooc'), { maxLength: 2 }),
    duplicates: fc.option(fc.constant('countOnce'), { nil: undefined }),
  })
  .chain((p) => fc.tuple(fc.constant(p), fc.tuple(...p.capIds.map((id) => capDocArb(id)))))
  .map(([p, caps]) => {
    const { grade, capIds: _ids, ...rest } = p;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const gradeFields =
      grade === 'none'
        ? {}
        : grade === 'null'
          ? { minGrade: null }
          : {
              gradeSchemes: {
                DE: { kind: 'numeric', higherIsBetter: false },
                ECTS: { kind: 'ordinal', lowToHigh: ['E', 'D', 'C', 'B', 'A'] },
              },
              minGrade:
                grade === 'one'
                  ? { scheme: 'DE', value: '4.0' }
                  : [
                      { scheme: 'DE', value: '4.0' },
                      { scheme: 'ECTS', value: 'E' },
                    ],
            };
    return { id: 'https://uni.example/policies/rpl', ...defined, ...gradeFields, caps: [...caps] };
  });
