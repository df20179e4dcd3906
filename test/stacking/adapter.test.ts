import { describe, expect, it } from 'vitest';
import type { MicroCredential } from '../../src/model/micro-credential.js';
import { parseMicroCredential } from '../../src/model/parse-micro-credential.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { toStackingCredential } from '../../src/stacking/to-stacking-credential.js';
import { exampleData } from '../support/examples.js';
import { policy, target } from './fixtures.js';

const example = (file: string) => parseMicroCredential(exampleData(file));

describe('toStackingCredential: the engine view of a micro-credential', () => {
  it('reads ECTS first, the level, the written date, the first awarding body with an id, QA types, skills, grade', () => {
    const c = toStackingCredential(example('micro-credential.json'));
    expect(c).toMatchObject({
      id: 'urn:uuid:6f1c2f1e-8d2a-4b7e-9f3c-2a5d7e9b1c40',
      title: 'Data Literacy for Public Administration',
      credit: { value: '5', unit: 'ECTS' },
      eqfLevel: 6,
      issuedOn: '2025-06-30',
      providerId: 'https://www.hs-noordzee.example',
      qaTypes: ['institutional-quality-assurance'],
      specificationId: 'https://credentials.hs-noordzee.example/specifications/data-literacy-2025',
      outcomeIds: ['http://data.europa.eu/esco/skill/25f0ea33-1e10-4a7c-8bd3-2d9c4a6e3b4f'],
      assessed: true,
      grade: { scheme: 'Dutch 1-10 scale', value: '8' },
    });
  });

  it('falls back to another credit system, then to hours, and never chooses hours over a stated system', () => {
    expect(toStackingCredential(example('micro-credential-nz.json')).credit).toEqual({
      value: '15',
      unit: 'NZ-CREDIT',
    });
    const hours = toStackingCredential(example('micro-credential-hours.json'));
    expect(hours).toMatchObject({ credit: { value: '40', unit: 'HOURS' }, eqfLevel: 4, identityVerified: true });
    expect(toStackingCredential(example('micro-credential-nz.json')).eqfLevel).toBeNull();
  });

  it('takes the id from the options, refuses a credential without one, and reads "none" as not assessed', () => {
    const mc = example('micro-credential-hours.json');
    const { id: _omit, ...anonymous } = mc;
    expect(() => toStackingCredential(anonymous as MicroCredential)).toThrow(
      expect.objectContaining({ code: 'ERR_VALIDATION' }),
    );
    const adapted = toStackingCredential(
      { ...(anonymous as MicroCredential), assessment: { types: ['none'] }, grade: { value: 'pass' } },
      { id: 'mine' },
    );
    expect(adapted).toMatchObject({ id: 'mine', assessed: false, grade: { value: 'pass' } });
    expect(adapted.providerId).toBeUndefined();
    const noWorkload = toStackingCredential({
      ...mc,
      workload: {} as never,
      title: { de: 'Nur Deutsch' },
      grade: { value: '1,3', schemeId: 'urn:de' },
    });
    expect(noWorkload).toMatchObject({ credit: null, title: 'Nur Deutsch', grade: { scheme: 'urn:de', value: '1,3' } });
  });

  it('evaluateStacking adapts micro-credentials itself, and needs their ids', () => {
    const mc = example('micro-credential.json');
    const d = evaluateStacking([mc], target('5', []), policy());
    expect(d.allocation).toEqual({ all: ['urn:uuid:6f1c2f1e-8d2a-4b7e-9f3c-2a5d7e9b1c40'] });
    const { id: _omit, ...anonymous } = mc;
    expect(() => evaluateStacking([anonymous as MicroCredential], target('5', []), policy())).toThrow(
      expect.objectContaining({ code: 'ERR_VALIDATION', issues: [expect.objectContaining({ path: [0, 'id'] })] }),
    );
  });
});
