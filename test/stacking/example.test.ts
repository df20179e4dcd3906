import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMicroCredential } from '../../src/model/parse-micro-credential.js';
import type { StackingDecision } from '../../src/stacking/decision.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { LIBRARY_VERSION } from '../../src/stacking/library.js';
import { parseQualification, parseRecognitionPolicy } from '../../src/stacking/parse-config.js';
import type { StackingCredential } from '../../src/stacking/stacking-credential.js';
import { toStackingCredential } from '../../src/stacking/to-stacking-credential.js';
import { exampleData } from '../support/examples.js';
import { exception } from './fixtures.js';

const target = parseQualification(exampleData('qualification.json'));
const policy = parseRecognitionPolicy(exampleData('recognition-policy.json'));
const portfolio = [
  ...(exampleData('stacking-portfolio.json')['credentials'] as StackingCredential[]),
  toStackingCredential(parseMicroCredential(exampleData('micro-credential.json'))),
];
const id = (title: string) => portfolio.find((c) => c.title === title)?.id ?? '';
const substitute = exception('eb-2025-114', 'substitute', {
  credentialId: id('Research project in social data'),
  forSpecificationId: 'https://www.hs-noordzee.example/specifications/capstone-project',
});

function accounted(d: StackingDecision): string[] {
  const counted = Object.values(d.allocation).flat();
  const excluded = d.reasons.flatMap((r) => (r.credentialId === undefined ? [] : [r.credentialId]));
  return [...new Set([...counted, ...excluded])].sort();
}

describe('the example portfolio of the guide and the demo', () => {
  const first = evaluateStacking(portfolio, target, policy);

  it('does not meet the rules yet: the capstone is missing, and the gap says exactly what', () => {
    expect(first).toMatchObject({ status: 'not-eligible', eligible: false, recognisedEcts: '36' });
    expect(first.search?.proof).toBe('requirement-bound');
    expect(first.unmetRequirements.map((u) => `${u.requirement}:${u.kind}`)).toEqual([
      'capstone:minEcts',
      'capstone:requiredIds',
    ]);
    expect(first.gap).toMatchObject({
      additionalEctsAtLeast: '5',
      requirements: [
        {
          requirement: 'capstone',
          missingEcts: '5',
          missingSpecificationIds: ['https://www.hs-noordzee.example/specifications/capstone-project'],
        },
      ],
    });
  });

  it('explains every credential: one reason each, caps, rounding and overlaps', () => {
    expect(accounted(first)).toEqual(portfolio.map((c) => c.id).sort());
    const reasons = Object.fromEntries(
      first.reasons.flatMap((r) =>
        r.credentialId ? [[portfolio.find((c) => c.id === r.credentialId)?.title, r.code]] : [],
      ),
    );
    expect(reasons).toEqual({
      'Relational databases': 'EXPIRED_RECENCY',
      'Warehouse logistics': 'UNIT_NOT_CONVERTIBLE',
      'Introduction to R (webinar)': 'NOT_ASSESSED',
      'Data visualisation (2025 run)': 'DUPLICATE_SPECIFICATION',
      'Responsible data practice': 'CAP_EXCEEDED',
    });
    expect(first.appliedCaps.map((c) => [c.capId, c.before, c.after])).toEqual([
      ['non-formal', '5.5', '4.5'],
      ['totalEcts.max', '39.5', '36'],
    ]);
    expect(first.warnings.filter((w) => w.code === 'ROUNDED').map((w) => w.params?.['before'])).toEqual(['4/3', '1/3']);
    expect(first.rules.map((r) => [r.id, r.satisfied, r.actual])).toEqual([
      ['at-level-6', true, '32.5'],
      ['residency', true, '10'],
    ]);
    expect(first.notice).toBe('advice-not-entitlement');
    expect(first.context).toEqual({
      targetId: target.id,
      targetTitle: target.title,
      targetVersion: '2025-1',
      policyId: policy.id,
      policyVersion: '2025-09',
      referenceDate: '2025-09-01',
      library: LIBRARY_VERSION,
    });
  });

  it('meets the rules once the exam board recognises the research project as the capstone', () => {
    const second = evaluateStacking(portfolio, target, policy, { exceptions: [substitute] });
    expect(second).toMatchObject({ status: 'eligible', eligible: true, gap: null });
    expect(second.allocation['capstone']).toEqual([id('Research project in social data')]);
    expect(second.exceptionsApplied.map((e) => [e.exceptionId, e.kind, e.affected])).toEqual([
      ['eb-2025-114', 'substitute', [id('Research project in social data')]],
    ]);
  });

  it('records the library version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      name: string;
      version: string;
    };
    expect(LIBRARY_VERSION).toBe(`${pkg.name}@${pkg.version}`);
  });
});
