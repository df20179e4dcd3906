import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The library in a real browser: Debian's Chromium, driven headless by playwright-core, loading a page
 * bundled with esbuild from the built package. Nothing is polyfilled: WebCrypto and the DOM are the
 * browser's own. Needs /usr/bin/chromium (`apt-get install -y chromium`).
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('../../reports/browser/', import.meta.url));
const EXAMPLE = readFileSync(new URL('../../examples/data/micro-credential.json', import.meta.url), 'utf8');

let server: Server;
let browser: Browser;
let origin: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    // Resolve the package by its name to the built files, as a bundler in a user's project would.
    plugins: [
      {
        name: 'microcred-dist',
        setup(b) {
          b.onResolve({ filter: /^microcred(\/.*)?$/ }, (args) => {
            const sub = args.path === 'microcred' ? '' : `${args.path.slice('microcred/'.length)}/`;
            return { path: fileURLToPath(new URL(`../../dist/${sub}index.js`, import.meta.url)) };
          });
        },
      },
    ],
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>microcred</title></head>
<body><script>window.__example = ${JSON.stringify(EXAMPLE)};</script><script type="module" src="/page.js"></script></body></html>`;
  server = createServer((req, res) => {
    if (req.url === '/page.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('microcred in Chromium', () => {
  it('parses, validates, sums credits, signs, revokes and verifies with WebCrypto in the page', async () => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__results !== undefined || window.__error !== undefined, undefined, {
      timeout: 30_000,
    });
    const error = await page.evaluate(() => window.__error);
    expect(error).toBeUndefined();
    const results = await page.evaluate(() => window.__results);
    expect(results).toEqual({
      title: 'Data Literacy for Public Administration',
      country: 'Netherlands',
      draftIssues: 10,
      draftIsTyped: true,
      total: '15',
      keyCrv: 'P-256',
      schemaId: 'https://w3id.org/microcred/schemas/v0/MicroCredential.json',
      completeVerdict: 'complete',
      partialVerdict: 'incomplete',
      reportLang: 'de',
      reportRows: 16,
      reportScripts: 0,
      reportBold: 0,
      jwtProfile: 'vc-jose-cose',
      jwtStatus: 'valid',
      jwtRevoked: 'ERR_CREDENTIAL_REVOKED',
    });
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: `${OUT}page.png`, fullPage: true });
    // The completeness report rendered in German, kept as a test artefact.
    const report = page.frameLocator('#report');
    await expect(report.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(report.locator('table').count()).resolves.toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.locator('#report').screenshot({ path: `${OUT}report.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
