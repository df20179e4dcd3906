import type { CompletenessMessages } from '../completeness-messages.js';

/**
 * German texts for completeness reports.
 *
 * @example
 * ```ts
 * import { deCompletenessMessages } from 'microcred/locales';
 * deCompletenessMessages.statuses.missing; // 'Fehlt'
 * ```
 * @category Locales
 */
export const deCompletenessMessages: CompletenessMessages = {
  elements: {
    a: 'Identifizierung der lernenden Person',
    b: 'Titel des Microcredentials',
    c: 'Land und Region des Ausstellers',
    d: 'Verleihende Stelle',
    e: 'Ausstellungsdatum',
    f: 'Lernergebnisse',
    g: 'Fiktiver Arbeitsaufwand',
    h: 'Niveau (und Zyklus)',
    i: 'Art der Bewertung',
    j: 'Form der Teilnahme',
    k: 'Art der Qualitätssicherung',
    prerequisites: 'Zugangsvoraussetzungen',
    supervision: 'Aufsicht und Identitätsprüfung',
    grade: 'Erzielte Note',
    stackability: 'Integration und Kombinierbarkeit',
    'further-information': 'Weitere Informationen',
    subject: 'Fachrichtung und ISCED-Stufe',
    language: 'Sprache',
    description: 'Beschreibung',
    validity: 'Gültigkeitszeitraum',
    authenticity: 'Echtheit (Signatur, Siegel, Status)',
    identifiers: 'Kennungen',
    other: 'Sonstige Inhalte',
  },
  statuses: {
    present: 'Vorhanden',
    missing: 'Fehlt',
    invalid: 'Ungültig',
    'not-applicable': 'Entfällt',
    warning: 'Warnung',
  },
  verdicts: {
    complete: 'Vollständig',
    'complete-with-warnings': 'Vollständig, mit Warnungen',
    incomplete: 'Unvollständig',
  },
  severities: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  requirements: { mandatory: 'verpflichtend', optional: 'optional' },
  reasons: {
    element_present: 'Vorhanden und gültig.',
    element_not_provided: 'Nicht angegeben.',
    level_not_applicable: 'Ausdrücklich als nicht zutreffend angegeben.',
    element_missing: 'Dieses Element fehlt.',
    schema_violation: 'Der Wert entspricht nicht dem Modell: {detail}.',
    unknown_key: 'Unbekanntes Feld „{key}“: Es bleibt erhalten, wird aber von keiner Regel gelesen.',
    extensions_kept:
      'Teile eines importierten Dokuments (Anzahl: {count}) bleiben als Erweiterungen erhalten; keine Regel liest sie.',
    not_an_object: 'Der Nachweis muss ein JSON-Objekt sein; erhalten: {received}.',
    date_in_future: 'Das Datum {date} liegt nach dem Stichtag {now}.',
    reference_date_missing: 'Es wurde kein Stichtag angegeben; ob das Datum in der Zukunft liegt, wurde nicht geprüft.',
    assessment_date_used: 'Kein Ausstellungsdatum; an seiner Stelle wird das Datum der Bewertung ({date}) akzeptiert.',
    issue_or_assessment_date_missing: 'Weder ein Ausstellungsdatum noch ein Datum der Bewertung ist angegeben.',
    credits_not_positive: 'Der Arbeitsaufwand ({value} {unit}) muss größer als null sein.',
    workload_not_in_ects:
      'Der Arbeitsaufwand ist nicht in ECTS-Punkten angegeben (angegeben: {units}); ECTS wird, wo immer möglich, erwartet.',
    workload_hours_missing: 'Die fiktiven Lernstunden sind nicht angegeben.',
    workload_ects_missing: 'Die ECTS-Punkte sind nicht angegeben.',
    credits_below_minimum: 'Angegeben: {value} {unit}; das ist weniger als das Minimum ({minimum} {unit}).',
    credits_above_maximum: 'Angegeben: {value} {unit}; das ist mehr als das Maximum ({maximum} {unit}).',
    credits_unit_not_stated: 'Der Arbeitsaufwand ist nicht in der Einheit „{unit}“ angegeben.',
    credits_conversion_needed:
      'Die Regel verwendet die Einheit „{unit}“, der Arbeitsaufwand ist angegeben in: {units}; ohne Umrechnungstabelle lässt sie sich nicht prüfen.',
    credits_not_convertible:
      'Die Regel verwendet die Einheit „{unit}“, der Arbeitsaufwand ist angegeben in: {units}; die Umrechnungstabelle enthält keinen Faktor, daher lässt sie sich nicht prüfen.',
    credits_converted: 'Mit der angegebenen Tabelle umgerechnet: {from} {fromUnit} = {value} {unit}.',
    volume_full_year:
      'Ein Arbeitsaufwand von {value} ECTS-Punkten entspricht mindestens einem Vollzeitjahr: Dies ist womöglich kein Microcredential.',
    volume_above_published_caps:
      'Ein Arbeitsaufwand von {value} ECTS-Punkten liegt über jeder veröffentlichten Obergrenze für Microcredentials (30).',
    level_inconsistent: 'EQR-Niveau {eqf} passt nicht zum {cycle}, der EQR-Niveau {expected} entspricht.',
    nqf_level_missing: 'Es ist kein Niveau eines nationalen Qualifikationsrahmens angegeben.',
    nqf_level_other_country: 'Es ist kein Niveau des Qualifikationsrahmens von {country} angegeben.',
    eqf_level_missing: 'Es ist kein EQR-Niveau angegeben.',
    qf_ehea_cycle_missing: 'Es ist kein Zyklus des QR-EHR angegeben.',
    isced_level_missing: 'Es ist keine ISCED-2011-Stufe angegeben.',
    sectoral_level_not_recorded:
      'Ein Niveau eines sektoralen Qualifikationsrahmens wird, falls nötig, in diesem Modell nicht erfasst.',
    eqf_level_out_of_range: 'EQR-Niveau {eqf} liegt außerhalb der akzeptierten Niveaus {minimum} bis {maximum}.',
    eqf_level_accepted_with_ects: 'EQR-Niveau {eqf} wird akzeptiert, weil die ECTS-Kriterien erfüllt sind.',
    eqf_level_needs_ects:
      'EQR-Niveau {eqf} wird nur akzeptiert, wenn die ECTS-Kriterien erfüllt sind, und das sind sie nicht.',
    assessment_none: 'Die Bewertungsart „nicht bewertet“ ist unzulässig: Lernergebnisse müssen bewertet werden.',
    assessment_attendance_only: 'Die einzige Bewertung ist der Grad der Anwesenheit.',
    identity_not_verified: 'Die Bewertung muss mit Identitätsprüfung beaufsichtigt sein; angegeben ist: {supervision}.',
    not_stackable: 'Der Nachweis ist eigenständig; er muss auf einen Abschluss anrechenbar sein (integriert).',
    title_has_qualification_word: 'Der Titel enthält „{word}“, das eine vollständige Qualifikation bezeichnet.',
    qa_listing_not_checked:
      'Ob die Qualitätssicherung den ESG folgt oder in DEQAR gelistet ist, lässt sich offline nicht prüfen.',
    qa_expired: 'Dieser Qualitätssicherungseintrag ist am {expiry} abgelaufen, vor dem Ausstellungsdatum ({issued}).',
    qa_no_accrediting_body: 'Dieser Qualitätssicherungseintrag nennt keine akkreditierende Stelle.',
    qa_level_not_covered: 'Dieser Qualitätssicherungseintrag ist auf andere EQR-Niveaus als Niveau {eqf} beschränkt.',
    qa_field_not_covered: 'Dieser Qualitätssicherungseintrag deckt die Fachrichtung „{field}“ nicht ab.',
    qa_jurisdiction_not_covered:
      'Dieser Qualitätssicherungseintrag deckt das Land des Ausstellers ({country}) nicht ab.',
    proof_not_supplied: 'Es wurde kein Prüfergebnis für die {item} übergeben; diese Regel lässt sich nicht prüfen.',
    proof_missing: 'Der Nachweis trägt keine Signatur und kein Siegel.',
    proof_not_verified: 'Die Signatur bzw. das Siegel lässt sich nicht verifizieren.',
    verification_not_supplied:
      'Weder ein Statuseintrag noch eine Prüfadresse noch ein Prüfergebnis liegt vor; diese Regel lässt sich nicht prüfen.',
    verification_impossible: 'Der Nachweis trägt weder eine Signatur noch einen Statuseintrag noch eine Prüfadresse.',
    critical_information_missing: 'Wesentliche Information fehlt: {item}.',
    listing_detail_missing: 'Angabe für die Registrierung fehlt: {item}.',
    not_recorded_in_model: 'In diesem Modell nicht erfasst und daher nicht geprüft: {items}.',
    process_not_checkable: 'Eine Verfahrensanforderung, die sich nicht an Daten prüfen lässt: {item}.',
    custom: '{text}',
  },
  terms: {
    'volume-of-learning': 'Lernumfang in Stunden',
    'delivery-mode': 'Durchführungsform',
    'credit-and-recognition': 'Anrechnung und Anerkennung',
    'purpose-statement': 'Zweck- oder Ergebnisbeschreibung',
    'nzsced-field': 'NZSCED-Fachgebiet',
    'standards-used': 'verwendete Standards',
    'review-period': 'Überprüfungszeitraum',
    'approval-conditions':
      'Zulassungsbedingungen (Bedarf, keine Doppelung, Beteiligung von Arbeitgebern, jährliche Überprüfung)',
    'signature-or-seal': 'Signatur bzw. das Siegel',
  },
  profiles: {
    eu2022: 'Empfehlung des Rates 2022/C 243/02, Anhang I',
    microbol: 'MICROBOL-Rahmen für Microcredentials im EHR',
    emcCmf: 'Common Microcredential Framework des European MOOC Consortium',
    auNmf: 'Australien, National Microcredentials Framework',
    nzqa: 'NZQA-Regeln für Microcredentials',
    estonia: 'Estland, Mikroqualifikationen',
  },
  ui: {
    title: 'Vollständigkeitsbericht',
    pageTitle: '{title}: {credential}',
    profile: 'Profil',
    profileLine: '{title} ({id}, Version {version})',
    credential: 'Nachweis',
    referenceDate: 'Stichtag',
    noReferenceDate: 'nicht angegeben',
    verdict: 'Ergebnis',
    counts: 'Fehler: {errors}, Warnungen: {warnings}, Hinweise: {infos}',
    caption: 'Geprüfte Elemente nach {profile}',
    element: 'Element',
    requirement: 'Anforderung',
    status: 'Status',
    details: 'Einzelheiten',
    rule: 'Regel',
    severityLabel: '{severity}:',
    path: 'Pfad',
    nothingToReport: 'Nichts zu berichten.',
    untitled: 'ohne Titel',
  },
};
