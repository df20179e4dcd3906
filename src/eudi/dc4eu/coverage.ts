import type { TypeCoverage } from '../coverage-build.js';

const CS = 'credentialSubject';
const A = `${CS}.achievement`;

/**
 * What the DC4EU type's claims hold natively of each element: the Open Badges 3.0 ones (interop guide, OB
 * column) and the DC4EU claims of `terms.ts`.
 */
export const DC4EU_COVERAGE: TypeCoverage = {
  claims: {
    learner: [`${CS}.id`, `${CS}.identifier`],
    title: ['name', `${A}.name`],
    country: ['issuer.address'],
    awardingBodies: ['issuer'],
    issued: ['awardedDate'],
    learningOutcomes: [`${A}.alignment`],
    workload: [`${A}.ECTS`],
    level: [`${A}.alignment`],
    assessment: [`${A}.assessmentType`, `${A}.criteria.narrative`],
    participation: [`${A}.participationType`],
    qualityAssurance: [`${A}.alignment`],
    prerequisites: [],
    supervision: [`${A}.supervisionType`, `${A}.identityChecked`],
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
    participation: 'carried-with-loss',
    qualityAssurance: 'carried-with-loss',
    prerequisites: 'not-carried',
    supervision: 'carried',
    grade: 'carried-with-loss',
    stackability: 'not-carried',
    furtherInformation: 'not-carried',
  },
};
