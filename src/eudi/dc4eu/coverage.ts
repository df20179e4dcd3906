import type { TypeCoverage } from '../coverage-build.js';

const CS = 'credentialSubject';
const A = `${CS}.achievement`;

/** What the DC4EU type's Open Badges 3.0 claims hold natively of each element (interop guide, OB column). */
export const DC4EU_COVERAGE: TypeCoverage = {
  claims: {
    learner: [`${CS}.id`, `${CS}.identifier`],
    title: ['name', `${A}.name`],
    country: ['issuer.address'],
    awardingBodies: ['issuer'],
    issued: ['awardedDate'],
    learningOutcomes: [`${A}.alignment`],
    workload: [`${A}.creditsAvailable`],
    level: [`${A}.alignment`],
    assessment: [`${A}.criteria.narrative`],
    participation: [],
    qualityAssurance: [],
    prerequisites: [],
    supervision: [],
    grade: [`${CS}.result`],
    stackability: [],
    furtherInformation: [],
  },
  best: {
    learner: 'carried-with-loss',
    title: 'carried-with-loss',
    country: 'carried',
    awardingBodies: 'carried-with-loss',
    issued: 'carried',
    learningOutcomes: 'carried-with-loss',
    workload: 'carried-with-loss',
    level: 'carried-with-loss',
    assessment: 'carried-with-loss',
    participation: 'not-carried',
    qualityAssurance: 'not-carried',
    prerequisites: 'not-carried',
    supervision: 'not-carried',
    grade: 'carried-with-loss',
    stackability: 'not-carried',
    furtherInformation: 'not-carried',
  },
};
