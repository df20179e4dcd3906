import * as z from 'zod';
import {
  CountryCodeSchema,
  EmailSchema,
  LocalizedTextSchema,
  NonEmptyTextSchema,
  UriSchema,
  WebUrlSchema,
} from './primitives.js';
import { named } from './registry.js';

/**
 * An organisation that issues or awards micro-credentials: Annex I elements (c) country and region and
 * (d) awarding body. `legalName` and `country` are required; `region` is free text or a NUTS/ATU code.
 *
 * @example
 * ```ts
 * import { ProviderSchema } from 'microcred';
 * ProviderSchema.parse({ id: 'https://uni.example', legalName: 'Example University', country: 'NL' });
 * ```
 * @category Model
 */
export const ProviderSchema = named(
  z.strictObject({
    id: UriSchema.optional(),
    legalName: LocalizedTextSchema,
    country: CountryCodeSchema,
    region: NonEmptyTextSchema.optional(),
    registration: NonEmptyTextSchema.optional(),
    homepage: WebUrlSchema.optional(),
    email: EmailSchema.optional(),
  }),
  {
    id: 'Provider',
  },
);

/**
 * A provider (issuer or awarding body), as parsed.
 *
 * @example
 * ```ts
 * import type { Provider } from 'microcred';
 * const p: Provider = { legalName: 'Example University', country: 'NL' };
 * ```
 * @category Model
 */
export type Provider = z.infer<typeof ProviderSchema>;
