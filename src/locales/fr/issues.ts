import type { ValidationIssueCode } from '../../errors.js';

/**
 * French message templates for validation issues. `{name}` is replaced by the issue's `params.name`.
 *
 * @example
 * ```ts
 * import { frIssueMessages } from 'microcred/locales';
 * frIssueMessages.too_small; // 'Trop petit : au moins {minimum} attendu'
 * ```
 * @category Locales
 */
export const frIssueMessages: Readonly<Record<ValidationIssueCode, string>> = {
  required: 'Obligatoire',
  invalid_type: '{expected} attendu, {received} reçu',
  invalid_value: 'Valeur non valide : l’une de {values} attendue',
  invalid_format: 'Format non valide ({format})',
  invalid_union: 'Ne correspond à aucune des formes autorisées',
  unknown_key: 'Clé inconnue « {key} »',
  forbidden_key: 'Clé interdite « {key} » (elle pourrait atteindre le prototype d’un objet)',
  duplicate_key: 'Clé en double « {key} »',
  too_small: 'Trop petit : au moins {minimum} attendu',
  too_big: 'Trop grand : au plus {maximum} attendu',
  not_json: 'Pas une valeur JSON ({received})',
  not_finite: 'Le nombre n’est pas fini ({value})',
  circular: 'Référence circulaire',
  lone_surrogate: 'La chaîne contient un demi-codet UTF-16 isolé',
  invalid_json: 'JSON non valide : {reason}',
  too_deep: 'Imbrication de plus de {maximum} niveaux',
  too_many_keys: 'L’objet a {actual} clés ; au plus {maximum} permises',
  too_many_items: 'Le tableau a {actual} éléments ; au plus {maximum} permis',
  string_too_long: 'La chaîne a {actual} caractères ; au plus {maximum} permis',
  too_many_nodes: 'L’entrée a plus de {maximum} valeurs',
  input_too_large: 'L’entrée dépasse {maximum} octets',
  at_least_one: 'Au moins l’un de {fields} est requis',
  offset_out_of_range: 'Le décalage horaire doit être compris entre -14:00 et +14:00',
  precision_too_high: 'Trop de décimales : au plus {maximum}',
  invalid_combination: 'Combinaison non valide : {reason}',
};
