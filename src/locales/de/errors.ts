import type { MicrocredErrorCode } from '../../errors.js';

/**
 * German descriptions of every error code.
 *
 * @example
 * ```ts
 * import { deErrorMessages } from 'microcred/locales';
 * deErrorMessages.ERR_JWT_EXPIRED; // 'Das Token ist abgelaufen.'
 * ```
 * @category Locales
 */
export const deErrorMessages: Readonly<Record<MicrocredErrorCode, string>> = {
  ERR_VALIDATION: 'Die Eingabe entspricht nicht dem Modell.',
  ERR_INPUT_TOO_LARGE: 'Die Eingabe ist größer, tiefer verschachtelt oder länger als die eingestellten Grenzen.',
  ERR_INCOMPLETE: 'Der Nachweis erfüllt das Vollständigkeitsprofil nicht.',
  ERR_CREDIT_INVALID: 'Der Leistungspunktwert ist fehlerhaft, negativ oder nicht endlich.',
  ERR_CREDIT_UNIT_MISMATCH:
    'Die Leistungspunkteinheiten lassen sich mit der angegebenen Tabelle nicht kombinieren oder umrechnen.',
  ERR_CREDIT_PRECISION: 'Der Leistungspunktwert hat mehr Stellen als erlaubt.',
  ERR_POLICY_INVALID: 'Die Anerkennungsrichtlinie oder die Zielqualifikation ist ungültig.',
  ERR_JWT_INVALID: 'Das Token ist kein wohlgeformtes kompaktes JWS oder JWT.',
  ERR_JWT_SIGNATURE: 'Die Signatur des Tokens lässt sich nicht verifizieren.',
  ERR_JWT_EXPIRED: 'Das Token ist abgelaufen.',
  ERR_JWT_NOT_YET_VALID: 'Das Token ist noch nicht gültig.',
  ERR_JWT_ALG_NOT_ALLOWED: 'Der Algorithmus des Tokens ist nicht zugelassen.',
  ERR_JWT_CLAIM_MISMATCH: 'Ein Claim des Tokens widerspricht dem Nachweis oder dem erwarteten Wert.',
  ERR_JWT_CLAIM_INVALID: 'Ein Claim des Tokens fehlt oder ist fehlerhaft.',
  ERR_JWT_TYPE: 'Der Typ-Header des Tokens ist nicht der für dieses Profil erwartete.',
  ERR_KEY_RESOLUTION: 'Für das Token ließ sich kein verwendbarer öffentlicher Schlüssel ermitteln.',
  ERR_KEY_ALG_MISMATCH: 'Der Schlüssel passt nicht zum Algorithmus des Tokens.',
  ERR_KEY_AMBIGUOUS: 'Mehr als ein Schlüssel passt zum Token.',
  ERR_KEY_INVALID:
    'Der Schlüssel ist fehlerhaft, privat, wo ein öffentlicher Schlüssel verlangt ist, oder von einem nicht unterstützten Typ.',
  ERR_CREDENTIAL_REVOKED: 'Der Nachweis wurde widerrufen.',
  ERR_CREDENTIAL_SUSPENDED: 'Der Nachweis ist ausgesetzt.',
  ERR_STATUS_UNAVAILABLE: 'Der Status des Nachweises ließ sich nicht abrufen, prüfen oder dekodieren.',
  ERR_INTEROP_UNMAPPABLE: 'Ein Teil des Dokuments lässt sich nicht in das Modell oder aus dem Modell abbilden.',
  ERR_OPTIONS_INVALID: 'Eine an die Funktion übergebene Option ist ungültig.',
  ERR_STATUS_LIST_FULL: 'Alle Indizes der Statusliste sind vergeben; eine neue Liste anlegen.',
  ERR_SD_JWT_DISCLOSURE:
    'Eine selektive Offenlegung ist verändert, doppelt, nicht referenziert oder hier nicht erlaubt.',
  ERR_KEY_BINDING:
    'Das Key-Binding-JWT fehlt oder belegt den Schlüsselbesitz für diese Zielgruppe und diese Nonce nicht.',
  ERR_INTEROP_NOT_ACHIEVEMENT:
    'Ein Nachweis, der keine Leistung verleiht (eine Empfehlung, ein CLR-Bündel), ist kein Micro-Credential.',
  ERR_INPUT_UNSUPPORTED: 'Die Eingabe ist kein Nachweisformat, das microcred lesen oder prüfen kann.',
  ERR_PROOF_UNSUPPORTED: 'Typ oder Cryptosuite des Nachweises werden von microcred nicht geprüft.',
  ERR_PROOF_INVALID:
    'Der Nachweis ist fehlerhaft, außerhalb seines Gültigkeitszeitraums, für einen anderen Zweck bestimmt oder seine Kette ist unterbrochen.',
  ERR_PROOF_SIGNATURE:
    'Der Nachweiswert lässt sich mit dem Schlüssel des Ausstellers über dem Dokument nicht bestätigen.',
  ERR_JSONLD_CONTEXT:
    'Das Dokument nennt einen JSON-LD-Kontext, der nicht fest hinterlegt ist oder seiner Prüfsumme nicht entspricht.',
  ERR_JSONLD_INVALID:
    'Die JSON-LD-Verarbeitung würde einen Teil des Dokuments verwerfen oder umdeuten (undefinierter Begriff, @vocab, @base oder relative IRI).',
  ERR_JSONLD_LIMIT: 'Die JSON-LD-Verarbeitung oder Kanonisierung hat ihr Arbeits- oder Zeitlimit überschritten.',
};
