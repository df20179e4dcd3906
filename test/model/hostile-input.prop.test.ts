import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEudiClaims, readEudiClaims } from '../../src/eudi/index.js';
import {
  assertComplete,
  checkCompleteness,
  evaluateStacking,
  formatReport,
  isMicrocredError,
  type MicroCredential,
  parseMicroCredential,
  parseQualification,
  parseRecognitionPolicy,
  safeParseMicroCredential,
  safeParseQualification,
  safeParseRecognitionPolicy,
} from '../../src/index.js';
import {
  fromElm,
  fromOpenBadge,
  fromVerifiableCredential,
  toElm,
  toOpenBadge,
  toVerifiableCredential,
} from '../../src/interop/index.js';
import { de, fr } from '../../src/locales/index.js';
import { DISPLAY } from '../interop/round-trip-support.js';
import { microCredentialArb } from '../support/arbitraries.js';
import { completeExample, exampleData } from '../support/examples.js';
import { hostileArb } from '../support/hostile.js';

const mc = parseMicroCredential(completeExample()) as MicroCredential;
const qualification = exampleData('qualification.json');
const policy = exampleData('recognition-policy.json');

/** Public readers, each with a valid document of its own kind. */
const readers: ReadonlyArray<{ name: string; doc: unknown; read: (value: unknown) => unknown }> = [
  { name: 'parseMicroCredential', doc: completeExample(), read: (v) => parseMicroCredential(v) },
  {
    name: 'parseMicroCredential keep',
    doc: completeExample(),
    read: (v) => parseMicroCredential(v, { unknownKeys: 'keep' }),
  },
  { name: 'checkCompleteness', doc: completeExample(), read: (v) => checkCompleteness(v) },
  { name: 'assertComplete', doc: completeExample(), read: (v) => assertComplete(v) },
  { name: 'parseQualification', doc: qualification, read: (v) => parseQualification(v) },
  { name: 'parseRecognitionPolicy', doc: policy, read: (v) => parseRecognitionPolicy(v) },
  { name: 'fromOpenBadge', doc: toOpenBadge(mc), read: (v) => fromOpenBadge(v) },
  { name: 'fromElm', doc: toElm(mc, { display: DISPLAY }), read: (v) => fromElm(v) },
  { name: 'fromVerifiableCredential', doc: toVerifiableCredential(mc), read: (v) => fromVerifiableCredential(v) },
  {
    name: 'readEudiClaims',
    doc: buildEudiClaims(mc).claims,
    read: (v) => readEudiClaims(v as Record<string, unknown>),
  },
  {
    name: 'evaluateStacking',
    doc: [mc],
    read: (v) => evaluateStacking(v as never, qualification as never, policy as never),
  },
  {
    name: 'evaluateStacking target',
    doc: qualification,
    read: (v) => evaluateStacking([mc], v as never, policy as never),
  },
  { name: 'formatReport', doc: checkCompleteness(mc), read: (v) => formatReport(v as never, { locale: de }) },
  {
    name: 'formatReport stacking',
    doc: evaluateStacking([mc], qualification as never, policy as never),
    read: (v) => formatReport(v as never, { locale: fr, format: 'html' }),
  },
];

const safeParsers: ReadonlyArray<{ doc: unknown; parse: (value: unknown) => unknown }> = [
  { doc: completeExample(), parse: safeParseMicroCredential },
  { doc: qualification, parse: safeParseQualification },
  { doc: policy, parse: safeParseRecognitionPolicy },
];

describe('hostile objects (throwing getters, Proxy traps, revoked proxies) at random paths', () => {
  for (const { name, doc, read } of readers) {
    it(`${name} returns or throws a MicrocredError, nothing else`, () => {
      fc.assert(
        fc.property(hostileArb(doc), ({ value }) => {
          try {
            read(value);
          } catch (e) {
            expect(isMicrocredError(e), String(e)).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the safe parsers never throw', () => {
    for (const { doc, parse } of safeParsers) {
      fc.assert(
        fc.property(hostileArb(doc), ({ value }) => {
          expect(() => parse(value)).not.toThrow();
        }),
        { numRuns: 100 },
      );
    }
  });

  it('holds for generated credentials too', () => {
    fc.assert(
      fc.property(
        microCredentialArb.chain((doc) => hostileArb(doc)),
        ({ value }) => {
          expect(() => safeParseMicroCredential(value)).not.toThrow();
          try {
            checkCompleteness(value);
            fromOpenBadge(value);
          } catch (e) {
            expect(isMicrocredError(e), String(e)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
