import type { CompletenessMessages } from '../completeness-messages.js';

/**
 * French texts for completeness reports.
 *
 * @example
 * ```ts
 * import { frCompletenessMessages } from 'microcred/locales';
 * frCompletenessMessages.statuses.missing; // 'Manquant'
 * ```
 * @category Locales
 */
export const frCompletenessMessages: CompletenessMessages = {
  elements: {
    a: 'Identification de l’apprenant',
    b: 'Intitulé de la microcertification',
    c: 'Pays et région de l’émetteur',
    d: 'Organisme de délivrance',
    e: 'Date de délivrance',
    f: 'Acquis d’apprentissage',
    g: 'Charge de travail théorique',
    h: 'Niveau (et cycle)',
    i: 'Type d’évaluation',
    j: 'Forme de participation',
    k: 'Type d’assurance qualité',
    prerequisites: 'Conditions préalables',
    supervision: 'Surveillance et vérification d’identité',
    grade: 'Note obtenue',
    stackability: 'Intégration et cumul',
    'further-information': 'Informations complémentaires',
    subject: 'Domaine d’études et niveau CITE',
    language: 'Langue',
    description: 'Description',
    validity: 'Période de validité',
    authenticity: 'Authenticité (signature, cachet, statut)',
    identifiers: 'Identifiants',
    other: 'Autres contenus',
  },
  statuses: {
    present: 'Présent',
    missing: 'Manquant',
    invalid: 'Non valide',
    'not-applicable': 'Sans objet',
    warning: 'Avertissement',
  },
  verdicts: {
    complete: 'Complet',
    'complete-with-warnings': 'Complet, avec avertissements',
    incomplete: 'Incomplet',
  },
  severities: { error: 'Erreur', warning: 'Avertissement', info: 'Remarque' },
  requirements: { mandatory: 'obligatoire', optional: 'facultatif' },
  reasons: {
    element_present: 'Présent et valide.',
    element_not_provided: 'Non renseigné.',
    level_not_applicable: 'Déclaré explicitement sans objet.',
    element_missing: 'Cet élément est manquant.',
    schema_violation: 'La valeur ne correspond pas au modèle : {detail}.',
    unknown_key: 'Champ inconnu « {key} » : il est conservé, mais aucune règle ne le lit.',
    extensions_kept:
      'Des parties d’un document importé (nombre : {count}) sont conservées comme extensions ; aucune règle ne les lit.',
    not_an_object: 'L’attestation doit être un objet JSON ; reçu : {received}.',
    date_in_future: 'La date {date} est postérieure à la date de référence {now}.',
    reference_date_missing:
      'Aucune date de référence n’a été fournie ; il n’a pas été vérifié si la date se situe dans le futur.',
    assessment_date_used: 'Pas de date de délivrance ; la date d’évaluation ({date}) est acceptée à sa place.',
    issue_or_assessment_date_missing: 'Ni date de délivrance ni date d’évaluation n’est indiquée.',
    credits_not_positive: 'La charge de travail ({value} {unit}) doit être supérieure à zéro.',
    workload_not_in_ects:
      'La charge de travail n’est pas exprimée en crédits ECTS (elle l’est en {units}) ; les ECTS sont attendus chaque fois que possible.',
    workload_hours_missing: 'Les heures d’étude théoriques ne sont pas indiquées.',
    workload_ects_missing: 'Les crédits ECTS ne sont pas indiqués.',
    credits_below_minimum: 'Valeur indiquée : {value} {unit}, en dessous du minimum de {minimum} {unit}.',
    credits_above_maximum: 'Valeur indiquée : {value} {unit}, au-dessus du maximum de {maximum} {unit}.',
    credits_unit_not_stated: 'La charge de travail n’est pas exprimée en {unit}.',
    credits_conversion_needed:
      'La règle est formulée en {unit}, la charge de travail en {units} ; sans table de conversion, elle ne peut être évaluée.',
    credits_not_convertible:
      'La règle est formulée en {unit}, la charge de travail en {units} ; la table de conversion ne donne pas de facteur, elle ne peut donc être évaluée.',
    credits_converted: 'Converti avec la table fournie : {from} {fromUnit} = {value} {unit}.',
    volume_full_year:
      'Une charge de travail de {value} crédits ECTS représente une année à temps plein ou plus : ce n’est peut-être pas une microcertification.',
    volume_above_published_caps:
      'Une charge de travail de {value} crédits ECTS dépasse tous les plafonds publiés pour les microcertifications (30).',
    level_inconsistent: 'Le niveau CEC {eqf} ne correspond pas au {cycle}, qui correspond au niveau CEC {expected}.',
    nqf_level_missing: 'Aucun niveau de cadre national de certification n’est indiqué.',
    nqf_level_other_country: 'Aucun niveau du cadre de certification de {country} n’est indiqué.',
    eqf_level_missing: 'Aucun niveau CEC n’est indiqué.',
    qf_ehea_cycle_missing: 'Aucun cycle du CC-EEES n’est indiqué.',
    isced_level_missing: 'Aucun niveau CITE 2011 n’est indiqué.',
    sectoral_level_not_recorded:
      'Un niveau de cadre sectoriel, s’il est nécessaire, n’est pas enregistré dans ce modèle.',
    eqf_level_out_of_range: 'Le niveau CEC {eqf} est en dehors des niveaux acceptés, de {minimum} à {maximum}.',
    eqf_level_accepted_with_ects: 'Le niveau CEC {eqf} est accepté parce que les critères ECTS sont remplis.',
    eqf_level_needs_ects:
      'Le niveau CEC {eqf} n’est accepté que si les critères ECTS sont remplis, ce qui n’est pas le cas.',
    assessment_none: 'Le type d’évaluation « non évalué » n’est pas admis : les acquis doivent être évalués.',
    assessment_attendance_only: 'La seule évaluation est le niveau d’assiduité.',
    identity_not_verified:
      'L’évaluation doit être surveillée avec vérification d’identité ; elle est indiquée comme : {supervision}.',
    not_stackable: 'L’attestation est autonome ; elle doit pouvoir compter pour l’obtention d’un diplôme (intégrée).',
    title_has_qualification_word: 'L’intitulé contient « {word} », qui désigne une certification complète.',
    qa_listing_not_checked:
      'La conformité de l’assurance qualité aux ESG ou son inscription dans DEQAR ne peut être vérifiée hors ligne.',
    qa_expired: 'Cet enregistrement d’assurance qualité a expiré le {expiry}, avant la date de délivrance ({issued}).',
    qa_no_accrediting_body: 'Cet enregistrement d’assurance qualité ne nomme aucun organisme d’accréditation.',
    qa_level_not_covered:
      'Cet enregistrement d’assurance qualité est limité à d’autres niveaux CEC que le niveau {eqf}.',
    qa_field_not_covered: 'Cet enregistrement d’assurance qualité ne couvre pas le domaine « {field} ».',
    qa_jurisdiction_not_covered:
      'Cet enregistrement d’assurance qualité ne couvre pas le pays de l’émetteur ({country}).',
    proof_not_supplied:
      'Aucun résultat de vérification de la {item} n’a été fourni ; cette règle ne peut être évaluée.',
    proof_missing: 'L’attestation ne porte ni signature ni cachet.',
    proof_not_verified: 'La signature ou le cachet ne peut être vérifié.',
    verification_not_supplied:
      'Ni entrée de statut, ni adresse de vérification, ni résultat de vérification n’est disponible ; cette règle ne peut être évaluée.',
    verification_impossible: 'L’attestation ne porte ni signature, ni entrée de statut, ni adresse de vérification.',
    critical_information_missing: 'Information essentielle manquante : {item}.',
    listing_detail_missing: 'Information d’inscription manquante : {item}.',
    not_recorded_in_model: 'Non enregistré dans ce modèle, donc non vérifié : {items}.',
    process_not_checkable: 'Une exigence de procédure que les données ne peuvent montrer : {item}.',
    custom: '{text}',
  },
  terms: {
    'volume-of-learning': 'volume d’apprentissage en heures',
    'delivery-mode': 'mode de dispense',
    'credit-and-recognition': 'crédits et reconnaissance',
    'purpose-statement': 'énoncé de l’objectif ou des résultats',
    'nzsced-field': 'domaine NZSCED',
    'standards-used': 'normes utilisées',
    'review-period': 'période de révision',
    'approval-conditions':
      'conditions d’approbation (besoin, absence de doublon, participation des employeurs, révision annuelle)',
    'signature-or-seal': 'signature ou du cachet',
  },
  profiles: {
    eu2022: 'Recommandation du Conseil 2022/C 243/02, annexe I',
    microbol: 'Cadre commun MICROBOL pour les microcertifications dans l’EEES',
    emcCmf: 'Common Microcredential Framework du European MOOC Consortium',
    auNmf: 'Australie, National Microcredentials Framework',
    nzqa: 'Règles de la NZQA pour les microcertifications',
    estonia: 'Estonie, microqualifications',
  },
  ui: {
    title: 'Rapport de complétude',
    pageTitle: '{title} : {credential}',
    profile: 'Profil',
    profileLine: '{title} ({id}, version {version})',
    credential: 'Attestation',
    referenceDate: 'Date de référence',
    noReferenceDate: 'non fournie',
    verdict: 'Verdict',
    counts: 'erreurs : {errors}, avertissements : {warnings}, remarques : {infos}',
    caption: 'Éléments vérifiés selon {profile}',
    element: 'Élément',
    requirement: 'Exigence',
    status: 'Statut',
    details: 'Détails',
    rule: 'Règle',
    severityLabel: '{severity} :',
    path: 'Chemin',
    nothingToReport: 'Rien à signaler.',
    untitled: 'sans intitulé',
  },
};
