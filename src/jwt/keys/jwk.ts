/**
 * A JSON Web Key (RFC 7517) as microcred takes and returns it: a plain JSON object with the registered members
 * of RFC 7517 §4, RFC 7518 §6 and RFC 8037 §2, all optional strings (the key type decides which are present).
 *
 * It has the same members as jose's `JWK`, so a key from jose, WebCrypto's `exportKey('jwk')` or a JWKS document
 * can be passed as it is, and a key microcred returns can be handed to jose. It is declared here rather than
 * re-exported from jose because jose ships ES modules only: CommonJS TypeScript projects could not type-check
 * declarations that import from it.
 *
 * @example
 * ```ts
 * import { generateIssuerKey, type JWK } from 'microcred/jwt';
 *
 * const key = await generateIssuerKey('EdDSA');
 * const published: JWK = key.publicJwk; // { kty: 'OKP', crv: 'Ed25519', x: '…', kid: '…', alg: 'EdDSA' }
 * console.log(published.kty, published.crv);
 * ```
 * @category Keys
 */
export interface JWK {
  /** Key type (RFC 7517 §4.1): `OKP`, `EC`, `RSA`, `oct`, ... */
  kty?: string;
  /** Intended algorithm (RFC 7517 §4.4), e.g. `EdDSA` or `ES256`. */
  alg?: string;
  /** Key id (RFC 7517 §4.5). */
  kid?: string;
  /** Intended use (RFC 7517 §4.2): `sig` or `enc`. */
  use?: string;
  /** Permitted operations (RFC 7517 §4.3). */
  key_ops?: string[];
  /** WebCrypto's extractable flag, as `exportKey('jwk')` writes it. */
  ext?: boolean;
  /** X.509 certificate chain (RFC 7517 §4.7). */
  x5c?: string[];
  /** X.509 certificate SHA-1 thumbprint (RFC 7517 §4.8). */
  x5t?: string;
  /** X.509 certificate SHA-256 thumbprint (RFC 7517 §4.9). */
  'x5t#S256'?: string;
  /** X.509 URL (RFC 7517 §4.6). */
  x5u?: string;
  /** Curve (RFC 7518 §6.2.1.1, RFC 8037 §2): `Ed25519`, `P-256`, ... */
  crv?: string;
  /** Public x coordinate (EC) or public key (OKP). */
  x?: string;
  /** Public y coordinate (EC). */
  y?: string;
  /** Private key (EC, OKP) or private exponent (RSA). */
  d?: string;
  /** RSA modulus. */
  n?: string;
  /** RSA public exponent. */
  e?: string;
  /** RSA first prime factor. */
  p?: string;
  /** RSA second prime factor. */
  q?: string;
  /** RSA first factor CRT exponent. */
  dp?: string;
  /** RSA second factor CRT exponent. */
  dq?: string;
  /** RSA first CRT coefficient. */
  qi?: string;
  /** RSA other primes information (RFC 7518 §6.3.2.7). */
  oth?: { d?: string; r?: string; t?: string }[];
  /** Symmetric key value (`oct`). */
  k?: string;
  /** Public key of an algorithm key pair (`AKP`, e.g. ML-DSA). */
  pub?: string;
  /** Private key of an algorithm key pair (`AKP`). */
  priv?: string;
}
