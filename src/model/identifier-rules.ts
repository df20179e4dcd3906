/**
 * The character rules of identifiers (URIs, IRIs, DIDs, UUID URNs, web URLs, e-mail addresses), written as
 * regular-expression sources that mean the same with and without the `u` flag. The zod model uses them, the
 * JSON Schema carries them as `pattern`, and the compiled validator compiles that pattern: one rule, three
 * readers. Only Basic Multilingual Plane escapes are used, and the one astral test is written so that both
 * engines agree (see {@link NOT_IDENTIFIER_CHAR}).
 *
 * @module
 */

/**
 * Characters no identifier may hold: C0 and C1 controls (Cc), every format character of Unicode's
 * category Cf in the Basic Multilingual Plane (soft hyphen, Arabic number signs, zero-width space, joiner
 * and non-joiner, the bidirectional marks, embeddings, overrides and isolates, word joiner and invisible
 * operators, byte order mark, interlinear annotation), and lone surrogates. The second alternative refuses
 * every code point outside the Basic Multilingual Plane: without the `u` flag the first class sees its
 * surrogate halves, with it the second class sees the code point, so both readings refuse it. That covers
 * the astral format characters (tag characters U+E0001 and U+E0020–E007F, Egyptian and musical format
 * controls) too.
 */
export const NOT_IDENTIFIER_CHAR =
  '[\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u180E' +
  '\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB\\uD800-\\uDFFF]|[^\\u0000-\\uFFFF]';

/** A lookahead that fails when any character of the value is refused by {@link NOT_IDENTIFIER_CHAR}. */
const CLEAN = `(?![\\s\\S]*(?:${NOT_IDENTIFIER_CHAR}))`;

const HEX = '[0-9A-Fa-f]';
const PCT = `%${HEX}{2}`;
/** DID Core `idchar`: ALPHA / DIGIT / "." / "-" / "_" / pct-encoded. */
const IDCHAR = `(?:[A-Za-z0-9._-]|${PCT})`;
/** RFC 3986 `pchar`, ASCII only. */
const PCHAR = `(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|${PCT})`;

/**
 * A DID or DID URL per the W3C DID Core ABNF, which is ASCII only: `did:` (lower case), a method name of
 * lower-case letters and digits, a method-specific id of `idchar`s in colon-separated segments (the last
 * not empty), then an optional path, query and fragment of RFC 3986 characters.
 */
export const DID_URL = `did:[a-z0-9]+:(?:${IDCHAR}*:)*${IDCHAR}+(?:/${PCHAR}*)*(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?`;

/** A UUID URN (RFC 9562 / RFC 4122 §3): `urn:uuid:` and 8-4-4-4-12 hexadecimal digits, ASCII only. */
export const UUID_URN = `[Uu][Rr][Nn]:[Uu][Uu][Ii][Dd]:${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`;

/**
 * Any other URN (RFC 8141), which is ASCII: `urn:`, a namespace identifier of 2 to 32 letters, digits and
 * hyphens (not at either end), `:` and printable ASCII. A `urn:uuid:` is left to {@link UUID_URN}.
 */
export const URN = `(?![Uu][Rr][Nn]:[Uu][Uu][Ii][Dd]:)[Uu][Rr][Nn]:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[!-~]+`;

const LATIN = '[A-Za-z\\u00AA\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF]';
const GREEK = '[\\u0370-\\u03FF\\u1F00-\\u1FFF]';
const CYRILLIC = '[\\u0400-\\u052F\\u1C80-\\u1C8F\\u2DE0-\\u2DFF\\uA640-\\uA69F]';
const LABEL = '[^./?#:@]';

/**
 * An `http:`/`https:` IRI whose host has a label mixing two of Latin, Greek and Cyrillic letters
 * (`exаmple` with a Cyrillic а): the classic homograph. Matched from the start of the value.
 */
const MIXED_SCRIPT_HOST =
  `[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@]*@)?(?:${LABEL}*\\.)*` +
  `(?:(?=${LABEL}*${LATIN})${LABEL}*(?:${GREEK}|${CYRILLIC})|(?=${LABEL}*${GREEK})${LABEL}*${CYRILLIC})`;

const DID_OR_URN_PREFIX = '(?:[Dd][Ii][Dd]|[Uu][Rr][Nn]):';

/**
 * The pattern of every identifier in the model: no refused character anywhere; a DID must be a valid DID
 * URL, a `urn:uuid:` a valid UUID URN and any other `urn:` a valid URN (all ASCII); any other absolute IRI
 * (a scheme, a colon, no white space) is accepted unless it is a web IRI with a mixed-script host label.
 */
export const URI_PATTERN = `^${CLEAN}(?:${DID_URL}|${UUID_URN}|${URN}|(?!${DID_OR_URN_PREFIX})(?!${MIXED_SCRIPT_HOST})[A-Za-z][A-Za-z0-9+.-]*:\\S+)$`;

/** The pattern of an `http:`/`https:` URL: the same character and host rules as {@link URI_PATTERN}. */
export const WEB_URL_PATTERN = `^${CLEAN}(?!${MIXED_SCRIPT_HOST})https?://[^\\s/?#]+\\S*$`;

/** The pattern of an e-mail address: a pragmatic shape, with the identifier character rule. */
export const EMAIL_PATTERN = `^${CLEAN}[^\\s@]+@[^\\s@]+\\.[^\\s@]+$`;
