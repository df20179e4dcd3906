/**
 * French labels for every code of every vocabulary list. Country and language names and the ISCED-F field
 * names are generated into `src/vocab/data/labels-fr.ts` (see `scripts/generate-labels.mjs`); the rest is
 * translated here. The ELM labels are translated from the official English labels; they are not the
 * Publications Office's own French labels, which are not stored locally.
 *
 * @module
 */

import * as generated from '../../vocab/data/labels-fr.js';
import type { VocabularyLabels } from '../../vocab/index.js';

/**
 * French labels, keyed by list and then by code, with the same keys as the English ones.
 *
 * @example
 * ```ts
 * import { frVocabularyLabels } from 'microcred/locales';
 * frVocabularyLabels.countries['EE']; // 'Estonie'
 * ```
 * @category Vocabularies
 */
export const frVocabularyLabels: VocabularyLabels = {
  'eqf-levels': {
    '1': 'Niveau 1',
    '2': 'Niveau 2',
    '3': 'Niveau 3',
    '4': 'Niveau 4',
    '5': 'Niveau 5',
    '6': 'Niveau 6',
    '7': 'Niveau 7',
    '8': 'Niveau 8',
  },
  'qf-ehea-cycles': {
    short: 'Cycle court',
    first: 'Premier cycle',
    second: 'Deuxième cycle',
    third: 'Troisième cycle',
  },
  'isced-fields': generated.FR_LABELS_ISCED_FIELDS,
  'isced-levels': {
    '0': 'Éducation de la petite enfance',
    '1': 'Enseignement primaire',
    '2': 'Premier cycle de l’enseignement secondaire',
    '3': 'Deuxième cycle de l’enseignement secondaire',
    '4': 'Enseignement post-secondaire non supérieur',
    '5': 'Enseignement supérieur de cycle court',
    '6': 'Niveau licence ou équivalent',
    '7': 'Niveau master ou équivalent',
    '8': 'Niveau doctorat ou équivalent',
  },
  countries: generated.FR_LABELS_COUNTRIES,
  languages: generated.FR_LABELS_LANGUAGES,
  'supervision-types': {
    'unsupervised-no-id-verification': 'Sans surveillance, sans vérification d’identité',
    'supervised-no-id-verification': 'Surveillé, sans vérification d’identité',
    'supervised-with-id-verification': 'Surveillé en ligne ou sur place, avec vérification d’identité',
  },
  'supervision-settings': {
    online: 'En ligne',
    onsite: 'Sur place',
  },
  'stackability-types': {
    'stand-alone': 'Microcertification autonome et indépendante',
    integrated: 'Intégrée, cumulable en vue d’une autre certification',
  },
  'assessment-types': {
    'artefact-assessment': 'Évaluation d’une production',
    'continuous-evaluation': 'Évaluation continue',
    'group-performance': 'Performance de groupe',
    'level-of-attendance': 'Niveau d’assiduité',
    'marked-assignment': 'Travail noté',
    'oral-examination': 'Examen oral',
    'peer-assessment': 'Évaluation par les pairs',
    'peer-review': 'Revue par les pairs',
    portfolio: 'Portfolio',
    'practical-assessment': 'Évaluation pratique',
    'problem-based-learning': 'Apprentissage par problèmes',
    'project-work': 'Travail de projet',
    quiz: 'Quiz',
    'written-examination': 'Examen écrit',
    none: 'Non évalué',
  },
  'participation-modes': {
    online: 'En ligne',
    blended: 'Hybride',
    onsite: 'En présentiel',
    'work-based': 'En milieu de travail',
    'project-based': 'Par projet',
    'research-lab-based': 'En laboratoire de recherche',
  },
  'learning-activity-types': {
    apprenticeship: 'Apprentissage en alternance',
    'classroom-coursework': 'Cours en classe',
    'e-learning-coursework': 'Cours en ligne',
    'educational-programme': 'Programme éducatif',
    internship: 'Stage',
    'job-experience': 'Expérience professionnelle',
    'lab-simulation-practice-coursework': 'Travaux de laboratoire, de simulation ou pratiques',
    research: 'Recherche',
    'self-motivated-study': 'Étude autonome',
    volunteering: 'Bénévolat',
    'workshop-seminar-or-conference': 'Atelier, séminaire ou conférence',
  },
  'learning-settings': {
    formal: 'apprentissage formel',
    'non-formal': 'apprentissage non formel',
  },
  'learning-schedule-types': {
    'full-time': 'Temps plein',
    'part-time-intensive': 'Temps partiel intensif',
    'part-time-light': 'Temps partiel allégé',
  },
  'learning-opportunity-types': {
    apprenticeship: 'Apprentissage en alternance',
    class: 'Séance de cours',
    course: 'Cours',
    'educational-programme': 'Programme éducatif',
    internship: 'Stage',
    mentoring: 'Mentorat',
    mooc: 'MOOC',
    'programme-module': 'Module de programme',
    'service-learning': 'Apprentissage par le service',
    'short-learning-programme': 'Programme d’apprentissage court',
    'study-visit': 'Visite d’étude',
    thesis: 'Mémoire ou thèse',
  },
  'target-groups': {
    'high-achievers': 'Apprenants très performants',
    'low-achievers': 'Apprenants peu performants',
    migrants: 'Migrants',
    'native-speakers': 'Locuteurs natifs',
    'non-native-speakers': 'Locuteurs non natifs',
    'persons-in-primary-education': 'Personnes dans l’enseignement primaire',
    'persons-in-secondary-compulsory-education': 'Personnes dans l’enseignement secondaire ou obligatoire',
    'persons-in-tertiary-education-eqf-6': 'Personnes dans l’enseignement supérieur (CEC 6)',
    'persons-in-tertiary-education-eqf-7': 'Personnes dans l’enseignement supérieur (CEC 7)',
    'persons-in-tertiary-education-eqf-8': 'Personnes dans l’enseignement supérieur (CEC 8)',
    'persons-requiring-employment-retraining': 'Personnes ayant besoin d’une reconversion professionnelle',
    'persons-who-have-completed-primary-education': 'Personnes ayant achevé l’enseignement primaire',
    'persons-who-have-completed-secondary-compulsory-education':
      'Personnes ayant achevé l’enseignement secondaire ou obligatoire',
    'persons-who-have-completed-tertiary-education-eqf-6': 'Personnes ayant achevé l’enseignement supérieur (CEC 6)',
    'persons-who-have-completed-tertiary-education-eqf-7': 'Personnes ayant achevé l’enseignement supérieur (CEC 7)',
    'persons-who-have-completed-tertiary-education-eqf-8': 'Personnes ayant achevé l’enseignement supérieur (CEC 8)',
    'persons-with-0-3-years-work-experience': 'Personnes ayant 0 à 3 ans d’expérience professionnelle',
    'persons-with-10-plus-years-work-experience': 'Personnes ayant plus de 10 ans d’expérience professionnelle',
    'persons-with-3-10-years-work-experience': 'Personnes ayant 3 à 10 ans d’expérience professionnelle',
    'persons-with-a-learning-disability': 'Personnes ayant un trouble de l’apprentissage',
  },
  'qa-types': {
    'institutional-license': 'Habilitation de l’établissement',
    'programme-license': 'Habilitation du programme',
    'institutional-quality-assurance': 'Assurance qualité de l’établissement',
    'programme-quality-assurance': 'Assurance qualité du programme',
    'internal-quality-assurance': 'Assurance qualité interne',
    'external-quality-assurance': 'Assurance qualité externe',
  },
  'skill-types': {
    knowledge: 'Savoir',
    skill: 'Aptitude',
  },
  'skill-reuse-levels': {
    transversal: 'Aptitudes et compétences transversales',
    'cross-sector': 'Aptitudes et compétences intersectorielles',
    'sector-specific': 'Aptitudes et compétences propres à un secteur',
    'occupation-specific': 'Aptitudes et compétences propres à une profession',
  },
  'credential-types': {
    'diploma-supplement': 'Supplément au diplôme',
    generic: 'Générique',
    'learning-activity': 'Activité d’apprentissage',
    'learning-entitlement': 'Droit à l’apprentissage',
    'qualification-award': 'Délivrance d’une certification',
  },
  'credit-systems': {
    ECTS: 'Système européen de transfert et d’accumulation de crédits (ECTS)',
    ECVET: 'Système européen de crédits d’apprentissages pour l’enseignement et la formation professionnels (ECVET)',
  },
  'credit-units': {
    ECTS: 'crédits ECTS',
    HOURS: 'heures de travail théoriques',
    'UK-CATS': 'crédits britanniques (CATS)',
    'NZ-CREDIT': 'crédits néo-zélandais',
    'US-SCH': 'heures-crédits semestrielles américaines',
    ECVET: 'points ECVET',
  },
};
