// Parsing the example credential with microcred (limits pre-scan, strict schema, issue mapping) against a
// bare zod object of the same shape with no extra checks (bench/bare-schema.mjs).
import { readFileSync } from 'node:fs';
import { parseMicroCredential } from 'microcred';
import { bare } from '../bare-schema.mjs';

const example = JSON.parse(readFileSync(new URL('../../examples/data/micro-credential.json', import.meta.url), 'utf8'));

export async function cases() {
  bare.parse(example); // the baseline must accept the same document
  return [
    {
      name: 'parseMicroCredential vs bare zod parse',
      subject: { label: 'parseMicroCredential', fn: () => parseMicroCredential(example) },
      baseline: { label: 'z.object(...).parse', fn: () => bare.parse(example) },
    },
  ];
}
