/**
 * The stacking guide documents every field of a recognition policy with whether it is required: the table
 * must name exactly the schema's fields, and "required" exactly those the schema refuses to miss.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecognitionPolicySchema } from '../../src/stacking/policy-schema.js';
import { ROOT } from './doc-examples.js';

const guide = readFileSync(join(ROOT, 'docs', 'guides', 'stacking.md'), 'utf8');
const header = '| field | required | when absent | meaning |';
const rows = guide
  .slice(guide.indexOf(header))
  .split('\n')
  .slice(2)
  .filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));

/** Each documented field with its "required" cell; a row may document several fields (`version`, `title`). */
const documented = new Map(
  rows.flatMap((row) => {
    const [fields = '', required = ''] = row.split('|').slice(1, 3);
    return [...fields.matchAll(/`(\w+)`/g)].map((m) => [m[1] as string, required.trim()] as const);
  }),
);

describe('the recognition policy table of the stacking guide', () => {
  const shape = RecognitionPolicySchema.shape;

  it('documents every field of RecognitionPolicySchema, and no other', () => {
    expect(rows.length).toBeGreaterThan(10);
    expect([...documented.keys()].sort()).toEqual(Object.keys(shape).sort());
  });

  it.each(Object.keys(shape))('%s is marked required exactly when the schema requires it', (field) => {
    const optional = shape[field as keyof typeof shape].safeParse(undefined).success;
    expect(documented.get(field)?.startsWith(optional ? 'no' : 'yes'), documented.get(field)).toBe(true);
  });
});
