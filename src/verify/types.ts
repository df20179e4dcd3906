import type { DataIntegrityVerifyOptions } from '../data-integrity/options.js';
import type { ValidationIssue } from '../errors.js';
import type { VerifyEudiOptions } from '../eudi/verify/verify-presentation.js';
import type { BadgeImageOptions } from '../interop/badge-image/image-options.js';
import type { BadgeSpec, BakedCredential } from '../interop/badge-image/types.js';
import type { OpenBadge2Options } from '../interop/ob2/options.js';
import type { ImportOptions, InteropWarning } from '../interop/types.js';
import type { VerificationCheck } from '../jwt/jwt-error.js';
import type { JwtProfile } from '../jwt/profiles.js';
import type { VerifyOptions } from '../jwt/verify/options.js';
import type { MicroCredential } from '../model/micro-credential.js';

/**
 * The formats {@link detectCredentialFormat} tells apart: a compact JWS (`jwt`, any of the three JWT profiles),
 * an SD-JWT VC (`sd-jwt`, issued or presented), a JSON credential with an embedded proof (`data-integrity`),
 * an Open Badges 2.0 assertion (`open-badge-2`, hosted JSON or a signed JWS), a baked badge image (`png`, `svg`).
 *
 * @example
 * ```ts
 * import type { CredentialFormat } from 'microcred/verify';
 * const f: CredentialFormat = 'sd-jwt';
 * ```
 * @category Verify any
 */
export type CredentialFormat = 'jwt' | 'sd-jwt' | 'data-integrity' | 'open-badge-2' | 'png' | 'svg';

/**
 * What {@link detectCredentialFormat} found: the format (undefined when none fits) and what was recognised on
 * the way, outermost first (e.g. `['text', 'compact JWS', 'header typ "vc+jwt"']`). `profile` is the JWT profile
 * the header and payload point to; the verifier decides it again from the signed bytes.
 *
 * @example
 * ```ts
 * import type { DetectedFormat } from 'microcred/verify';
 * const d: DetectedFormat = { format: 'png', recognised: ['bytes', 'PNG signature'] };
 * ```
 * @category Verify any
 */
export interface DetectedFormat {
  readonly format: CredentialFormat | undefined;
  readonly recognised: readonly string[];
  readonly profile?: JwtProfile;
}

/**
 * What a learner hands in: a string (compact JWS, SD-JWT, JSON or SVG text), a parsed JSON object, or bytes
 * (a PNG or SVG file, or text).
 *
 * @example
 * ```ts
 * import type { CredentialInput } from 'microcred/verify';
 * const input: CredentialInput = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
 * ```
 * @category Verify any
 */
export type CredentialInput = string | Uint8Array | ArrayBuffer | Readonly<Record<string, unknown>>;

/**
 * What `verifyAny` says a credential is: a `micro-credential` (an achievement, read into the model),
 * an `endorsement` (an OB 3.0 `EndorsementCredential`: verified, never a micro-credential), a `clr` bundle
 * (verified as a whole, each item on its own), or `other` (a verifiable credential that awards no achievement).
 *
 * @example
 * ```ts
 * import type { CredentialKind } from 'microcred/verify';
 * const k: CredentialKind = 'endorsement';
 * ```
 * @category Verify any
 */
export type CredentialKind = 'micro-credential' | 'endorsement' | 'clr' | 'other';

/**
 * One credential of a CLR bundle: its index in `credentialSubject.verifiableCredential`, and its own
 * result (of `verifyAny` by default; `ClrItem<ReadAnyResult>` for `readAny`), or the error that stopped it
 * (nothing is dropped silently).
 *
 * @example
 * ```ts
 * import type { ClrItem } from 'microcred/verify';
 * declare const item: ClrItem;
 * if ('error' in item) console.log(item.index, item.error.code);
 * ```
 * @category Verify any
 */
export type ClrItem<R = VerifyAnyResult> =
  | { readonly index: number; readonly result: R }
  | { readonly index: number; readonly error: { readonly code: string; readonly message: string } };

