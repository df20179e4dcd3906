import type { MicrocredErrorCode } from '../../errors.js';

/**
 * French descriptions of every error code.
 *
 * @example
 * ```ts
 * import { frErrorMessages } from 'microcred/locales';
 * frErrorMessages.ERR_JWT_EXPIRED; // 'Le jeton a expiré.'
 * ```
 * @category Locales
 */
export const frErrorMessages: Readonly<Record<MicrocredErrorCode, string>> = {
  ERR_VALIDATION: 'L’entrée ne correspond pas au modèle.',
  ERR_INPUT_TOO_LARGE: 'L’entrée est plus grande, plus imbriquée ou plus longue que les limites configurées.',
  ERR_INCOMPLETE: 'L’attestation ne satisfait pas au profil de complétude.',
  ERR_CREDIT_INVALID: 'La valeur en crédits est mal formée, négative ou non finie.',
  ERR_CREDIT_UNIT_MISMATCH: 'Les unités de crédits ne peuvent être combinées ou converties avec la table fournie.',
  ERR_CREDIT_PRECISION: 'La valeur en crédits comporte plus de chiffres que permis.',
  ERR_POLICY_INVALID: 'La politique de reconnaissance ou la certification visée n’est pas valide.',
  ERR_JWT_INVALID: 'Le jeton n’est pas un JWS compact ou un JWT bien formé.',
  ERR_JWT_SIGNATURE: 'La signature du jeton ne peut être vérifiée.',
  ERR_JWT_EXPIRED: 'Le jeton a expiré.',
  ERR_JWT_NOT_YET_VALID: 'Le jeton n’est pas encore valide.',
  ERR_JWT_ALG_NOT_ALLOWED: 'L’algorithme du jeton n’est pas autorisé.',
  ERR_JWT_CLAIM_MISMATCH: 'Une revendication du jeton contredit l’attestation ou la valeur attendue.',
  ERR_JWT_CLAIM_INVALID: 'Une revendication du jeton est absente ou mal formée.',
  ERR_JWT_TYPE: 'L’en-tête de type du jeton n’est pas celui attendu pour ce profil.',
  ERR_KEY_RESOLUTION: 'Aucune clé publique utilisable n’a pu être trouvée pour le jeton.',
  ERR_KEY_ALG_MISMATCH: 'La clé ne correspond pas à l’algorithme du jeton.',
  ERR_KEY_AMBIGUOUS: 'Plusieurs clés correspondent au jeton.',
  ERR_KEY_INVALID: 'La clé est mal formée, privée là où une clé publique est requise, ou d’un type non pris en charge.',
  ERR_CREDENTIAL_REVOKED: 'L’attestation a été révoquée.',
  ERR_CREDENTIAL_SUSPENDED: 'L’attestation est suspendue.',
  ERR_STATUS_UNAVAILABLE: 'Le statut de l’attestation n’a pu être obtenu, vérifié ou décodé.',
  ERR_INTEROP_UNMAPPABLE: 'Une partie du document ne peut être transposée vers le modèle ou depuis celui-ci.',
  ERR_OPTIONS_INVALID: 'Une option passée à la fonction n’est pas valide.',
  ERR_STATUS_LIST_FULL: 'Tous les index de la liste de statut sont utilisés ; ouvrez une nouvelle liste.',
  ERR_SD_JWT_DISCLOSURE: 'Une divulgation sélective est modifiée, répétée, non référencée ou non autorisée ici.',
  ERR_KEY_BINDING:
    'Le JWT de liaison de clé est absent ou ne prouve pas la possession de la clé pour ce destinataire et ce nonce.',
  ERR_INTEROP_NOT_ACHIEVEMENT:
    'Une attestation qui ne décerne aucun acquis (une recommandation, un lot CLR) n’est pas une micro-certification.',
  ERR_INPUT_UNSUPPORTED: 'L’entrée n’est pas un format d’attestation que microcred sait lire ou vérifier.',
  ERR_PROOF_UNSUPPORTED: 'Le type ou la suite cryptographique de la preuve n’est pas vérifié par microcred.',
  ERR_PROOF_INVALID:
    'La preuve est mal formée, hors de sa période de validité, destinée à un autre usage, ou sa chaîne est rompue.',
  ERR_PROOF_SIGNATURE: 'La valeur de la preuve ne se vérifie pas sur le document avec la clé de l’émetteur.',
  ERR_JSONLD_CONTEXT:
    'Le document cite un contexte JSON-LD qui n’est pas épinglé, ou dont l’empreinte ne correspond pas.',
  ERR_JSONLD_INVALID:
    'Le traitement JSON-LD écarterait ou réinterpréterait une partie du document (terme non défini, @vocab, @base ou IRI relative).',
  ERR_JSONLD_LIMIT: 'Le traitement JSON-LD ou la canonicalisation a dépassé sa limite de travail ou de temps.',
};
