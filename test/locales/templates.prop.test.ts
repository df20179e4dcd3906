import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../src/errors.js';
import { checkCompleteness, parseMicroCredential, safeParseMicroCredential } from '../../src/index.js';
import { de, en, fr, type LocaleCatalogue } from '../../src/locales/index.js';
import { evaluateStacking } from '../../src/stacking/evaluate-stacking.js';
import { toStackingCredential } from '../../src/stacking/to-stacking-credential.js';
import { policy, target } from '../stacking/fixtures.js';
import { completeExample } from '../support/examples.js';

const LOCALES: readonly LocaleCatalogue[] = [en, de, fr];

/**
 * The placeholders of an issue's template, in any locale, that its params do not fill. Checked on the
 * template rather than on the rendered text, so a value that itself contains braces is no false alarm.
 */
function unfilled(issue: ValidationIssue): string[] {
  return LOCALES.flatMap((locale) =>
    [...locale.issues[issue.code].matchAll(/\{([A-Za-z0-9_]+)\}/g)]
      .map((m) => m[1] as string)
      .filter((name) => !Object.hasOwn(issue.params, name))
      .map((name) => `${locale.locale} ${issue.code}@${issue.path.join('.')}: {${name}}`),
  );
}

type Path = readonly (string | number)[];
function paths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  return [
    path,
    ...Object.entries(value).flatMap(([k, v]) => paths(v, [...path, Array.isArray(value) ? Number(k) : k])),
  ];
}

/** `doc` with the value at `path` replaced (or removed, for `undefined`). */
function mutate(doc: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const clone = structuredClone(doc) as Record<string | number, unknown>;
  let parent = clone;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  return clone;
}

const mutationOf = (doc: unknown) => {
  const all = paths(doc);
  return fc.record({
    at: fc.nat({ max: all.length - 1 }).map((i) => all[i] as Path),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
  });
};

const issuesOf = (run: () => unknown): readonly ValidationIssue[] => {
  try {
    run();
    return [];
  } catch (e) {
    return (e as { issues?: readonly ValidationIssue[] }).issues ?? [];
  }
};

describe('issues of mutated inputs render fully in every locale', () => {
  it('micro-credentials', () => {
    const doc = completeExample();
    fc.assert(
      fc.property(mutationOf(doc), ({ at, value }) => {
        const result = safeParseMicroCredential(mutate(doc, at, value));
        if (!result.success) expect(result.error.issues.flatMap(unfilled)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('stacking credentials (and the completeness checker reports, never throws, on mutated drafts)', () => {
    const mc = parseMicroCredential(completeExample());
    const stacking = toStackingCredential(mc);
    fc.assert(
      fc.property(mutationOf(stacking), mutationOf(completeExample()), (s, c) => {
        const mutated = mutate(stacking, s.at, s.value);
        expect(
          issuesOf(() => evaluateStacking([mutated as never], target('1', []), policy())).flatMap(unfilled),
        ).toEqual([]);
        const report = checkCompleteness(mutate(completeExample(), c.at, c.value));
        expect(report.kind).toBe('completeness');
      }),
      { numRuns: 300 },
    );
  });
});
