import type { TypeCoverage } from '../coverage-build.js';
import { LEARNING_ELEMENT_CLAIMS } from './claims.js';

/** What the EU Learning Credential's claims can hold of each element at best (domain note, Annex I table). */
export const LEARNING_COVERAGE: TypeCoverage = {
  claims: LEARNING_ELEMENT_CLAIMS,
  best: {
    learner: 'carried-with-loss',
    title: 'carried-with-loss',
    country: 'carried-with-loss',
    awardingBodies: 'carried-with-loss',
    issued: 'carried-with-loss',
    learningOutcomes: 'carried-with-loss',
    workload: 'carried-with-loss',
    level: 'carried-with-loss',
    assessment: 'not-carried',
    participation: 'not-carried',
    qualityAssurance: 'carried-with-loss',
    prerequisites: 'carried-with-loss',
    supervision: 'not-carried',
    grade: 'carried-with-loss',
    stackability: 'carried-with-loss',
    furtherInformation: 'not-carried',
  },
};
