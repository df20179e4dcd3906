import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMicrocredError, MicrocredValidationError } from '../../src/errors.js';
import { parseMicroCredential, safeParseMicroCredential } from '../../src/model/parse-micro-credential.js';
import { microCredentialArb } from '../support/arbitraries.js';

/** Replaces the value at a random path of a JSON tree with another value. */
function replaceAt(tree: unknown, steps: readonly number[], value: unknown): unknown {
  if (steps.length === 0 || typeof tree !== 'object' || tree === null) return value;
  const keys = Array.isArray(tree) ? tree.map((_, i) => i) : Object.keys(tree);
  if (keys.length === 0) return value;
  const key = keys[(steps[0] as number) % keys.length] as string | number;
  const copy = (Array.isArray(tree) ? [...tree] : { ...(tree as object) }) as Record<string | number, unknown>;
  copy[key] = replaceAt(copy[key], steps.slice(1), value);
  return copy;
}

const hostileValueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 1n, () => 1, Symbol('s'), new Date(0), '\ud800'),
  fc.constant(JSON.parse('{"__proto__":{"x":1}}')),
);

describe('parse functions on untrusted input (properties)', () => {
  it('arbitrary JSON gives success or a MicrocredValidationError, never anything else', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const r = safeParseMicroCredential(value);
        if (!r.success) {
          expect(r.error).toBeInstanceOf(MicrocredValidationError);
          expect(r.error.issues.length).toBeGreaterThan(0);
        }
        try {
          parseMicroCredential(value);
        } catch (e) {
          expect(isMicrocredError(e)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a valid credential with any value replaced anywhere: success or a typed error with paths', () => {
    fc.assert(
      fc.property(microCredentialArb, fc.array(fc.nat(), { maxLength: 6 }), hostileValueArb, (mc, steps, value) => {
        const mutated = replaceAt(mc, steps, value);
        const r = safeParseMicroCredential(mutated);
        if (!r.success) {
          expect(isMicrocredError(r.error)).toBe(true);
          for (const issue of r.error.issues) expect(Array.isArray(issue.path)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('generated valid credentials parse to themselves (nothing dropped, nothing added)', () => {
    fc.assert(
      fc.property(microCredentialArb, (mc) => {
        expect(parseMicroCredential(mc)).toEqual(mc);
        const kept = safeParseMicroCredential(mc, { unknownKeys: 'keep' });
        expect(kept.success && kept.unknownKeys).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('issues are deterministic and in document order', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const a = safeParseMicroCredential(value);
        const b = safeParseMicroCredential(structuredClone(value));
        expect(a.success ? [] : a.error.issues).toEqual(b.success ? [] : b.error.issues);
      }),
      { numRuns: 200 },
    );
  });
});
