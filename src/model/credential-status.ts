import * as z from 'zod';
import { UriSchema, WebUrlSchema } from './primitives.js';
import { named } from './registry.js';

/**
 * A Bitstring Status List v1.0 entry: where the credential's revocation or suspension bit lives. The index
 * is a decimal string, never a number, so it cannot lose precision.
 *
 * @example
 * ```ts
 * import { CredentialStatusSchema } from 'microcred';
 * CredentialStatusSchema.parse({
 *   type: 'BitstringStatusListEntry',
 *   statusPurpose: 'revocation',
 *   statusListIndex: '94567',
 *   statusListCredential: 'https://uni.example/status/3',
 * });
 * ```
 * @category Model
 */
export const CredentialStatusSchema = named(
  z.strictObject({
    id: UriSchema.optional(),
    type: z.literal('BitstringStatusListEntry'),
    statusPurpose: z.enum(['revocation', 'suspension']),
    statusListIndex: z.string().regex(/^(?:0|[1-9]\d{0,9})$/),
    statusListCredential: WebUrlSchema,
  }),
  {
    id: 'CredentialStatus',
  },
);

/**
 * A status entry, as parsed.
 *
 * @example
 * ```ts
 * import type { CredentialStatus } from 'microcred';
 * const s: CredentialStatus = {
 *   type: 'BitstringStatusListEntry',
 *   statusPurpose: 'revocation',
 *   statusListIndex: '7',
 *   statusListCredential: 'https://uni.example/status/1',
 * };
 * ```
 * @category Model
 */
export type CredentialStatus = z.infer<typeof CredentialStatusSchema>;
