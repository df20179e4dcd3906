// The end-to-end demo: `npm run demo`. It imports the package by its name, as an application would.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkCompleteness,
  convertCredit,
  evaluateStacking,
  formatCredit,
  formatReport,
  formatStackingDecision,
  parseCredit,
  parseMicroCredential,
  parseQualification,
  parseRecognitionPolicy,
  profiles,
  safeParseMicroCredential,
  sumCredits,
} from 'microcred';
import { signDataIntegrityCredential, verifyDataIntegrityCredential } from 'microcred/data-integrity';
import { fromElm, toElm, toOpenBadge } from 'microcred/interop';
import { toJsonSchema } from 'microcred/json-schema';
import {
  allocateStatusEntry,
  createStatusList,
  createStatusListCache,
  didKeyFromJwk,
  didKeyResolver,
  generateIssuerKey,
  setStatus,
  signCredential,
  signStatusListCredential,
  verifyCredential,
  verifyCredentials,
} from 'microcred/jwt';
import { de, en, fr, vocabularyLabel } from 'microcred/locales';

const read = (name) => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));
const text = (value) => (typeof value === 'string' ? value : (value.en ?? Object.values(value)[0]));
const heading = (title) => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);

heading('1. A provider builds a credential from its records and validates it');
const mc = parseMicroCredential(read('micro-credential.json'));
const rows = [
  ['(a) learner', mc.learner.fullName ?? mc.learner.id],
  ['(b) title', text(mc.title)],
  ['(c) country/region', `${vocabularyLabel('countries', mc.issuer.country, en)}, ${mc.issuer.region ?? '—'}`],
  ['(d) awarding bodies', mc.awardingBodies.map((b) => text(b.legalName)).join('; ')],
  ['(e) date of issuing', mc.issued],
  ['(f) learning outcomes', `${mc.learningOutcomes.length} outcomes`],
  ['(g) workload', `${mc.workload.credits?.map((c) => `${c.value} ${c.unit}`).join(' + ')}, ${mc.workload.hours} h`],
  ['(h) level', 'eqf' in mc.level ? `${vocabularyLabel('eqf-levels', mc.level.eqf, en)} (EQF)` : 'not applicable'],
  [
    '(i) assessment',
    mc.assessment.types
      .map((t) => (typeof t === 'string' ? vocabularyLabel('assessment-types', t, en) : t.id))
      .join(', '),
  ],
  ['(j) participation', mc.participation.modes?.map((m) => vocabularyLabel('participation-modes', m, en)).join(', ')],
  [
    '(k) quality assurance',
    mc.qualityAssurance
      .map((q) => (typeof q.type === 'string' ? vocabularyLabel('qa-types', q.type, en) : q.type.id))
      .join(', '),
  ],
];
for (const [element, value] of rows) console.log(`  ${element.padEnd(24)} ${value}`);

heading('2. An LMS form with a half-filled draft gets every problem, with its path');
const draft = { title: { en: 'Intro to AI' }, learner: {}, issued: '2025-13-01T00:00:00Z', level: { eqf: 9 } };
const result = safeParseMicroCredential(draft);
if (!result.success) {
  for (const issue of result.error.issues.slice(0, 8)) {
    console.log(`  ${issue.path.join('.').padEnd(18)} ${issue.code.padEnd(14)} ${issue.message}`);
  }
  if (result.error.issues.length > 8) console.log(`  … and ${result.error.issues.length - 8} more`);
}

heading('3. Completeness, element by element, against the Recommendation and other frameworks');
// The reference date is passed in: a report never depends on the clock it runs under.
const now = new Date('2025-07-01T00:00:00Z');
const complete = checkCompleteness(read('micro-credential.json'), { profile: profiles.eu2022, now });
console.log(`  the example credential against eu2022 (Annex I): ${complete.verdict}`);
for (const key of ['microbol', 'emcCmf', 'auNmf', 'nzqa', 'estonia']) {
  const r = checkCompleteness(read('micro-credential.json'), { profile: profiles[key], now });
  console.log(`  … against ${key.padEnd(9)} ${r.verdict.padEnd(24)} ${JSON.stringify(r.counts)}`);
}
const incompleteDraft = {
  ...draft,
  workload: { hours: '90' },
  assessment: { types: ['level-of-attendance'] },
  stackability: { type: 'stand-alone' },
};
const incomplete = checkCompleteness(incompleteDraft, { profile: profiles.emcCmf, now });
console.log('\n  the half-filled LMS draft against emcCmf, in German:\n');
const german = formatReport(incomplete, { locale: de });
console.log(german.replace(/^/gm, '    ').trimEnd());
const reportDir = mkdtempSync(join(tmpdir(), 'microcred-report-'));
const htmlPath = join(reportDir, 'completeness-report.html');
writeFileSync(htmlPath, formatReport(incomplete, { locale: fr, format: 'html' }));
console.log(`\n  the same report as an HTML page (French) written to ${htmlPath}`);

