/** The registered JWT claims (RFC 7519 §4.1): not members of the credential document. */
export const REGISTERED: ReadonlySet<string> = new Set(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti']);
