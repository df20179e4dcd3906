/** Open Badges 3.0 constants shared by the exporter and the importer. */

export const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** `IdentityObject.identityType` values of the OB 3.0 schema (plus `ext:` names). */
export const IDENTITY_TYPES: readonly string[] = [
  'name',
  'sourcedId',
  'systemId',
  'productId',
  'userName',
  'accountId',
  'emailAddress',
  'nationalIdentityNumber',
  'isbn',
  'issn',
  'lisSourcedId',
  'oneRosterSourcedId',
  'sisSourcedId',
  'ltiContextId',
  'ltiDeploymentId',
  'ltiToolId',
  'ltiPlatformId',
  'ltiUserId',
  'identifier',
];

/** Tells whether a string is an identity type the OB 3.0 schema accepts. */
export function isIdentityType(value: string): boolean {
  return IDENTITY_TYPES.includes(value) || /^ext:[A-Za-z0-9._-]+$/.test(value);
}

/** Alignment `targetType` of the EQF level (the convention of the domain mapping). */
export const EQF_TARGET_TYPE = 'ext:EQF';
/** Alignment `targetType` of an ISCED-F field. */
export const ISCED_F_TARGET_TYPE = 'ext:ISCED-F';
/** Alignment `targetType` of a learning outcome's related skill. */
export const OUTCOME_TARGET_TYPE = 'ceasn:Competency';
