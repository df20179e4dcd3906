import { describe, expect, it } from 'vitest';
import { createLoaderCache } from '../../../src/jwt/net/cache.js';

describe('createLoaderCache', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    let now = 0;
    let loads = 0;
    const cache = createLoaderCache<string>({ maxEntries: 2, failureTtlMs: 10, clock: () => now });
    const load = (k: string) =>
      cache.load(k, async () => {
        loads += 1;
        return { value: k, expiresAt: now + 1000 };
      });
    await load('a');
    await load('b');
    await load('a'); // a is now the most recent
    await load('c'); // evicts b
    expect(loads).toBe(3);
    await load('a');
    expect(loads).toBe(3);
    await load('b');
    expect(loads).toBe(4);
    cache.clear();
    await load('a');
    expect(loads).toBe(5);
    now = 0;
  });

  it('does not keep values that are already stale, nor failures without a cooldown', async () => {
    let loads = 0;
    const cache = createLoaderCache<number>({ maxEntries: 5, failureTtlMs: 0, clock: () => 100 });
    const stale = () =>
      cache.load('s', async () => {
        loads += 1;
        return { value: 1, expiresAt: 50 };
      });
    await stale();
    await stale();
    expect(loads).toBe(2);
    const failing = () =>
      cache.load('f', async () => {
        loads += 1;
        throw new Error('down');
      });
    await expect(failing()).rejects.toThrow('down');
    await expect(failing()).rejects.toThrow('down');
    expect(loads).toBe(4);
  });
});
