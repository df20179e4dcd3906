import fc from 'fast-check';
import type { MicroCredential } from '../../src/model/micro-credential.js';
import { microCredentialArb } from '../support/arbitraries.js';

/** Ids supplied by the caller when the model lacks them; the model read back holds them. */
export const IDS = {
  id: 'urn:uuid:0b6c3c7e-2f0a-4d1e-9a51-6f1f3f0c2a11',
  issuerId: 'https://issuer.example/profile',
  achievementId: 'https://issuer.example/achievements/1',
} as const;

/** Generated valid models (the shared arbitrary) as typed values. */
export const modelArb = microCredentialArb.map((mc) => mc as unknown as MicroCredential);

/** The model as an exporter given {@link IDS} describes it: the ids it lacked are now present. */
export function withIds(mc: MicroCredential, which: { achievement?: boolean } = {}): MicroCredential {
  return {
    ...mc,
    id: mc.id ?? IDS.id,
    issuer: { ...mc.issuer, id: mc.issuer.id ?? IDS.issuerId },
    ...(which.achievement === true ? { specificationId: mc.specificationId ?? IDS.achievementId } : {}),
  };
}

export { fc };
