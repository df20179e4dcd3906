import type { ValidationIssue } from '../errors.js';
import type { MicroCredential } from '../model/micro-credential.js';
import type { CommunityExtension } from './community/types.js';

/**
 * The stable codes of {@link InteropWarning}. Codes are API; messages are not.
 *
 * - `unknown-property`: a property microcred does not model; kept in `extensions`.
 * - `unknown-concept`: a concept outside the controlled list microcred knows; kept as an external concept
 *   (or in `extensions` where the model takes only list codes).
 * - `unmapped-value`: a value that has no counterpart in the model (an unknown country or language, the
 *   ELM supervision concept without an Annex value, a credit system without a unit); kept in `extensions`.
 * - `invalid-value`: a value of the wrong shape; kept in `extensions`.
 * - `date-fallback`: the date of issuing (Annex I (e)) was not stated and was read from `validFrom`.
 * - `element-missing`: a mandatory Annex I element is absent from the document.
 * - `extension-ignored`: a microcred extension value that is not valid for the model; kept in `extensions`.
 * - `community-term`: a term of a community extension (Edubadges, DC4EU, ...) was read as a model element; the
 *   message names the term, the extension and the element.
 * - `not-native`: (export) an element the target format cannot hold natively went into the microcred
 *   extension context.
 *
 * @example
 * ```ts
 * import { INTEROP_WARNING_CODES } from 'microcred/interop';
 * INTEROP_WARNING_CODES.includes('unknown-property'); // true
 * ```
 * @category Interop
 */
export const INTEROP_WARNING_CODES = [
  'unknown-property',
  'unknown-concept',
  'unmapped-value',
  'invalid-value',
  'date-fallback',
  'element-missing',
  'extension-ignored',
  'not-native',
  'community-term',
] as const;

/**
 * One of {@link INTEROP_WARNING_CODES}.
 *
 * @example
 * ```ts
 * import type { InteropWarningCode } from 'microcred/interop';
 * const code: InteropWarningCode = 'date-fallback';
 * ```
 * @category Interop
 */
export type InteropWarningCode = (typeof INTEROP_WARNING_CODES)[number];

/**
 * Something an import or export could not carry over natively. `path` is the JSON path in the source
 * document (import) or in the model (export); `extensionKey`, when set, is the key in the credential's
 * `extensions` where the value was kept.
 *
 * @example
 * ```ts
 * import type { InteropWarning } from 'microcred/interop';
 * const w: InteropWarning = {
 *   code: 'unknown-property',
 *   path: ['credentialSubject', 'achievement', 'tag'],
 *   message: 'Not modelled by microcred; kept in extensions',
 *   extensionKey: 'ob3:/credentialSubject/achievement/tag',
 * };
 * ```
 * @category Interop
 */
export interface InteropWarning {
  /** The stable code. */
  readonly code: InteropWarningCode;
  /** JSON path of the part concerned. */
  readonly path: readonly (string | number)[];
  /** English text for logs. */
  readonly message: string;
  /** The key under which the value was kept in `extensions`, if it was. */
  readonly extensionKey?: string;
}

/**
 * Options of `fromVerifiableCredential`, `fromOpenBadge` and `fromElm`.
 *
 * @example
 * ```ts
 * import type { ImportOptions } from 'microcred/interop';
 * const strict: ImportOptions = { unmappable: 'reject', requireComplete: true };
 * ```
 * @category Interop
 */
export interface ImportOptions {
  /**
   * `keep` (default): a part that cannot be mapped is kept in `extensions` and listed in `warnings`.
   * `reject`: it throws `MicrocredInteropError` (`ERR_INTEROP_UNMAPPABLE`) with its path.
   */
  readonly unmappable?: 'keep' | 'reject';
  /**
   * `false` (default): a document that lacks mandatory Annex I elements gives a draft with the `missing`
   * list. `true`: it throws `MicrocredValidationError` with every issue.
   */
  readonly requireComplete?: boolean;
  /**
   * The community extensions whose terms are read as model elements (Open Badges importers). Default:
   * {@link defaultCommunityExtensions}; `[]` reads none. Add your own with `defineCommunityExtension`.
   */
  readonly extensions?: readonly CommunityExtension[];
}

/**
 * A document that holds every Annex I element: the validated credential and the warnings.
 *
 * @example
 * ```ts
 * import type { ImportedCredential } from 'microcred/interop';
 * declare const r: ImportedCredential;
 * r.credential.title;
 * ```
 * @category Interop
 */
export interface ImportedCredential {
  /** `true`: the document held a valid micro-credential. */
  readonly complete: true;
  /** The credential, valid under `MicroCredentialSchema`. */
  readonly credential: MicroCredential;
  /** What could not be mapped natively, in document order. */
  readonly warnings: readonly InteropWarning[];
}

/**
 * A document that lacks mandatory elements or holds invalid values: what could be read, as a draft, with
 * the missing elements and the validation issues. Nothing is invented to fill a gap.
 *
 * @example
 * ```ts
 * import type { ImportedDraft } from 'microcred/interop';
 * declare const r: ImportedDraft;
 * r.missing; // e.g. ['qualityAssurance']
 * ```
 * @category Interop
 */
export interface ImportedDraft {
  /** `false`: the document did not hold a valid micro-credential. */
  readonly complete: false;
  /** Every element that could be read, in the model's shape. */
  readonly draft: Readonly<Partial<Record<keyof MicroCredential, unknown>>>;
  /** The mandatory top-level elements that are absent. */
  readonly missing: readonly (keyof MicroCredential)[];
  /** Every validation issue of the draft, with paths in the model. */
  readonly issues: readonly ValidationIssue[];
  /** What could not be mapped natively, in document order. */
  readonly warnings: readonly InteropWarning[];
}

/**
 * The result of an import: a complete credential, or a draft.
 *
 * @example
 * ```ts
 * import { fromOpenBadge, type ImportResult } from 'microcred/interop';
 * declare const badge: unknown;
 * const r: ImportResult = fromOpenBadge(badge);
 * if (r.complete) console.log(r.credential.title);
 * else console.log('missing', r.missing);
 * ```
 * @category Interop
 */
export type ImportResult = ImportedCredential | ImportedDraft;

/**
 * Options shared by the exporters.
 *
 * @example
 * ```ts
 * import type { ExportOptions } from 'microcred/interop';
 * const options: ExportOptions = { id: 'urn:uuid:6f1c2f1e-8d2a-4b7e-9f3c-2a5d7e9b1c40', issuerId: 'https://uni.example' };
 * ```
 * @category Interop
 */
export interface ExportOptions {
  /** The credential id, used when the model has no `id`. */
  readonly id?: string;
  /** The issuer id, used when `issuer.id` is absent. */
  readonly issuerId?: string;
  /** Called for each element that went into the microcred extension context rather than a native field. */
  readonly onWarning?: (warning: InteropWarning) => void;
}