heading('4. A recognition office adds up workloads exactly, under its own conversion table');
const policy = { hoursPerEcts: '30', ectsPerUnit: { 'NZ-CREDIT': '1/2', 'UK-CATS': '1/2', ECVET: null } };
const amounts = [parseCredit('2.3', 'ECTS'), parseCredit('6.1', 'ECTS'), parseCredit('6.6', 'ECTS')];
console.log(
  `  2.3 + 6.1 + 6.6 ECTS = ${formatCredit(sumCredits(amounts))} ECTS (floating point says ${2.3 + 6.1 + 6.6})`,
);
const hours = convertCredit(parseCredit('50', 'HOURS'), 'ECTS', policy);
console.log(`  50 notional hours at 30 h per ECTS = ${formatCredit(hours)} ECTS, exactly`);
const portfolio = ['micro-credential.json', 'micro-credential-hours.json', 'micro-credential-nz.json'].map((f) =>
  parseMicroCredential(read(f)),
);
const inEcts = portfolio.map((c) => {
  const credit = c.workload.credits?.[0];
  const amount = credit === undefined ? parseCredit(c.workload.hours, 'HOURS') : parseCredit(credit.value, credit.unit);
  return convertCredit(amount, 'ECTS', policy);
});
for (const [i, c] of portfolio.entries())
  console.log(`  ${text(c.title).padEnd(52)} ${formatCredit(inEcts[i], { withUnit: true })}`);
console.log(`  ${'total'.padEnd(52)} ${formatCredit(sumCredits(inEcts), { withUnit: true })}`);

heading('5. A recognition office stacks a portfolio toward its certificate, under its own policy');
const target = parseQualification(read('qualification.json'));
const office = parseRecognitionPolicy(read('recognition-policy.json'));
const learner = read('stacking-portfolio.json');
const stack = [...learner.credentials, mc];
const first = evaluateStacking(stack, target, office);
console.log(`  ${learner.learner}: ${stack.length} credentials toward "${text(target.title)}"`);
console.log(`  status: ${first.status} (proof: ${first.search.proof}), recognised ${first.recognisedEcts} ECTS`);
for (const unmet of first.unmetRequirements) {
  console.log(`  missing: ${unmet.requirement} ${unmet.kind} ${JSON.stringify(unmet.missing)}`);
}
const titleOf = (id) => {
  const found = stack.find((c) => c.id === id);
  return found === undefined ? id : text(found.title);
};
for (const reason of first.reasons) {
  console.log(`  ${reason.code.padEnd(24)} ${reason.credentialId ? titleOf(reason.credentialId) : reason.capId}`);
}
const research = learner.credentials.find((c) => c.title === 'Research project in social data');
const second = evaluateStacking(stack, target, office, {
  exceptions: [
    {
      id: 'EB-2025-114',
      kind: 'substitute',
      credentialId: research.id,
      forSpecificationId: 'https://www.hs-noordzee.example/specifications/capstone-project',
      actor: 'exam-board@hs-noordzee.example',
      reason: 'The research project meets the capstone outcomes (decision EB-2025-114)',
      at: '2025-09-02T10:00:00+02:00',
    },
  ],
});
console.log(`  after the exam board's recorded substitution: ${second.status}, ${second.recognisedEcts} ECTS`);
console.log(`  (${second.notice}: advice for the receiving institution, not an entitlement)`);

heading('6. Keys for signing, and a JSON Schema for systems that do not use TypeScript');
const key = await generateIssuerKey('EdDSA');
console.log(`  generated an Ed25519 issuer key, kid ${key.kid}`);
const dir = mkdtempSync(join(tmpdir(), 'microcred-demo-'));
const schemaPath = join(dir, 'MicroCredential.schema.json');
writeFileSync(schemaPath, JSON.stringify(toJsonSchema('MicroCredential'), null, 2));
console.log(`  JSON Schema (draft 2020-12) written to ${schemaPath}`);

