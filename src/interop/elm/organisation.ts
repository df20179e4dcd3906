import type { Provider } from '../../model/provider.js';
import { countryAuthorityUri, countryFromAuthorityUri, VOCABULARIES } from '../../vocab/index.js';
import { asArray, compact, isObject, type JsonObject, type JsonPath, text } from '../shared/json.js';
import { leftovers, objectAt, type ReadContext, unmappable } from '../shared/reader.js';
import { fromLanguageMap, type Text, toLanguageMap } from '../shared/text.js';
import { concept, conceptId } from './concepts.js';

/** The EU country authority concept of an alpha-2 code (every model country but `TF` has one). */
export function countryConcept(code: string): JsonObject | undefined {
  const uri = countryAuthorityUri(code);
  return uri === undefined ? undefined : concept(uri, VOCABULARIES.countries.schemeUri);
}

/**
 * An ELM `Organisation` of a provider, or undefined when its country has no EU authority concept (ISO `TF`):
 * EDC requires a country on every organisation. The registration is the issuer's eIDAS legal identifier (which
 * EDC requires of an issuer, `legalId`) or another body's registration. The region has no native place.
 */
export function toOrganisation(p: Provider, language: string, legalId: boolean): JsonObject | undefined {
  const country = countryConcept(p.country);
  if (country === undefined) return undefined;
  return compact({
    id: p.id,
    type: 'Organisation',
    legalName: toLanguageMap(p.legalName as Text, language),
    location: [
      {
        type: 'Location',
        address: compact({ type: 'Address', countryCode: country }),
      },
    ],
    [legalId ? 'eIDASIdentifier' : 'registration']:
      p.registration !== undefined && country !== undefined
        ? { type: 'LegalIdentifier', notation: p.registration, spatial: country }
        : undefined,
    homepage: p.homepage === undefined ? undefined : [{ type: 'WebResource', contentURL: p.homepage }],
    contactPoint:
      p.email === undefined
        ? undefined
        : [{ type: 'ContactPoint', emailAddress: { id: `mailto:${p.email}`, type: 'Mailbox' } }],
  });
}

const ORGANISATION_KEYS = [
  'id',
  'type',
  'legalName',
  'location',
  'eIDASIdentifier',
  'registration',
  'homepage',
  'contactPoint',
];

/** The provider an ELM `Organisation` describes, as far as the model holds it. */
export function fromOrganisation(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject | undefined {
  const org = objectAt(ctx, value, path);
  if (org === undefined) return undefined;
  leftovers(ctx, org, path, ORGANISATION_KEYS);
  const location = asArray(org['location'])[0];
  const locationPath = Array.isArray(org['location']) ? [...path, 'location', 0] : [...path, 'location'];
  if (asArray(org['location']).length > 1)
    unmappable(ctx, 'unmapped-value', [...path, 'location'], org['location'], 'Several locations');
  const loc = isObject(location) ? location : {};
  leftovers(ctx, loc, locationPath, ['id', 'type', 'address']);
  const address = isObject(loc['address']) ? loc['address'] : {};
  leftovers(ctx, address, [...locationPath, 'address'], ['id', 'type', 'countryCode']);
  const country = countryFromAuthorityUri(conceptId(address['countryCode']));
  if (address['countryCode'] !== undefined && country === undefined) {
    unmappable(
      ctx,
      'unmapped-value',
      [...locationPath, 'address', 'countryCode'],
      address['countryCode'],
      'Country without an ISO 3166-1 code',
    );
  }
  const legal = org['eIDASIdentifier'] ?? org['registration'];
  const legalKey = org['eIDASIdentifier'] === undefined ? 'registration' : 'eIDASIdentifier';
  const registration = isObject(legal) ? text(legal['notation']) : undefined;
  if (org['eIDASIdentifier'] !== undefined && org['registration'] !== undefined) {
    unmappable(ctx, 'unmapped-value', [...path, 'registration'], org['registration'], 'A second legal identifier');
  }
  const homepages = asArray(org['homepage']);
  const homepage = homepages.length === 1 && isObject(homepages[0]) ? text(homepages[0]['contentURL']) : undefined;
  if (org['homepage'] !== undefined && homepage === undefined)
    unmappable(ctx, 'unmapped-value', [...path, 'homepage'], org['homepage'], 'Homepages');
  const mailbox = conceptId((asArray(org['contactPoint'])[0] as JsonObject | undefined)?.['emailAddress']);
  const email =
    mailbox?.startsWith('mailto:') === true && asArray(org['contactPoint']).length === 1 ? mailbox.slice(7) : undefined;
  if (org['contactPoint'] !== undefined && email === undefined)
    unmappable(ctx, 'unmapped-value', [...path, 'contactPoint'], org['contactPoint'], 'Contact points');
  if (legal !== undefined && registration === undefined)
    unmappable(ctx, 'invalid-value', [...path, legalKey], legal, 'Legal identifier');
  return compact({
    id: text(org['id']),
    legalName: fromLanguageMap(org['legalName']),
    country,
    registration,
    homepage,
    email,
  });
}
