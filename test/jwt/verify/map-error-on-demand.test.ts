import { describe, expect, it, vi } from 'vitest';
import { MicrocredJwtError } from '../../../src/jwt/jwt-error.js';
import { mapVerifyErrorOnDemand } from '../../../src/jwt/verify/map-error-on-demand.js';

// The on-demand part of the verifier cannot load here (as when a page goes offline or a chunk is blocked).
vi.mock('../../../src/jwt/verify/on-demand.js', () => {
  throw new Error('the chunk could not be loaded');
});

describe('mapVerifyErrorOnDemand when its module cannot load', () => {
  it('still refuses with a typed error, keeping the original as its cause', async () => {
    const own = new MicrocredJwtError('ERR_JWT_SIGNATURE', 'The signature does not verify');
    expect(await mapVerifyErrorOnDemand(own, 'other')).toBe(own);
    const thrown = new TypeError('resolver exploded');
    const atKey = await mapVerifyErrorOnDemand(thrown, 'key');
    expect(atKey).toBeInstanceOf(MicrocredJwtError);
    expect(atKey).toMatchObject({ code: 'ERR_KEY_RESOLUTION', cause: thrown });
    expect(atKey.message).toContain('resolver exploded');
    expect(await mapVerifyErrorOnDemand('a string', 'other')).toMatchObject({ code: 'ERR_JWT_INVALID' });
  });
});
