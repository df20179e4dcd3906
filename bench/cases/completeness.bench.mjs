// checkCompleteness validates the draft itself (limits pre-scan, the strict model schema, issues sorted to their
// elements) and then runs the profile's rules: it is "parse + check" in one call. Two baselines, each in the same
// run: the model's own zod schema alone (MicroCredentialSchema.parse: zod with no pre-scan, no issue mapping, no
// rules), and the loose shape-only zod object of the parse benchmark (bench/bare-schema.mjs). The last case
// parses first and then checks, which validates twice: it shows what that costs.
import { readFileSync } from 'node:fs';
import { checkCompleteness, MicroCredentialSchema, parseMicroCredential, profiles } from 'microcred';
import { bare } from '../bare-schema.mjs';

const example = JSON.parse(readFileSync(new URL('../../examples/data/micro-credential.json', import.meta.url), 'utf8'));
const now = new Date('2025-07-01T00:00:00Z');
const zodModel = { label: 'MicroCredentialSchema.parse', fn: () => MicroCredentialSchema.parse(example) };
const zodLoose = { label: 'loose z.object(...).parse', fn: () => bare.parse(example) };
const check = (profile) => ({ label: 'checkCompleteness', fn: () => checkCompleteness(example, { profile, now }) });
const timing = { iterations: 300, rounds: 25, warmup: 8 };

export async function cases() {
  bare.parse(example);
  for (const key of ['eu2022', 'microbol']) {
    const verdict = checkCompleteness(example, {
      profile: profiles[key],
      now,
      evidence: { proof: 'verified' },
    }).verdict;
    if (verdict === 'incomplete') throw new Error(`the example credential must meet ${key}`);
  }
  return [
    { name: 'check eu2022 vs zod model schema', subject: check(profiles.eu2022), baseline: zodModel, ...timing },
    { name: 'check microbol vs zod model schema', subject: check(profiles.microbol), baseline: zodModel, ...timing },
    { name: 'check eu2022 vs loose zod shape', subject: check(profiles.eu2022), baseline: zodLoose, ...timing },
    {
      name: 'parse, then check vs zod model schema',
      subject: {
        label: 'parseMicroCredential + checkCompleteness',
        fn: () => checkCompleteness(parseMicroCredential(example), { profile: profiles.eu2022, now }),
      },
      baseline: zodModel,
      ...timing,
    },
  ];
}
