import { describe, expect, it } from 'vitest';
import { buildEudiClaims, readEudiClaims } from '../../src/eudi/index.js';
import {
  checkCompleteness,
  evaluateStacking,
  formatCompletenessReport,
  formatReport,
  formatStackingDecision,
  isMicrocredError,
  type MicroCredential,
  parseLearner,
  parseMicroCredential,
  parseQualification,
  safeParseLearner,
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
import { en } from '../../src/locales/index.js';
import { DISPLAY } from '../interop/round-trip-support.js';
import { completeExample, exampleData } from '../support/examples.js';
import { HOSTILITIES, type Hostility, hostile, plant } from '../support/hostile.js';

const mc = parseMicroCredential(completeExample()) as MicroCredential;
const qualification = exampleData('qualification.json');
const policy = exampleData('recognition-policy.json');

/** What a call did: returned, or threw a MicrocredError with this code, or threw something else. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'returned';
  } catch (e) {
    return isMicrocredError(e) ? e.code : `untyped ${String(e)}`;
  }
}

/** The entry points that read a document, each fed the document with a hostile part at `path`. */
const entries: Record<string, (kind: Hostility) => unknown> = {
  parseMicroCredential: (k) => parseMicroCredential(plant(completeExample(), ['issuer'], k)),
  checkCompleteness: (k) => checkCompleteness(plant(completeExample(), ['learner'], k)),
  parseLearner: (k) => parseLearner(hostile({ fullName: 'Ada' }, k)),
  parseQualification: (k) => parseQualification(plant(qualification, [], k)),
  fromOpenBadge: (k) => fromOpenBadge(plant(toOpenBadge(mc), ['credentialSubject'], k)),
  fromElm: (k) => fromElm(plant(toElm(mc, { display: DISPLAY }), ['credentialSubject'], k)),
  fromVerifiableCredential: (k) =>
    fromVerifiableCredential(plant(toVerifiableCredential(mc), ['credentialSubject'], k)),
  readEudiClaims: (k) => readEudiClaims(plant(buildEudiClaims(mc).claims, [], k) as Record<string, unknown>),
  evaluateStacking: (k) =>
    evaluateStacking([hostile(mc, k) as MicroCredential], qualification as never, policy as never),
  formatReport: (k) => formatReport(plant(checkCompleteness(mc), ['entries'], k) as never, { locale: en }),
  formatCompletenessReport: (k) =>
    formatCompletenessReport(plant(checkCompleteness(mc), ['entries'], k) as never, { locale: en }),
  formatStackingDecision: (k) =>
    formatStackingDecision(
      plant(evaluateStacking([mc], qualification as never, policy as never), ['credentials'], k) as never,
      { locale: en },
    ),
};

describe('hostile objects never make a public entry point throw an untyped error', () => {
  for (const [name, run] of Object.entries(entries)) {
    it(name, () => {
      for (const kind of HOSTILITIES)
        expect(
          outcome(() => run(kind)),
          kind,
        ).not.toMatch(/^untyped/);
    });
  }

  it('safeParse* never throw, and say why: not_json at the path of the unreadable member', () => {
    const getter = plant(completeExample(), ['issuer'], 'throwing-getter');
    const result = safeParseMicroCredential(getter);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('ERR_VALIDATION');
    expect(result.error.issues).toEqual([
      expect.objectContaining({
        code: 'not_json',
        path: ['issuer', 'id'],
        params: { received: expect.stringMatching(/accessor/) },
      }),
    ]);
    for (const kind of HOSTILITIES) {
      expect(
        () => safeParseMicroCredential(plant(completeExample(), ['learningOutcomes', 0], kind)),
        kind,
      ).not.toThrow();
      expect(() => safeParseLearner(hostile({ fullName: 'Ada' }, kind)), kind).not.toThrow();
      expect(() => safeParseQualification(plant(qualification, ['groups'], kind)), kind).not.toThrow();
      expect(() => safeParseRecognitionPolicy(hostile(policy, kind)), kind).not.toThrow();
    }
  });

  it('keeps the thrown error as the cause, and refuses a revoked Proxy at the root', () => {
    const result = safeParseMicroCredential(hostile(completeExample(), 'revoked'));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]).toMatchObject({ code: 'not_json', path: [] });
    expect(result.error.cause).toBeInstanceOf(TypeError);
  });

  it('validates what it copied: a Proxy that answers differently on every read parses as the data it described', () => {
    const lying = plant(completeExample(), ['issuer'], 'lying-get');
    const parsed = parseMicroCredential(lying);
    expect(parsed.issuer).toEqual(completeExample()['issuer']);
    // The result is our copy, not the caller's Proxy.
    expect(JSON.parse(JSON.stringify(parsed.issuer))).toEqual(completeExample()['issuer']);
  });

  it('refuses a getter even when it would not throw: input must be data', () => {
    const error = outcome(() => parseMicroCredential(plant(completeExample(), ['title'], 'quiet-getter')));
    expect(error).toBe('ERR_VALIDATION');
  });

  it('reads hostile options as an options error', () => {
    const options = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('hostile options');
        },
      },
    );
    expect(outcome(() => safeParseMicroCredential(completeExample(), options))).toBe('ERR_OPTIONS_INVALID');
    expect(
      outcome(() =>
        fromOpenBadge(
          toOpenBadge(mc),
          new Proxy(
            {},
            {
              get: () => {
                throw new Error('x');
              },
            },
          ),
        ),
      ),
    ).toBe('ERR_OPTIONS_INVALID');
  });
});
