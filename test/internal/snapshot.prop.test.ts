import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS } from '../../src/internal/input-limits.js';
import { snapshotInput } from '../../src/internal/snapshot.js';

// The snapshot is our own copy of untrusted input. The oracle is structuredClone, which copies plain data with
// its cycles and shared references: the snapshot must be equal to it, share no object with the input, and keep
// every cycle pointing at the copy of the same ancestor.

const SEED = Number(process.env['FC_SEED'] ?? 20_261_206);

type Node = Record<string, unknown> | unknown[];

/** Every object of a value, with the path of objects that leads to it (root first). */
function objectsWithPaths(root: unknown): { node: Node; path: Node[] }[] {
  const out: { node: Node; path: Node[] }[] = [];
  const walk = (value: unknown, path: Node[]) => {
    if (typeof value !== 'object' || value === null || path.includes(value as Node)) return;
    const node = value as Node;
    out.push({ node, path });
    for (const child of Object.values(node)) walk(child, [...path, node]);
  };
  walk(root, []);
  return out;
}

/** Adds back-references from objects to their ancestors: cycles at chosen places. */
function withCycles(value: unknown, picks: readonly [number, number][]): unknown {
  const objects = objectsWithPaths(value);
  for (const [at, up] of picks) {
    const entry = objects[at % Math.max(1, objects.length)];
    if (entry === undefined) continue;
    const target = [...entry.path, entry.node][up % (entry.path.length + 1)] as Node;
    if (Array.isArray(entry.node)) entry.node.push(target);
    else entry.node[`back${up}`] = target;
  }
  return value;
}

describe('snapshotInput', () => {
  it('copies plain data with its cycles, exactly as structuredClone does, sharing no object with the input', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        (json, picks) => {
          const input = withCycles(json, picks);
          const snap = snapshotInput(input, DEFAULT_INPUT_LIMITS);
          expect(snap.ok).toBe(true);
          if (!snap.ok) return;
          const copy = snap.value;
          expect(copy).toEqual(structuredClone(input));
          const inputs = new Set(objectsWithPaths(input).map((o) => o.node));
          const copied = objectsWithPaths(copy);
          for (const { node, path } of copied) {
            expect(inputs.has(node)).toBe(false);
            // A member that is an object on its own path is a cycle of the copy, never a link into the input.
            for (const child of Object.values(node)) {
              if (typeof child === 'object' && child !== null) expect(inputs.has(child as Node)).toBe(false);
            }
            expect(path.every((p) => !inputs.has(p))).toBe(true);
          }
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });

  it('copies a shared, non-cyclic reference twice, and a self-reference as a self-reference', () => {
    const shared = { a: 1 };
    const self: Record<string, unknown> = { name: 'self' };
    self['me'] = self;
    const snap = snapshotInput({ left: shared, right: shared, self }, DEFAULT_INPUT_LIMITS);
    if (!snap.ok) throw snap.error;
    const copy = snap.value as { left: object; right: object; self: Record<string, unknown> };
    expect(copy.left).toEqual(shared);
    expect(copy.left).not.toBe(copy.right);
    expect(copy.self['me']).toBe(copy.self);
    expect(copy.self).not.toBe(self);
  });
});
