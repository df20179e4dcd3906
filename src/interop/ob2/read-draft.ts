import { asArray, compact, isObject, type JsonObject, type JsonPath, nonEmpty, text } from '../shared/json.js';
import { leftovers, note, objectAt, type ReadContext, unmappable } from '../shared/reader.js';
import { MAPPED_EXTENSIONS, readEdubadges } from './edubadges-extensions.js';

const ASSERTION_KEYS = [
  '@context',
  'type',
  'id',
  'recipient',
  'badge',
  'verification',
  'verify',
  'issuedOn',
  'expires',
];
const BADGE_KEYS = ['@context', 'type', 'id', 'name', 'description', 'issuer', 'alignment', ...MAPPED_EXTENSIONS];
const ISSUER_KEYS = ['@context', 'type', 'id', 'name', 'url', 'email', 'publicKey', 'revocationList', 'verification'];
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/**
 * Reads a verified OB 2.0 assertion, its BadgeClass and its issuer Profile into the model's shape. What OB 2.0
 * has no place for (country, assessment type, form of participation, quality assurance, workload and level
 * unless an Edubadges extension gives them) stays absent, to be reported as missing; everything else that
 * the model does not hold is kept in `extensions` with a warning.
 */
export function readOpenBadge2(
  ctx: ReadContext,
  assertion: JsonObject,
  badge: JsonObject,
  issuer: JsonObject,
): JsonObject {
  leftovers(ctx, assertion, [], ASSERTION_KEYS);
  leftovers(ctx, badge, ['badge'], BADGE_KEYS);
  leftovers(ctx, issuer, ['badge', 'issuer'], [...ISSUER_KEYS, 'extensions:InstitutionCountryExtension']);
  const edu = readEdubadges(ctx, badge, issuer);
  const provider = compact({
    id: text(issuer['id']),
    legalName: text(issuer['name']),
    country: edu.country,
    homepage: text(issuer['url']),
    email: text(issuer['email']),
  });
  const outcomes = [
    ...(edu.outcome === undefined ? [] : [{ text: edu.outcome }]),
    ...readAlignments(ctx, badge['alignment'], ['badge', 'alignment']),
  ];
  const workload = compact({
    credits: edu.ects === undefined ? undefined : [{ value: edu.ects, unit: 'ECTS' }],
    hours: edu.hours,
  });
  return compact({
    id: text(assertion['id']),
    specificationId: text(badge['id']),
    learner: readRecipient(ctx, assertion['recipient']),
    title: text(badge['name']),
    description: text(badge['description']),
    issuer: provider,
    // In Open Badges the issuer is the body that awards the badge (Annex I (d)).
    awardingBodies: [provider],
    issued: text(assertion['issuedOn']),
    learningOutcomes: nonEmpty(outcomes),
    workload: Object.keys(workload).length > 0 ? workload : undefined,
    level: edu.eqf === undefined ? undefined : { eqf: edu.eqf },
    validUntil: text(assertion['expires']),
  });
}

/** The recipient's IdentityObject as a learner identifier: a hashed identity stays hashed. */
function readRecipient(ctx: ReadContext, value: unknown): JsonObject | undefined {
  const recipient = objectAt(ctx, value, ['recipient']);
  if (recipient === undefined) return undefined;
  leftovers(ctx, recipient, ['recipient'], ['type', 'identity', 'hashed', 'salt']);
  const type = text(recipient['type']);
  const identity = text(recipient['identity']);
  if (type === undefined || identity === undefined || typeof recipient['hashed'] !== 'boolean') {
    unmappable(ctx, 'invalid-value', ['recipient'], recipient, 'Incomplete IdentityObject');
    return undefined;
  }
  return {
    identifiers: [compact({ type, value: identity, hashed: recipient['hashed'], salt: text(recipient['salt']) })],
  };
}

/** Each alignment with a target name becomes a learning outcome, its target URL a related skill. */
function readAlignments(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject[] {
  const outcomes: JsonObject[] = [];
  asArray(value).forEach((entry, i) => {
    const a = isObject(entry) ? entry : {};
    const name = text(a['targetName']);
    const url = text(a['targetUrl']);
    if (name === undefined) {
      unmappable(ctx, 'invalid-value', [...path, i], entry, 'Alignment without a targetName');
      return;
    }
    leftovers(ctx, a, [...path, i], ['targetName', 'targetUrl']);
    note(ctx, 'unknown-concept', [...path, i], `Alignment "${name}" read as a learning outcome`);
    outcomes.push(compact({ text: name, relatedSkills: url !== undefined && URI.test(url) ? [url] : undefined }));
  });
  return outcomes;
}
