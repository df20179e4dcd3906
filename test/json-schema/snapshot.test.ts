import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, toJsonSchema } from '../../src/json-schema/index.js';

/**
 * Length and SHA-256 of each JSON Schema as `JSON.stringify` writes it, taken before the schemas' titles and
 * descriptions moved out of the model modules into the JSON Schema module: the documents must stay the same, key
 * order included. A deliberate change to a schema updates its line in the same commit.
 */
const SNAPSHOT: Readonly<Record<string, readonly [number, string]>> = {
  MicroCredential: [24745, '4e3803d3ad79c9fa1ad41cd568cc1de3c676d05af00f50f3d92b048bd398704e'],
  Learner: [5250, '623be2927d7a1dfed8ae99bf1fab1f180e6f4e9622a086277b0afceef14b8095'],
  Provider: [6066, '2c6e453f447e016d7e969101782f0c081ae664643dc29c99b200e6a07301a68b'],
  LearningOutcome: [3666, 'd8d990da6611c873947e5c740efb3cb47b4bb748e463307da12859c4a472778f'],
  Workload: [1227, 'c6b98e198be684f7fed1777706f6737799f3eb005a2dc4fddcca8df312375e42'],
  Credit: [852, 'c9016818b88b1ca5f7f84bf547ec125c24038339d89d01bb2c9d8747c80ba14e'],
  Level: [5948, '97f55b9eba00f656f1b28353e97d07fa856fe09b91af43bb47db558e13c11ace'],
  Assessment: [4801, '83d1dd13d570f7e20a7a8b55af81eb1d5405f54879165fda52d3c1baf99aebcb'],
  Participation: [4328, '7096cb85221117102931f2a11d61b08eb7d02a4daf15ede05870c1f1b50573fe'],
  QualityAssurance: [8521, 'ea3a11c1e8d8f24c2d387d6fe061a499837d005deb76b18cc95d29b2fc1cf23d'],
  Qualification: [5052, 'a335b711e0889a4b368870ffe2a1e38f052cbfb589676172041cd02fda076c93'],
  RecognitionPolicy: [6438, '2e6ba908fe35bac479b10ca4f8ba389d1c38b44cf5db2823aa45ea233595b277'],
};

describe('toJsonSchema', () => {
  it('covers every schema name', () => {
    expect([...SCHEMA_NAMES].sort()).toEqual(Object.keys(SNAPSHOT).sort());
  });

  it.each([...SCHEMA_NAMES])('writes the same %s document as before', (name) => {
    const text = JSON.stringify(toJsonSchema(name));
    expect([text.length, createHash('sha256').update(text).digest('hex')]).toEqual(SNAPSHOT[name]);
  });
});
