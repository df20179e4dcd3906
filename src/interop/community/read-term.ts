import { EQF_LEVELS, eqfLevelFromUri, QA_TYPES, vocabularyCodeFromUri } from '../../vocab/index.js';
import { compact, isObject, type JsonObject, type JsonPath, text } from '../shared/json.js';
import { note, type ReadContext, unmappable } from '../shared/reader.js';
import type { CommunityExtension, CommunityTerm } from './types.js';

/** The state of one document's community reading: what is left of the achievement and results, and the values. */
export interface TermState {
  readonly ctx: ReadContext;
  readonly achievement: JsonObject;
  results: unknown[];
  readonly values: JsonObject;
  readonly assessmentTypes: unknown[];
  readonly usedAlignments: Set<unknown>;
}

const PATH: JsonPath = ['credentialSubject', 'achievement'];
const DECIMAL = /^\d+(?:\.\d+)?$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/** Reads one term of an extension into the state; a value it cannot read stays in the document, to be kept. */
export function readTerm(
  state: TermState,
  term: CommunityTerm,
  extension: CommunityExtension,
  alignments: readonly unknown[],
): void {
  const mapped = (path: JsonPath, source: string, element: string): void => {
    note(state.ctx, 'community-term', path, `${source} (${extension.name}) read as ${element}`);
  };
  switch (term.kind) {
    case 'level-alignment':
    case 'qa-alignment':
      alignments.forEach((a, i) => {
        if (state.usedAlignments.has(a) || !isObject(a) || !term.targetTypes.includes(String(a['targetType']))) return;
        // An EQF concept URI is read natively by the Open Badges reader; the term adds nothing to it.
        if (term.kind === 'level-alignment' && eqfLevelFromUri(a['targetUrl']) !== undefined) return;
        const path = [...PATH, 'alignment', i];
        const read = term.kind === 'level-alignment' ? readLevel(a) : readQa(a, term.qaType);
        if (read === undefined) return;
        state.usedAlignments.add(a);
        if (term.kind === 'level-alignment' && state.values['level'] === undefined) state.values['level'] = read;
        else if (term.kind === 'qa-alignment') {
          state.values['qualityAssurance'] = [...((state.values['qualityAssurance'] as unknown[]) ?? []), read];
        }
        const element = term.kind === 'level-alignment' ? 'level.eqf' : 'qualityAssurance';
        mapped(path, `alignment ${String(a['targetType'])}`, element);
      });
      return;
    case 'grade':
      readGrade(state, term.resultTypes, (path, type) => mapped(path, `result ${type}`, 'grade'));
      return;
    default:
      readProperty(state, term, (element) => mapped([...PATH, term.property], term.property, element));
  }
}

function readProperty(
  state: TermState,
  term: Exclude<CommunityTerm, { kind: 'level-alignment' | 'qa-alignment' | 'grade' }>,
  mapped: (element: string) => void,
): void {
  const value = state.achievement[term.property];
  const identity = term.kind === 'supervision' && term.identityProperty !== undefined ? term.identityProperty : '';
  const checked = identity === '' ? undefined : state.achievement[identity];
  if (value === undefined && (term.kind !== 'supervision' || checked === undefined)) return;
  const path: JsonPath = [...PATH, term.property];
  const workload = (state.values['workload'] as JsonObject | undefined) ?? {};
  switch (term.kind) {
    case 'credits':
    case 'hours': {
      const decimal = typeof value === 'number' && value > 0 ? String(value) : text(value);
      if (decimal === undefined || !DECIMAL.test(decimal) || Number(decimal) <= 0) return;
      if (term.kind === 'credits') {
        const credits = [...((workload['credits'] as unknown[]) ?? []), { value: decimal, unit: term.unit }];
        state.values['workload'] = { ...workload, credits };
        mapped(`workload.credits (${term.unit})`);
      } else if (workload['hours'] === undefined) {
        state.values['workload'] = { ...workload, hours: decimal };
        mapped('workload.hours');
      } else return;
      break;
    }
    case 'participation': {
      const read = typeof value === 'string' && Object.hasOwn(term.values, value) ? term.values[value] : undefined;
      if (read === undefined) return;
      state.values['participation'] = compact({
        modes: read.modes === undefined ? undefined : [...read.modes],
        activities: read.activities === undefined ? undefined : [...read.activities],
      });
      mapped('participation');
      break;
    }
    case 'assessment': {
      const read = typeof value === 'string' && Object.hasOwn(term.values, value) ? term.values[value] : undefined;
      if (read === undefined) return;
      state.assessmentTypes.push(typeof read === 'string' ? read : { ...read });
      mapped('assessment.types');
      break;
    }
    case 'supervision': {
      if (checked !== undefined && typeof checked !== 'boolean') return;
      const reading =
        value === undefined
          ? checked === true
            ? { checked: { type: 'supervised-with-id-verification' as const } }
            : undefined
          : typeof value === 'string' && Object.hasOwn(term.values, value)
            ? term.values[value]
            : undefined;
      const read = reading?.[checked === undefined ? 'unstated' : checked ? 'checked' : 'unchecked'];
      if (read === undefined) {
        if (value !== undefined && checked !== undefined) {
          unmappable(
            state.ctx,
            'unmapped-value',
            path,
            { [term.property]: value, [identity]: checked },
            'A supervision type and identity check that name no single Annex value',
          );
          delete state.achievement[term.property];
          delete state.achievement[identity];
        }
        return;
      }
      state.values['supervision'] = { ...read };
      if (identity !== '') delete state.achievement[identity];
      mapped(identity === '' ? 'supervision' : `supervision (with ${identity})`);
      break;
    }
  }
  delete state.achievement[term.property];
}

