import * as z from 'zod';
import { COUNTRY_CODES, LANGUAGE_TAG_PATTERN } from '../vocab/index.js';
import { EMAIL_PATTERN, URI_PATTERN, WEB_URL_PATTERN } from './identifier-rules.js';
import { named } from './registry.js';

/** A string with at least one non-space character. */
export const NonEmptyTextSchema = z.string().max(65_536).regex(/\S/);

/**
 * A BCP 47 language tag whose primary subtag is an ISO 639-1 code, such as `en`, `en-GB` or `sr-Latn-RS`.
 *
 * @example
 * ```ts
 * import { LanguageTagSchema } from 'microcred';
 * LanguageTagSchema.safeParse('en-GB').success; // true
 * LanguageTagSchema.safeParse('english').success; // false
 * ```
 * @category Model
 */
export const LanguageTagSchema = named(z.string().regex(new RegExp(LANGUAGE_TAG_PATTERN)), {
  id: 'LanguageTag',
});

/**
 * A map from language tag to text with at least one entry: `{ "en": "Data literacy", "de": "Datenkompetenz" }`.
 *
 * @example
 * ```ts
 * import { LanguageMapSchema } from 'microcred';
 * LanguageMapSchema.safeParse({ en: 'Data literacy', de: 'Datenkompetenz' }).success; // true
 * LanguageMapSchema.safeParse({}).success; // false
 * ```
 * @category Model
 */
export const LanguageMapSchema = named(
  z
    .record(LanguageTagSchema, NonEmptyTextSchema)
    .refine((v) => Object.keys(v).length > 0, { params: { code: 'too_small', minimum: 1, origin: 'object' } }),
  {
    id: 'LanguageMap',
    minProperties: 1,
  },
);

/**
 * Text in one language (a string) or several (a language map).
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from 'microcred';
 * LocalizedTextSchema.safeParse('Data literacy').success; // true
 * LocalizedTextSchema.safeParse({ fr: 'Littératie des données' }).success; // true
 * ```
 * @category Model
 */
export const LocalizedTextSchema = named(z.union([NonEmptyTextSchema, LanguageMapSchema]), {
  id: 'LocalizedText',
});

/**
 * An absolute URI or IRI (`https:`, `urn:`, `did:`, ...): a scheme, a colon and no white space. No control
 * character, no invisible or format character (Unicode category Cf: zero-width joiner, bidirectional
 * controls, ...) and nothing outside the Basic Multilingual Plane may appear anywhere. A `did:` must follow
 * the W3C DID Core syntax, a `urn:uuid:` RFC 9562 and any other `urn:` RFC 8141, all ASCII only; an `http(s):` IRI may not mix Latin,
 * Greek and Cyrillic letters in one host label.
 *
 * @example
 * ```ts
 * import { UriSchema } from 'microcred';
 * UriSchema.safeParse('did:example:123').success; // true
 * UriSchema.safeParse('/relative/path').success; // false
 * UriSchema.safeParse('did:web:issuer.ex\u0430mple').success; // false (a Cyrillic а)
 * UriSchema.safeParse('https://münchen.example/kurs').success; // true
 * ```
 * @category Model
 */
export const UriSchema = named(z.string().min(3).max(2048).regex(new RegExp(URI_PATTERN)), {
  id: 'Uri',
});

/** An `http:` or `https:` URL, under the identifier character and host rules of {@link UriSchema}. */
export const WebUrlSchema = z.string().max(2048).regex(new RegExp(WEB_URL_PATTERN));

/** An e-mail address (pragmatic shape check), under the identifier character rule of {@link UriSchema}. */
export const EmailSchema = z.string().max(320).regex(new RegExp(EMAIL_PATTERN));

/**
 * An ISO 8601 date-time with a time zone: `Z` or an offset within ±14:00, at most nine fractional digits.
 * Week dates, ordinal dates, basic format, `24:00` and leap seconds are rejected.
 *
 * @example
 * ```ts
 * import { DateTimeSchema } from 'microcred';
 * DateTimeSchema.safeParse('2025-03-01T09:00:00+01:00').success; // true
 * DateTimeSchema.safeParse('2025-03-01T09:00:00').success; // false
 * ```
 * @category Model
 */
export const DateTimeSchema = named(
  z.iso.datetime({ offset: true }).regex(/^[^.]*(?:\.\d{1,9})?(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))$/),
  {
    id: 'DateTime',
  },
);

/**
 * An ISO 8601 calendar date (`2024-02-29`; `2023-02-29` is rejected).
 *
 * @example
 * ```ts
 * import { DateSchema } from 'microcred';
 * DateSchema.safeParse('2024-02-29').success; // true
 * DateSchema.safeParse('2023-02-29').success; // false
 * ```
 * @category Model
 */
export const DateSchema = named(z.iso.date(), {
  id: 'Date',
});

/**
 * A non-negative decimal number written as a string, so it stays exact: `5`, `2.5`, `0.25`.
 *
 * @example
 * ```ts
 * import { DecimalStringSchema } from 'microcred';
 * DecimalStringSchema.safeParse('2.5').success; // true
 * DecimalStringSchema.safeParse('2,5').success; // false
 * ```
 * @category Model
 */
export const DecimalStringSchema = named(z.string().regex(/^\d{1,30}(?:\.\d{1,30})?$/), {
  id: 'DecimalString',
});

/**
 * ISO 3166-1 alpha-2 country code.
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from 'microcred';
 * CountryCodeSchema.parse('NL'); // 'NL'
 * CountryCodeSchema.safeParse('NLD').success; // false
 * ```
 * @category Model
 */
export const CountryCodeSchema = named(z.enum(COUNTRY_CODES), {
  id: 'CountryCode',
});

/**
 * A concept from a controlled vocabulary outside our closed lists, kept by its URI with an optional label.
 *
 * @example
 * ```ts
 * import { ConceptSchema } from 'microcred';
 * ConceptSchema.safeParse({ id: 'http://data.europa.eu/snb/assessment/abc', label: 'Viva' }).success; // true
 * ```
 * @category Model
 */
export const ConceptSchema = named(
  z.strictObject({
    id: UriSchema,
    label: LocalizedTextSchema.optional(),
    scheme: UriSchema.optional(),
  }),
  {
    id: 'Concept',
  },
);
