import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/jwt/load-once.js';

describe('loadOnce', () => {
  it('imports on the first call only, and hands out the loaded module without waiting afterwards', async () => {
    let imports = 0;
    const load = loadOnce(async () => {
      imports += 1;
      return { name: 'reader' };
    });
    const first = load();
    expect(first).toBeInstanceOf(Promise);
    const second = load();
    expect(second).toBe(first);
    const module = await first;
    expect(load()).toBe(module);
    expect(imports).toBe(1);
  });

  it('tries again after a failed import, rather than keeping the failure', async () => {
    let imports = 0;
    const load = loadOnce(async () => {
      imports += 1;
      if (imports === 1) throw new Error('network down');
      return { name: 'reader' };
    });
    await expect(load()).rejects.toThrow('network down');
    await expect(load()).resolves.toEqual({ name: 'reader' });
    expect(imports).toBe(2);
  });
});
