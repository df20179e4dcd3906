/**
 * German labels for every code of every vocabulary list. Country and language names and the ISCED-F field
 * names are generated into `src/vocab/data/labels-de.ts` (see `scripts/generate-labels.mjs`); the rest is
 * translated here. The ELM labels are translated from the official English labels; they are not the
 * Publications Office's own German labels, which are not stored locally.
 *
 * @module
 */

import * as generated from '../../vocab/data/labels-de.js';
import type { VocabularyLabels } from '../../vocab/index.js';

/**
 * German labels, keyed by list and then by code, with the same keys as the English ones.
 *
 * @example
 * ```ts
 * import { deVocabularyLabels } from 'microcred/locales';
 * deVocabularyLabels.countries['EE']; // 'Estland'
 * ```
 * @category Vocabularies
 */
export const deVocabularyLabels: VocabularyLabels = {
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
    short: 'Kurzstudienzyklus',
    first: 'Erster Zyklus',
    second: 'Zweiter Zyklus',
    third: 'Dritter Zyklus',
  },
  'isced-fields': generated.DE_LABELS_ISCED_FIELDS,
  'isced-levels': {
    '0': 'Frühkindliche Bildung',
    '1': 'Primarbereich',
    '2': 'Sekundarbereich I',
    '3': 'Sekundarbereich II',
    '4': 'Postsekundärer nicht-tertiärer Bereich',
    '5': 'Kurzes tertiäres Bildungsprogramm',
    '6': 'Bachelor- bzw. gleichwertiges Bildungsprogramm',
    '7': 'Master- bzw. gleichwertiges Bildungsprogramm',
    '8': 'Promotion',
  },
  countries: generated.DE_LABELS_COUNTRIES,
  languages: generated.DE_LABELS_LANGUAGES,
  'supervision-types': {
    'unsupervised-no-id-verification': 'Unbeaufsichtigt, ohne Identitätsprüfung',
    'supervised-no-id-verification': 'Beaufsichtigt, ohne Identitätsprüfung',
    'supervised-with-id-verification': 'Online oder vor Ort beaufsichtigt, mit Identitätsprüfung',
  },
  'supervision-settings': {
    online: 'Online',
    onsite: 'Vor Ort',
  },
  'stackability-types': {
    'stand-alone': 'Eigenständiger, unabhängiger Microcredential',
    integrated: 'Integriert, auf einen anderen Nachweis anrechenbar',
  },
  'assessment-types': {
    'artefact-assessment': 'Bewertung eines Werkstücks',
    'continuous-evaluation': 'Kontinuierliche Bewertung',
    'group-performance': 'Gruppenleistung',
    'level-of-attendance': 'Grad der Anwesenheit',
    'marked-assignment': 'Benotete Aufgabe',
    'oral-examination': 'Mündliche Prüfung',
    'peer-assessment': 'Bewertung durch Mitlernende',
    'peer-review': 'Peer-Review',
    portfolio: 'Portfolio',
    'practical-assessment': 'Praktische Prüfung',
    'problem-based-learning': 'Problembasiertes Lernen',
    'project-work': 'Projektarbeit',
    quiz: 'Quiz',
    'written-examination': 'Schriftliche Prüfung',
    none: 'Nicht bewertet',
  },
  'participation-modes': {
    online: 'Online',
    blended: 'Blended Learning',
    onsite: 'Präsenz',
    'work-based': 'Arbeitsplatzbasiert',
    'project-based': 'Projektbasiert',
    'research-lab-based': 'Forschungs- und laborbasiert',
  },
  'learning-activity-types': {
    apprenticeship: 'Lehre',
    'classroom-coursework': 'Präsenzunterricht',
    'e-learning-coursework': 'E-Learning-Kursarbeit',
    'educational-programme': 'Bildungsprogramm',
    internship: 'Praktikum',
    'job-experience': 'Berufserfahrung',
    'lab-simulation-practice-coursework': 'Labor-, Simulations- oder Praxisarbeit',
    research: 'Forschung',
    'self-motivated-study': 'Selbststudium',
    volunteering: 'Ehrenamtliche Tätigkeit',
    'workshop-seminar-or-conference': 'Workshop, Seminar oder Konferenz',
  },
  'learning-settings': {
    formal: 'formales Lernen',
    'non-formal': 'nicht formales Lernen',
  },
  'learning-schedule-types': {
    'full-time': 'Vollzeit',
    'part-time-intensive': 'Teilzeit, intensiv',
    'part-time-light': 'Teilzeit, gering',
  },
  'learning-opportunity-types': {
    apprenticeship: 'Lehre',
    class: 'Unterrichtseinheit',
    course: 'Kurs',
    'educational-programme': 'Bildungsprogramm',
    internship: 'Praktikum',
    mentoring: 'Mentoring',
    mooc: 'MOOC',
    'programme-module': 'Studienmodul',
    'service-learning': 'Service-Learning',
    'short-learning-programme': 'Kurzes Lernprogramm',
    'study-visit': 'Studienbesuch',
    thesis: 'Abschlussarbeit',
  },
  'target-groups': {
    'high-achievers': 'Leistungsstarke Lernende',
    'low-achievers': 'Leistungsschwächere Lernende',
    migrants: 'Zugewanderte',
    'native-speakers': 'Muttersprachler',
    'non-native-speakers': 'Nicht-Muttersprachler',
    'persons-in-primary-education': 'Personen im Primarbereich',
    'persons-in-secondary-compulsory-education': 'Personen im Sekundarbereich bzw. in der Pflichtschulzeit',
    'persons-in-tertiary-education-eqf-6': 'Personen im Tertiärbereich (EQR 6)',
    'persons-in-tertiary-education-eqf-7': 'Personen im Tertiärbereich (EQR 7)',
    'persons-in-tertiary-education-eqf-8': 'Personen im Tertiärbereich (EQR 8)',
    'persons-requiring-employment-retraining': 'Personen, die eine berufliche Umschulung benötigen',
    'persons-who-have-completed-primary-education': 'Personen mit abgeschlossenem Primarbereich',
    'persons-who-have-completed-secondary-compulsory-education':
      'Personen mit abgeschlossenem Sekundarbereich bzw. abgeschlossener Pflichtschulzeit',
    'persons-who-have-completed-tertiary-education-eqf-6': 'Personen mit abgeschlossenem Tertiärbereich (EQR 6)',
    'persons-who-have-completed-tertiary-education-eqf-7': 'Personen mit abgeschlossenem Tertiärbereich (EQR 7)',
    'persons-who-have-completed-tertiary-education-eqf-8': 'Personen mit abgeschlossenem Tertiärbereich (EQR 8)',
    'persons-with-0-3-years-work-experience': 'Personen mit 0–3 Jahren Berufserfahrung',
    'persons-with-10-plus-years-work-experience': 'Personen mit mehr als 10 Jahren Berufserfahrung',
    'persons-with-3-10-years-work-experience': 'Personen mit 3–10 Jahren Berufserfahrung',
    'persons-with-a-learning-disability': 'Personen mit einer Lernbehinderung',
  },
  'qa-types': {
    'institutional-license': 'Institutionelle Zulassung',
    'programme-license': 'Programmzulassung',
    'institutional-quality-assurance': 'Institutionelle Qualitätssicherung',
    'programme-quality-assurance': 'Programmbezogene Qualitätssicherung',
    'internal-quality-assurance': 'Interne Qualitätssicherung',
    'external-quality-assurance': 'Externe Qualitätssicherung',
  },
  'skill-types': {
    knowledge: 'Wissen',
    skill: 'Fertigkeit',
  },
  'skill-reuse-levels': {
    transversal: 'Transversale Fertigkeiten und Kompetenzen',
    'cross-sector': 'Sektorübergreifende Fertigkeiten und Kompetenzen',
    'sector-specific': 'Sektorspezifische Fertigkeiten und Kompetenzen',
    'occupation-specific': 'Berufsspezifische Fertigkeiten und Kompetenzen',
  },
  'credential-types': {
    'diploma-supplement': 'Diploma Supplement',
    generic: 'Allgemein',
    'learning-activity': 'Lernaktivität',
    'learning-entitlement': 'Lernberechtigung',
    'qualification-award': 'Verleihung einer Qualifikation',
  },
  'credit-systems': {
    ECTS: 'Europäisches System zur Übertragung und Akkumulierung von Studienleistungen (ECTS)',
    ECVET: 'Europäisches Leistungspunktesystem für die Berufsbildung (ECVET)',
  },
  'credit-units': {
    ECTS: 'ECTS-Punkte',
    HOURS: 'Lernstunden',
    'UK-CATS': 'britische Credits (CATS)',
    'NZ-CREDIT': 'neuseeländische Credits',
    'US-SCH': 'US-Semesterwochenstunden (Semester Credit Hours)',
    ECVET: 'ECVET-Punkte',
  },
};
