import { fail } from '../jwt/jwt-error.js';

/**
 * Refuses `@vocab` and `@base` in a context or a document's inline contexts unless the caller allows them:
 * `@vocab` turns every undefined term into an IRI instead of an error, and `@base` resolves relative IRIs
 * against a value the document chose, so either can make signed statements mean something the issuer did not
 * define (VC Data Model 2.0 §5.2; Data Integrity §2.4.3). The walk stops at the first one found.
 */
export function refuseVocabAndBase(value: unknown, where: string, path: (string | number)[] = []): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) refuseVocabAndBase(item, where, [...path, index]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, member] of Object.entries(value)) {
    if (key === '@vocab' || key === '@base') {
      fail(
        'ERR_JSONLD_INVALID',
        `${where} sets ${key}; pass allowVocab: true to accept contexts that map undefined terms or relative IRIs`,
        [...path, key],
      );
    }
    if (typeof member === 'object' && member !== null) refuseVocabAndBase(member, where, [...path, key]);
  }
}
