import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS } from '../../src/internal/input-limits.js';
import { STRUCTURE_LIMITS } from '../../src/internal/typed-errors.js';

describe('STRUCTURE_LIMITS', () => {
  it('keeps the default depth and string length and bounds no count', () => {
    expect(STRUCTURE_LIMITS).toEqual({
      ...DEFAULT_INPUT_LIMITS,
      maxBytes: Number.MAX_SAFE_INTEGER,
      maxKeys: Number.MAX_SAFE_INTEGER,
      maxItems: Number.MAX_SAFE_INTEGER,
      maxNodes: Number.MAX_SAFE_INTEGER,
    });
    expect(Object.isFrozen(STRUCTURE_LIMITS)).toBe(true);
  });
});
