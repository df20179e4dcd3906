import type { ValidationIssue } from '../errors.js';
import type { InputLimits } from '../internal/input-limits.js';
import type { BadgeImageOptions } from '../interop/badge-image/image-options.js';
import type { BadgeSpec, BakedCredential } from '../interop/badge-image/types.js';
import type { OpenBadge2Options } from '../interop/ob2/options.js';
import type { ImportOptions, InteropWarning } from '../interop/types.js';
import type { JwtProfile } from '../jwt/profiles.js';
import type { MicroCredential } from '../model/micro-credential.js';
import type { ClrItem, CredentialFormat, CredentialKind } from './types.js';

/**
 * What `readAny` never checks, by name: the `signature` of a compact JWS or SD-JWT, the Data Integrity `proof`,
 * the binding of the `issuer` to a key, the `validity` period (`validFrom`/`validUntil`, `exp`/`nbf`, OB 2.0
 * `expires`), the `status` (Bitstring or Token Status List, OB 2.0 revocation), the holder's `key-binding` JWT of
 * an SD-JWT, and the `hosted` copy of an OB 2.0 assertion (the only thing that vouches for an unsigned one).
 *
 * @example
 * ```ts
 * import type { UncheckedAspect } from 'microcred/verify';
 * const aspect: UncheckedAspect = 'signature';
 * ```
 * @category Read without verifying
 */
export type UncheckedAspect = 'signature' | 'proof' | 'issuer' | 'validity' | 'status' | 'key-binding' | 'hosted';

/**
 * The plain statement every `readAny` result carries in `notice`.
 *
 * @example
 * ```ts
 * import { READ_NOTICE } from 'microcred/verify';
 * console.log(READ_NOTICE);
 * ```
 * @category Read without verifying
 */
export const READ_NOTICE =
  'Read without verification: no signature, proof, issuer binding, validity period or status was checked. ' +
  'Use verifyAny (microcred verify) before trusting this credential.';

/**
 * What `readAny` read: the format, the kind, the micro-credential (or the draft with what it misses), the
 * document as it was handed in, and, in `verified: false`, `unchecked` and `notice`, that none of it was
 * verified. It carries no `checks` and no `status`, so it cannot be mistaken for a `VerifyAnyResult`.
 *
 * @example
 * ```ts
 * import type { ReadAnyResult } from 'microcred/verify';
 * declare const r: ReadAnyResult;
 * r.verified; // false, always
 * if (r.credential) console.log(r.credential.title, 'unverified:', r.unchecked);
 * ```
 * @category Read without verifying
 */
export interface ReadAnyResult {
  /** Always `false`: reading is not verifying. */
  readonly verified: false;
  /** What was not checked, for this format. */
  readonly unchecked: readonly UncheckedAspect[];
  /** {@link READ_NOTICE}. */
  readonly notice: string;
  /** The format that was detected and read. */
  readonly format: CredentialFormat;
  /** What the credential says it is. */
  readonly kind: CredentialKind;
  /** The JWT profile, for `jwt`, as the header and payload name it. */
  readonly profile?: JwtProfile;
  /** The micro-credential, when the document holds every Annex I element. */
  readonly credential?: MicroCredential;
  /** What could be read, when it does not (a micro-credential draft). */
  readonly draft?: Readonly<Record<string, unknown>>;
  /** The mandatory elements the draft lacks (empty otherwise). */
  readonly missing: readonly string[];
  /** The validation issues of the draft (empty otherwise). */
  readonly issues: readonly ValidationIssue[];
  /** What the reading could not carry over natively. */
  readonly warnings: readonly InteropWarning[];
  /** The credential document as read (for `sd-jwt`, the disclosed claims; for `open-badge-2`, the assertion). */
  readonly document: Readonly<Record<string, unknown>>;
  /** The issuer id the document names: a claim, not bound to any key. */
  readonly claimedIssuer?: string;
  /**
   * Linked documents that were not read (an OB 2.0 BadgeClass or issuer Profile given by URL, when no `fetch` was
   * passed): what depends on them is missing, never invented.
   */
  readonly unresolved: readonly string[];
  /** For an endorsement: the id of what it endorses. */
  readonly endorsed?: string;
  /** For a CLR bundle: each embedded credential, read on its own. */
  readonly items?: readonly ClrItem<ReadAnyResult>[];
  /** For a baked badge image: what was baked in and the format it was read as. */
  readonly baked?: {
    readonly spec: BadgeSpec;
    readonly embedded: BakedCredential['kind'];
    readonly format: CredentialFormat;
  };
}

/**
 * Options of `readAny`: how to read the credential into the model (`import`, including community `extensions`),
 * the same structural limits as the verifiers (`maxTokenBytes` for a token, `limits` for every decoded JSON
 * value, `image` for a badge image), and, for Open Badges 2.0 only, a `fetch` with which linked BadgeClass and
 * issuer documents (and a hosted assertion a badge image points to) may be read. Without that `fetch`, nothing is
 * fetched.
 *
 * @example
 * ```ts
 * import type { ReadAnyOptions } from 'microcred/verify';
 * const options: ReadAnyOptions = { limits: { maxDepth: 32 }, import: { unmappable: 'keep' } };
 * ```
 * @category Read without verifying
 */
export interface ReadAnyOptions {
  /** How to read the credential into the model. */
  readonly import?: ImportOptions;
  /** The longest compact JWS or SD-JWT accepted, in characters (default 1 MiB, as the verifiers). */
  readonly maxTokenBytes?: number;
  /** Limits on every decoded JSON value (depth, size, counts), as the verifiers apply them. */
  readonly limits?: Partial<InputLimits>;
  /** Limits for reading a baked badge image (size, chunk count). */
  readonly image?: BadgeImageOptions;
  /**
   * Open Badges 2.0: with `fetch`, linked documents given by URL are fetched under the same network rules as the
   * verifier (HTTPS only, no redirects, no local hosts, a timeout and a size cap). Without it, nothing is fetched.
   */
  readonly openBadge2?: Pick<OpenBadge2Options, 'fetch' | 'timeoutMs' | 'maxBytes' | 'allowedHosts' | 'signal'>;
}