function readLevel(a: JsonObject): JsonObject | undefined {
  const code = text(a['targetCode']) ?? (typeof a['targetCode'] === 'number' ? String(a['targetCode']) : undefined);
  const level = code === undefined ? Number.NaN : Number(code);
  return (EQF_LEVELS as readonly number[]).includes(level) && /^\d$/.test(code ?? '') ? { eqf: level } : undefined;
}

/** A QA record: the QA type the `targetCode` names, else the extension's; the code as decision. */
function readQa(a: JsonObject, qaType: (typeof QA_TYPES)[number]): JsonObject {
  const code = text(a['targetCode']);
  const url = text(a['targetUrl']);
  const description = text(a['targetDescription']);
  const named =
    code === undefined
      ? undefined
      : (QA_TYPES as readonly string[]).includes(code)
        ? code
        : URI.test(code)
          ? (vocabularyCodeFromUri('qa-types', code) ?? undefined)
          : undefined;
  return compact({
    type: named ?? qaType,
    title: text(a['targetName']),
    decision:
      [named === undefined ? code : undefined, description].filter((x) => x !== undefined).join(': ') || undefined,
    landingPage: url !== undefined && /^https?:\/\/[^\s/?#]+\S*$/.test(url) ? url : undefined,
  });
}

/** The result whose description has one of the result types: its value as the grade, the range as scheme. */
function readGrade(
  state: TermState,
  resultTypes: readonly string[],
  mapped: (path: JsonPath, t: string) => void,
): void {
  if (state.values['grade'] !== undefined) return;
  const descriptions = state.achievement['resultDescription'];
  const list = Array.isArray(descriptions) ? descriptions : [];
  const i = list.findIndex((d) => isObject(d) && resultTypes.includes(String(d['resultType'])));
  const description = list[i];
  if (!isObject(description)) return;
  const id = text(description['id']);
  const r = state.results.findIndex(
    (x) => isObject(x) && (id === undefined ? state.results.length === 1 : x['resultDescription'] === id),
  );
  const result = state.results[r];
  const value = isObject(result) ? text(result['value']) : undefined;
  if (value === undefined) return;
  const min = text(description['valueMin']);
  const max = text(description['valueMax']);
  const name = text(description['name']);
  const required = text(description['requiredValue']);
  const range = [
    min !== undefined && max !== undefined ? `${min}–${max}` : undefined,
    required === undefined ? undefined : `pass ${required}`,
  ].filter((x) => x !== undefined);
  const detail = range.length > 0 ? range.join(', ') : undefined;
  state.values['grade'] = compact({
    value,
    scheme: name !== undefined && detail !== undefined ? `${name} (${detail})` : (name ?? detail),
  });
  const rest = list.filter((_, j) => j !== i);
  if (rest.length > 0) state.achievement['resultDescription'] = rest;
  else delete state.achievement['resultDescription'];
  state.results = state.results.filter((_, j) => j !== r);
  mapped(['credentialSubject', 'result', r], String(description['resultType']));
}