heading('7. Export for badge platforms (Open Badges 3.0) and for Europass (ELM / EDC)');
// EDC shows an image of each credential; a 1×1 PNG stands in for the provider's rendering here.
const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';
const badge = toOpenBadge(mc);
const edc = toElm(mc, { display: { content: png, mediaType: 'image/png' } });
const badgePath = join(dir, 'open-badge.json');
const edcPath = join(dir, 'elm-edc.jsonld');
writeFileSync(badgePath, JSON.stringify(badge, null, 2));
writeFileSync(edcPath, JSON.stringify(edc, null, 2));
console.log(`  Open Badges 3.0 credential written to ${badgePath}`);
console.log(`  ELM European Digital Credential written to ${edcPath}`);
const back = fromElm(edc);
console.log(
  `  read back from ELM: ${back.complete ? 'a complete micro-credential' : `draft, missing ${back.missing}`}`,
);
const reportPath = join(dir, 'recognition-decision.html');
writeFileSync(reportPath, formatStackingDecision(second, { locale: en, format: 'html' }));
console.log(`  HTML report of the recognition decision written to ${reportPath}`);

heading('8. The provider signs the credential (VC-JOSE-COSE and Open Badges 3.0) with a status entry');
const issuerDid = didKeyFromJwk(key.publicJwk);
const kid = `${issuerDid}#${issuerDid.slice('did:key:'.length)}`;
const signedAt = new Date('2025-07-01T09:00:00Z');
let revocations = createStatusList({ purpose: 'revocation', url: 'https://credentials.hs-noordzee.example/status/r1' });
const allocated = allocateStatusEntry(revocations);
revocations = allocated.list;
const issued = { ...mc, issuer: { ...mc.issuer, id: issuerDid }, credentialStatus: [allocated.entry] };
const vcJwt = await signCredential(issued, key, { kid, now: signedAt });
const obJwt = await signCredential(issued, key, { kid, now: signedAt, format: 'ob30-jwt' });
console.log(`  vc+jwt token: ${vcJwt.length} characters, status index ${allocated.entry.statusListIndex} (random)`);
console.log(`  Open Badges 3.0 JWT: ${obJwt.length} characters`);

heading('9. A recognition office verifies it, then sees it revoked');
// The status list is served by the provider; a stand-in fetch serves the signed list here.
const publish = async (list) =>
  (await signStatusListCredential(list, key, { issuer: issuerDid, kid, now: signedAt })).token;
let served = await publish(revocations);
const fetch = async () => new Response(served, { status: 200, headers: { 'content-type': 'application/vc+jwt' } });
const resolver = didKeyResolver();
for (const [label, token] of [
  ['vc+jwt', vcJwt],
  ['OB 3.0', obJwt],
]) {
  const v = await verifyCredential(token, resolver, { now: signedAt, status: { fetch } });
  console.log(
    `  ${label.padEnd(7)} ${v.profile.padEnd(13)} ${text(v.credential.title)} — status ${v.status[0].outcome}`,
  );
}
revocations = setStatus(revocations, allocated.entry.statusListIndex, true);
served = await publish(revocations);
// A holder who edits the signed payload (another learner) and keeps the signature.
const [h, p, sig] = vcJwt.split('.');
const edited = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
edited.credentialSubject.id = 'did:example:someone-else';
const tampered = `${h}.${Buffer.from(JSON.stringify(edited)).toString('base64url')}.${sig}`;
const results = await verifyCredentials([vcJwt, tampered, 'not a token'], resolver, {
  now: signedAt,
  status: { fetch, cache: createStatusListCache() },
});
for (const [i, r] of results.entries()) {
  const label = ['revoked credential', 'altered token', 'garbage'][i];
  console.log(`  ${label.padEnd(20)} ${r.ok ? 'accepted' : `refused: ${r.error.code}`}`);
}

heading('10. The same credential as an Open Badge with an embedded Data Integrity proof');
// eddsa-rdfc-2022 over the OB 3.0 JSON-LD: what wallets such as the DCC Learner Credential Wallet hold.
const diBadge = await signDataIntegrityCredential({ ...mc, issuer: { ...mc.issuer, id: issuerDid } }, key, {
  created: signedAt,
});
const checked = await verifyDataIntegrityCredential(diBadge, resolver, { now: signedAt, status: false });
console.log(`  ${checked.suite} proof by ${checked.verificationMethod.slice(0, 40)}…`);
console.log(`  verified offline against pinned contexts: ${text(checked.credential.title)}`);
const undefinedTerm = { ...diBadge, awardedTo: 'someone else' };
try {
  await verifyDataIntegrityCredential(undefinedTerm, resolver, { now: signedAt, status: false });
} catch (error) {
  console.log(`  a member no context defines, added after signing: refused with ${error.code}`);
}

heading('Summary');
console.log(`  completeness report (HTML): ${htmlPath}`);
console.log(`  recognition decision (HTML): ${reportPath}`);
console.log('\nDone.');
