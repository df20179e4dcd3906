// The page bundled for the real-browser test. It runs the library's main jobs with the browser's own
// APIs (WebCrypto, CompressionStream) and reports the results to the test through window.__results.
import {
  checkCompleteness,
  formatCredit,
  formatReport,
  isMicrocredError,
  parseCredit,
  parseJsonText,
  parseMicroCredential,
  profiles,
  safeParseMicroCredential,
  sumCredits,
} from 'microcred';
import { toJsonSchema } from 'microcred/json-schema';
import {
  allocateStatusEntry,
  createStatusList,
  didKeyFromJwk,
  didKeyResolver,
  generateIssuerKey,
  setStatus,
  signCredential,
  signStatusListCredential,
  verifyCredential,
} from 'microcred/jwt';
import { de, en, vocabularyLabel } from 'microcred/locales';

declare global {
  interface Window {
    __example: string;
    __results: Record<string, unknown> | undefined;
    __error: string | undefined;
  }
}

async function run(): Promise<Record<string, unknown>> {
  const mc = parseMicroCredential(parseJsonText(window.__example));
  const draft = safeParseMicroCredential({ title: 'x', learner: {} });
  const total = sumCredits(['2.3', '6.1', '6.6'].map((v) => parseCredit(v, 'ECTS')));
  const key = await generateIssuerKey('ES256');
  const jwt = await signAndVerify(mc);
  const title = typeof mc.title === 'string' ? mc.title : (mc.title['en'] ?? '');
  const heading = document.createElement('h1');
  heading.textContent = title;
  document.body.append(heading);
  // An LMS plugin checks a draft as it is filled in and shows the report in the learner's language.
  const now = new Date('2025-07-01T00:00:00Z');
  const complete = checkCompleteness(mc, { profile: profiles.eu2022, now });
  const partial = checkCompleteness(
    { title: '<b>Intro</b>', workload: { hours: '3' } },
    { profile: profiles.estonia, now },
  );
  // The HTML report is a self-contained page: shown in a sandboxed frame (the test screenshots it).
  const frame = document.createElement('iframe');
  frame.id = 'report';
  frame.setAttribute('sandbox', '');
  frame.style.cssText = 'width: 100%; height: 1400px; border: 0';
  frame.srcdoc = formatReport(checkCompleteness({ title: 'Entwurf' }, { now }), { locale: de, format: 'html' });
  document.body.append(frame);
  const reportPage = new DOMParser().parseFromString(
    formatReport(partial, { locale: de, format: 'html' }),
    'text/html',
  );
  return {
    title,
    country: vocabularyLabel('countries', mc.issuer.country, en),
    draftIssues: draft.success ? 0 : draft.error.issues.length,
    draftIsTyped: !draft.success && isMicrocredError(draft.error, 'ERR_VALIDATION'),
    total: formatCredit(total),
    keyCrv: key.publicJwk.crv,
    schemaId: toJsonSchema('MicroCredential')['$id'],
    completeVerdict: complete.verdict,
    partialVerdict: partial.verdict,
    reportLang: reportPage.documentElement.lang,
    reportRows: reportPage.querySelectorAll('tbody th[scope="row"]').length,
    reportScripts: reportPage.querySelectorAll('script, [onload], [onerror]').length,
    reportBold: reportPage.querySelectorAll('b').length,
    ...jwt,
  };
}

/**
 * Signs the credential with a did:key issuer, revokes it in a status list (GZIP through the browser's
 * CompressionStream), and verifies it: once with the list unchanged, once revoked.
 */
async function signAndVerify(mc: ReturnType<typeof parseMicroCredential>): Promise<Record<string, unknown>> {
  const key = await generateIssuerKey('EdDSA');
  const did = didKeyFromJwk(key.publicJwk);
  const kid = `${did}#${did.slice('did:key:'.length)}`;
  const now = new Date('2025-07-01T00:00:00Z');
  const allocated = allocateStatusEntry(
    createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/1' }),
  );
  const credential = { ...mc, issuer: { ...mc.issuer, id: did }, credentialStatus: [allocated.entry] };
  const token = await signCredential(credential as typeof mc, key, { kid, now });
  const serve = async (list: typeof allocated.list) => {
    const { token: listToken } = await signStatusListCredential(list, key, { issuer: did, kid, now });
    return async () => new Response(listToken, { status: 200 });
  };
  const valid = await verifyCredential(token, didKeyResolver(), {
    now,
    status: { fetch: await serve(allocated.list) },
  });
  const revokedList = setStatus(allocated.list, allocated.entry.statusListIndex, true);
  const revoked = await verifyCredential(token, didKeyResolver(), {
    now,
    status: { fetch: await serve(revokedList) },
  }).then(
    () => 'accepted',
    (e: unknown) => (isMicrocredError(e) ? e.code : String(e)),
  );
  return { jwtProfile: valid.profile, jwtStatus: valid.status[0]?.outcome, jwtRevoked: revoked };
}

run().then(
  (results) => {
    window.__results = results;
  },
  (error: unknown) => {
    window.__error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  },
);
