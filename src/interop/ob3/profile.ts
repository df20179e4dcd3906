import type { Provider } from '../../model/provider.js';
import { isCountryCode } from '../../vocab/index.js';
import { compact, type JsonObject, type JsonPath, text } from '../shared/json.js';
import { leftovers, objectAt, type ReadContext, unmappable } from '../shared/reader.js';
import { firstText, fromLanguageMap } from '../shared/text.js';

/** An OB 3.0 `Profile` of a provider (issuer or creator). The id comes from the model or the caller. */
export function toProfile(p: Provider, id: string): JsonObject {
  return compact({
    id,
    type: ['Profile'],
    name: firstText(p.legalName).text,
    url: p.homepage,
    email: p.email,
    address: compact({ type: ['Address'], addressCountryCode: p.country, addressRegion: p.region }),
    otherIdentifier:
      p.registration === undefined
        ? undefined
        : [{ type: 'IdentifierEntry', identifier: p.registration, identifierType: 'identifier' }],
  });
}

const PROFILE_KEYS = ['id', 'type', 'name', 'url', 'email', 'address', 'otherIdentifier'];

/** The provider a `Profile` describes, as far as the model holds it (the caller validates the result). */
export function fromProfile(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject | undefined {
  if (typeof value === 'string') return { id: value };
  const profile = objectAt(ctx, value, path);
  if (profile === undefined) return undefined;
  leftovers(ctx, profile, path, PROFILE_KEYS);
  const address = objectAt(ctx, profile['address'], [...path, 'address']);
  leftovers(ctx, address, [...path, 'address'], ['type', 'addressCountryCode', 'addressRegion']);
  const country = address?.['addressCountryCode'];
  if (country !== undefined && !isCountryCode(country)) {
    unmappable(ctx, 'unmapped-value', [...path, 'address', 'addressCountryCode'], country, 'Not an ISO 3166-1 code');
  }
  const ids = Array.isArray(profile['otherIdentifier']) ? profile['otherIdentifier'] : [];
  const registration = ids.length === 1 ? text((ids[0] as JsonObject | undefined)?.['identifier']) : undefined;
  if (profile['otherIdentifier'] !== undefined && registration === undefined) {
    unmappable(ctx, 'unknown-property', [...path, 'otherIdentifier'], profile['otherIdentifier'], 'Identifiers');
  }
  return compact({
    id: text(profile['id']),
    legalName: fromLanguageMap(profile['name']),
    country: isCountryCode(country) ? country : undefined,
    region: text(address?.['addressRegion']),
    registration,
    homepage: text(profile['url']),
    email: text(profile['email']),
  });
}
