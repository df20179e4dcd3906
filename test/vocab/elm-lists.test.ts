import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_TYPES,
  CREDENTIAL_TYPES,
  CREDIT_SYSTEMS,
  LEARNING_ACTIVITY_TYPES,
  LEARNING_OPPORTUNITY_TYPES,
  LEARNING_SCHEDULE_TYPES,
  LEARNING_SETTINGS,
  PARTICIPATION_MODES,
  QA_TYPES,
  SKILL_REUSE_LEVELS,
  SKILL_TYPES,
  TARGET_GROUPS,
  VOCABULARIES,
  type VocabularyName,
  vocabularyCodeFromUri,
  vocabularyUri,
} from '../../src/vocab/index.js';
import { readElmVocab } from './elm-files.js';

/** Each ELM-derived list, its official file, and its expected size (official concepts + our extra codes). */
const LISTS: readonly {
  readonly name: VocabularyName;
  readonly file: string;
  readonly codes: readonly string[];
  readonly official: number;
  readonly extra: readonly string[];
}[] = [
  {
    name: 'assessment-types',
    file: 'europass-learning-assessment-types.json',
    codes: ASSESSMENT_TYPES,
    official: 14,
    extra: ['none'],
  },
  { name: 'participation-modes', file: 'europass-modes.json', codes: PARTICIPATION_MODES, official: 6, extra: [] },
  {
    name: 'learning-activity-types',
    file: 'europass-learning-activity-types.json',
    codes: LEARNING_ACTIVITY_TYPES,
    official: 11,
    extra: [],
  },
  {
    name: 'learning-settings',
    file: 'europass-learning-setting-types.json',
    codes: LEARNING_SETTINGS,
    official: 2,
    extra: [],
  },
  {
    name: 'learning-schedule-types',
    file: 'europass-learning-schedule-types.json',
    codes: LEARNING_SCHEDULE_TYPES,
    official: 3,
    extra: [],
  },
  {
    name: 'learning-opportunity-types',
    file: 'europass-learning-opportunity-types.json',
    codes: LEARNING_OPPORTUNITY_TYPES,
    official: 12,
    extra: [],
  },
  { name: 'target-groups', file: 'europass-target-groups.json', codes: TARGET_GROUPS, official: 20, extra: [] },
  {
    name: 'qa-types',
    file: 'europass-accreditation-types.json',
    codes: QA_TYPES,
    official: 4,
    extra: ['internal-quality-assurance', 'external-quality-assurance'],
  },
  { name: 'skill-types', file: 'skill-types.json', codes: SKILL_TYPES, official: 2, extra: [] },
  { name: 'skill-reuse-levels', file: 'skill-reuse-levels.json', codes: SKILL_REUSE_LEVELS, official: 4, extra: [] },
  { name: 'credential-types', file: 'europass-credential-types.json', codes: CREDENTIAL_TYPES, official: 5, extra: [] },
  { name: 'credit-systems', file: 'credit-points.json', codes: CREDIT_SYSTEMS, official: 2, extra: [] },
];

describe.each(LISTS)('$name', ({ name, file, codes, official, extra }) => {
  const data = readElmVocab(file);

  it(`has ${official} official codes plus ${extra.length} extra, all distinct`, () => {
    expect(data.values).toHaveLength(official);
    expect(codes).toHaveLength(official + extra.length);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.slice(official)).toEqual(extra);
    expect(VOCABULARIES[name].codes).toEqual(codes);
  });

  it('uses kebab-case slugs (credit systems: their acronyms)', () => {
    const shape = name === 'credit-systems' ? /^[A-Z]+$/ : /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    for (const code of codes) expect(code).toMatch(shape);
  });

  it('round-trips every official URI through code ↔ URI', () => {
    expect(VOCABULARIES[name].schemeUri).toBe(data.conceptScheme);
    expect(VOCABULARIES[name].source).toBe(data.source);
    for (const { uri } of data.values) {
      const code = vocabularyCodeFromUri(name, uri);
      expect(code).toBeDefined();
      expect(codes).toContain(code);
      expect(vocabularyUri(name, code as never)).toBe(uri);
    }
  });

  it('has no URI for the extra codes', () => {
    for (const code of extra) expect(vocabularyUri(name, code as never)).toBeUndefined();
  });

  it('rejects unknown and inherited keys', () => {
    for (const probe of ['constructor', '__proto__', 'toString', `${data.conceptScheme}x`]) {
      expect(vocabularyCodeFromUri(name, probe)).toBeUndefined();
      expect(vocabularyUri(name, probe as never)).toBeUndefined();
    }
    expect(vocabularyCodeFromUri(name, 42)).toBeUndefined();
    expect(vocabularyUri(name, 42 as never)).toBeUndefined();
  });
});

describe('slugs named by the brief', () => {
  it('uses the agreed codes', () => {
    expect(PARTICIPATION_MODES).toEqual([
      'online',
      'blended',
      'onsite',
      'work-based',
      'project-based',
      'research-lab-based',
    ]);
    expect(vocabularyUri('participation-modes', 'onsite')).toBe(
      'http://data.europa.eu/snb/learning-assessment/9191af2ed9',
    );
    expect(LEARNING_SETTINGS).toEqual(['formal', 'non-formal']);
    expect(QA_TYPES).toEqual([
      'institutional-license',
      'programme-license',
      'institutional-quality-assurance',
      'programme-quality-assurance',
      'internal-quality-assurance',
      'external-quality-assurance',
    ]);
    expect(SKILL_TYPES).toEqual(['knowledge', 'skill']);
    expect(SKILL_REUSE_LEVELS).toEqual(['transversal', 'cross-sector', 'sector-specific', 'occupation-specific']);
    expect(CREDIT_SYSTEMS).toEqual(['ECTS', 'ECVET']);
    expect(vocabularyUri('credit-systems', 'ECTS')).toBe('http://data.europa.eu/snb/education-credit/6fcec5c5af');
    expect(vocabularyUri('credit-systems', 'ECVET')).toBe('http://data.europa.eu/snb/education-credit/60b314e826');
    expect(vocabularyUri('learning-opportunity-types', 'short-learning-programme')).toBe(
      'http://data.europa.eu/snb/learning-opportunity/74a4a268e8',
    );
    expect(vocabularyUri('credential-types', 'generic')).toBe('http://data.europa.eu/snb/credential/e34929035b');
    expect(ASSESSMENT_TYPES).toContain('artefact-assessment');
    expect(ASSESSMENT_TYPES).toContain('level-of-attendance');
    expect(ASSESSMENT_TYPES.at(-1)).toBe('none');
  });
});
