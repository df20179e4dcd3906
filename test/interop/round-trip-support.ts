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

/** A 1×1 white PNG: the display image EDC requires (microcred draws none). */
export const DISPLAY = {
  content: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  mediaType: 'image/png',
} as const;

/** Whether no issuer or awarding body is in ISO `TF`, the one country EDC has no concept for. */
export function countriesInEdc(mc: MicroCredential): boolean {
  return [mc.issuer, ...mc.awardingBodies].every((p) => p.country !== 'TF');
}

/** What EDC requires of the issuer beyond the model's minimum: its registration (eIDAS legal identifier). */
export function withRegistration(mc: MicroCredential): MicroCredential {
  return { ...mc, issuer: { ...mc.issuer, registration: mc.issuer.registration ?? 'REG-0001' } };
}

const URI_KEYS = new Set([
  'id',
  'specificationId',
  'relatedSkills',
  'scheme',
  'uri',
  'targets',
  'links',
  'homepage',
  'landingPage',
]);

/**
 * Whether every URI in a model names one thing. In RDF a URI is global: two different organisations
 * generated with the same id would be one node with two registrations, which no real credential means.
 */
export function urisAreDistinct(mc: MicroCredential): boolean {
  const seen = new Map<string, string>();
  const visit = (value: unknown, owner: unknown): boolean => {
    if (Array.isArray(value)) return value.every((v) => visit(v, owner));
    if (typeof value !== 'object' || value === null) return true;
    for (const [k, v] of Object.entries(value)) {
      const uris = URI_KEYS.has(k) ? (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string') : [];
      for (const uri of uris as string[]) {
        const identity = k === 'id' ? JSON.stringify(value) : `${k}:${uri}`;
        if (seen.has(uri) && seen.get(uri) !== identity) return false;
        seen.set(uri, identity);
      }
      if (!visit(v, value)) return false;
    }
    return true;
  };
  return visit(mc, undefined);
}
