import * as z from 'zod';
import type { ValidationIssue } from '../../errors.js';
import type { InputLimits } from '../../internal/input-limits.js';
import { prescan } from '../../internal/prescan.js';
import { fromZodIssues } from '../../internal/zod-issues.js';
import { DateTimeSchema, UriSchema } from '../../model/primitives.js';
import { MicrocredJwtError } from '../jwt-error.js';
import { type JwtProfile, OB_CONTEXT_PREFIX, OB_CREDENTIAL_TYPES, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../profiles.js';

const TypeList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const Issuer = z.union([UriSchema, z.looseObject({ id: UriSchema })]);
const Subject = z.looseObject({ id: UriSchema.optional() });
const Status = z.looseObject({ id: UriSchema.optional(), type: TypeList });
const SchemaRef = z.looseObject({ id: UriSchema, type: z.string().min(1) });
const ContextEntry = z.union([z.string().min(1), z.record(z.string(), z.unknown())]);

const firstIs = (url: string) =>
  z
    .array(ContextEntry)
    .min(1)
    .refine((c) => c[0] === url, { params: { code: 'invalid_value', values: [url] }, path: [0] });
const typed = (required: readonly string[]) =>
  TypeList.refine((t) => (typeof t === 'string' ? [t] : t).some((v) => required.includes(v)), {
    params: { code: 'invalid_value', values: required },
  });
const oneOrMore = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

const common = {
  id: UriSchema.optional(),
  type: typed(['VerifiableCredential']),
  issuer: Issuer,
  credentialSubject: oneOrMore(Subject),
  credentialStatus: oneOrMore(Status).optional(),
  credentialSchema: oneOrMore(SchemaRef).optional(),
};

/** The W3C VC Data Model 2.0 envelope (the credential's own members are kept and left to the model). */
const V2 = z.looseObject({
  ...common,
  '@context': firstIs(VC_V2_CONTEXT),
  validFrom: DateTimeSchema.optional(),
  validUntil: DateTimeSchema.optional(),
});

/** The W3C VC Data Model 1.1 envelope, as it reads once the JWT claims are mapped back. */
const V1 = z.looseObject({
  ...common,
  '@context': firstIs(VC_V1_CONTEXT),
  issuanceDate: DateTimeSchema,
  expirationDate: DateTimeSchema.optional(),
});

/** The Open Badges 3.0 envelope: a VC 2.0 with an id, a start date, one subject and the OB context and type. */
const OB = z.looseObject({
  ...common,
  '@context': firstIs(VC_V2_CONTEXT).refine(
    (c) => c.some((e) => typeof e === 'string' && e.startsWith(OB_CONTEXT_PREFIX)),
    { params: { code: 'invalid_value', values: [`${OB_CONTEXT_PREFIX}-3.0.3.json`] } },
  ),
  id: UriSchema,
  type: typed(OB_CREDENTIAL_TYPES),
  credentialSubject: Subject,
  validFrom: DateTimeSchema,
  validUntil: DateTimeSchema.optional(),
});

/**
 * Step 8 (first half): the pre-scan of the decoded payload (depth, size, counts, prototype keys, lone
 * surrogates, non-finite numbers), iterative so deep nesting cannot overflow the stack. Throws
 * `ERR_INPUT_TOO_LARGE` or `ERR_VALIDATION` with the path.
 */
export function prescanPayload(payload: unknown, limits: InputLimits): void {
  const scan = prescan(payload, limits);
  if (scan.tooLarge !== undefined) throw invalid('ERR_INPUT_TOO_LARGE', [scan.tooLarge]);
  if (scan.issues.length > 0) throw invalid('ERR_VALIDATION', scan.issues);
}

/**
 * Step 8 (second half): the credential document against the envelope of its profile's data model (VC 1.1,
 * VC 2.0, or Open Badges 3.0 for `ob30-jwt` and for any credential that declares an Open Badges type).
 * Members outside the envelope are kept for the model to judge. Throws `ERR_VALIDATION` with every issue.
 */
export function checkEnvelope(
  profile: JwtProfile,
  document: Readonly<Record<string, unknown>>,
  isBadge: boolean,
): void {
  const schema = profile === 'vc11-jwt' ? V1 : profile === 'ob30-jwt' || isBadge ? OB : V2;
  const result = schema.safeParse(document);
  if (!result.success) {
    const issues = fromZodIssues(result.error.issues, document).map((i) => ({ ...i, path: ['credential', ...i.path] }));
    throw invalid('ERR_VALIDATION', issues, result.error);
  }
}

function invalid(
  code: 'ERR_VALIDATION' | 'ERR_INPUT_TOO_LARGE',
  issues: readonly ValidationIssue[],
  cause?: unknown,
): MicrocredJwtError {
  const first = issues[0];
  const where = first === undefined ? '' : ` at ${first.path.join('.') || '(root)'}: ${first.message}`;
  return new MicrocredJwtError(code, `The credential is invalid${where}`, {
    path: first?.path ?? [],
    issues,
    ...(cause === undefined ? {} : { cause }),
  });
}
