import fc from 'fast-check';

/** Ways an object can misbehave when a parser reads it. */
export const HOSTILITIES = [
  'throwing-getter',
  'quiet-getter',
  'get-throws',
  'ownKeys-throws',
  'descriptor-throws',
  'has-throws',
  'prototype-throws',
  'revoked',
  'lying-descriptor',
  'lying-get',
  'vanishing-key',
] as const;
export type Hostility = (typeof HOSTILITIES)[number];

const boom = (): never => {
  throw new Error('hostile object');
};

/** A hostile stand-in for `target` (an object or array); `target` itself is not changed. */
export function hostile(target: object, kind: Hostility): object {
  const copy = Array.isArray(target) ? [...target] : { ...target };
  const keys = Object.keys(copy);
  const first = keys[0];
  switch (kind) {
    case 'throwing-getter':
    case 'quiet-getter': {
      const key = first ?? 'planted';
      Object.defineProperty(copy, key, {
        get: kind === 'throwing-getter' ? boom : () => 'read through a getter',
        enumerable: true,
        configurable: true,
      });
      return copy;
    }
    case 'get-throws':
      return new Proxy(copy, { get: boom });
    case 'ownKeys-throws':
      return new Proxy(copy, { ownKeys: boom });
    case 'descriptor-throws':
      return new Proxy(copy, { getOwnPropertyDescriptor: boom });
    case 'has-throws':
      return new Proxy(copy, { has: boom });
    case 'prototype-throws':
      return new Proxy(copy, { getPrototypeOf: boom });
    case 'revoked': {
      const { proxy, revoke } = Proxy.revocable(copy, {});
      revoke();
      return proxy;
    }
    case 'lying-descriptor':
      // Claims a member the object does not have, consistently.
      return new Proxy(copy, {
        ownKeys: (t) => [...Reflect.ownKeys(t), 'ghost'],
        getOwnPropertyDescriptor: (t, k) =>
          k === 'ghost'
            ? { value: 'boo', enumerable: true, configurable: true, writable: true }
            : Reflect.getOwnPropertyDescriptor(t, k),
      });
    case 'lying-get': {
      // Answers a different value on every read.
      let reads = 0;
      return new Proxy(copy, {
        get: (t, k, r) => {
          reads += 1;
          return reads % 2 === 0 ? { changed: reads } : Reflect.get(t, k, r);
        },
      });
    }
    case 'vanishing-key': {
      // Lists a key whose property is gone by the time it is read.
      let asked = 0;
      return new Proxy(copy, {
        ownKeys: (t) => [...Reflect.ownKeys(t), 'ghost'],
        getOwnPropertyDescriptor: (t, k) => {
          if (k !== 'ghost') return Reflect.getOwnPropertyDescriptor(t, k);
          asked += 1;
          return asked === 1 ? { value: 1, enumerable: true, configurable: true, writable: true } : undefined;
        },
      });
    }
  }
}

type Path = readonly (string | number)[];

/** Every path to an object or array inside a JSON value, the root first. */
export function containerPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const children = Object.entries(value).flatMap(([k, v]) =>
    containerPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
  return [path, ...children];
}

/** A copy of `doc` with the container at `path` replaced by a hostile stand-in. */
export function plant(doc: unknown, path: Path, kind: Hostility): unknown {
  const clone = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return hostile(clone, kind);
  let parent: Record<string | number, unknown> = clone;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  parent[last] = hostile(parent[last] as object, kind);
  return clone;
}

/** A hostile version of `doc`: one of its containers (chosen at random) misbehaves in one of the ways above. */
export function hostileArb(doc: unknown): fc.Arbitrary<{ value: unknown; path: Path; kind: Hostility }> {
  const paths = containerPaths(doc);
  return fc
    .record({ at: fc.nat({ max: paths.length - 1 }), kind: fc.constantFrom(...HOSTILITIES) })
    .map(({ at, kind }) => {
      const path = paths[at] as Path;
      return { value: plant(doc, path, kind), path, kind };
    });
}