/**
 * The one result shape of `verifyAny`, whatever the format.
 *
 * @example
 * ```ts
 * import type { VerifyAnyResult } from 'microcred/verify';
 * declare const r: VerifyAnyResult;
 * if (r.credential) console.log(r.credential.title);
 * else if (r.draft) console.log('incomplete, missing', r.missing);
 * ```
 * @category Verify any
 */
export interface VerifyAnyResult {
  /** The format that was detected and verified. */
  readonly format: CredentialFormat;
  /** What the credential is. */
  readonly kind: CredentialKind;
  /** The JWT profile, for `jwt`. */
  readonly profile?: JwtProfile;
  /** The micro-credential, when the document holds every Annex I element. */
  readonly credential?: MicroCredential;
  /** What could be read, when it does not (a micro-credential draft). */
  readonly draft?: Readonly<Record<string, unknown>>;
  /** The mandatory elements the draft lacks (empty otherwise). */
  readonly missing: readonly string[];
  /** The validation issues of the draft (empty otherwise). */
  readonly issues: readonly ValidationIssue[];
  /** The verified credential document (for `sd-jwt`, the disclosed claims). */
  readonly document: Readonly<Record<string, unknown>>;
  /** The verified issuer id. */
  readonly issuer: string;
  /** Every status check made (Bitstring Status List entries, or the Token Status List result). */
  readonly status: readonly unknown[];
  /** The verifier's steps and their outcomes. */
  readonly checks: readonly VerificationCheck[];
  /** What the reading could not carry over natively. */
  readonly warnings: readonly InteropWarning[];
  /** For an endorsement: the id of what it endorses (`credentialSubject.id`). */
  readonly endorsed?: string;
  /** For a CLR bundle: each embedded credential, verified and imported on its own. */
  readonly items?: readonly ClrItem[];
  /**
   * For a baked badge image (`format` `png` or `svg`): what was baked in (the specification and the form, as
   * `extractBadgeImage` reports them) and the format it was verified as.
   */
  readonly baked?: {
    readonly spec: BadgeSpec;
    readonly embedded: BakedCredential['kind'];
    readonly format: CredentialFormat;
  };
}

/**
 * Options of `verifyAny`: the verifier's options, passed through to the verifier of the detected format (`now`,
 * `algorithms`, `clockTolerance`, `status`, `limits`, `fetch`, `issuer`, `audience`, ...), plus `import` (how to
 * read the credential into the model, including community `extensions`) and `sdJwt` (the SD-JWT verifier's own
 * options: key binding, Type Metadata, Token Status List settings).
 *
 * @example
 * ```ts
 * import type { VerifyAnyOptions } from 'microcred/verify';
 * const options: VerifyAnyOptions = { now: new Date('2026-01-01T00:00:00Z'), status: false, import: { extensions: [] } };
 * ```
 * @category Verify any
 */
export interface VerifyAnyOptions extends VerifyOptions {
  /** How to read the verified credential into the model. */
  readonly import?: ImportOptions;
  /** Options of the Data Integrity verifier beyond the shared ones (extra pinned contexts, JSON-LD limits). */
  /**
   * Options of the SD-JWT VC verifier beyond the shared ones (`keyBinding`, `typeMetadata`, `acceptVcSdJwt`, and
   * its Token Status List `status`; `status: false` above turns that check off too).
   */
  readonly dataIntegrity?: Pick<
    DataIntegrityVerifyOptions,
    'contexts' | 'allowVocab' | 'proofPurpose' | 'maxWorkFactor' | 'maxDeepIterations'
  >;
  /**
   * Options of the Open Badges 2.0 verifier: the `fetch` for hosted assertions, issuer profiles and revocation
   * lists (inject one that refuses private addresses on a server), its time and size limits and allowed hosts.
   */
  readonly openBadge2?: Pick<OpenBadge2Options, 'fetch' | 'timeoutMs' | 'maxBytes' | 'allowedHosts'>;
  /** Limits for reading a baked badge image (size, chunk count). */
  readonly image?: BadgeImageOptions;
  readonly sdJwt?: Omit<
    VerifyEudiOptions,
    'algorithms' | 'clockTolerance' | 'now' | 'maxTokenBytes' | 'signal' | 'import'
  >;
}
