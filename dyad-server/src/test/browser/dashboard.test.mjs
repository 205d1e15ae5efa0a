// Browser tests of the dashboard in real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.
// Starts `./dyad demo --port 0` (the example article in a fresh store), then: codes the example article in the
// "Code an article" tab and checks the Biden–Xi call is highlighted; opens the US–China relation and checks the
// timeline has bars and that a click lists events with evidence; checks the events table, network and map draw.
// Screenshots go to dyad-server/target/screenshots. Run: node --test dashboard.test.mjs (or npm test).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..', '..', '..');
const SHOTS = join(REPO, 'dyad-server', 'target', 'screenshots');
const EXAMPLE = readFileSync(join(REPO, 'examples', '2024-04-04-us-china-call.txt'), 'utf8');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let server;
let address;
let browser;
let profile;
let page;
const problems = [];

function startDemo() {
  return new Promise((resolvePromise, reject) => {
    server = spawn(join(REPO, 'dyad'), ['demo', '--port', '0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('dyad demo did not print its address within 600 s')), 600_000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/dashboard and API at (http:\/\/\S+\/)/);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`dyad demo exited with ${code} before serving`)));
  });
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  address = await startDemo();
  profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
  // A fresh profile: Playwright passes it to Chromium as --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  // Nothing may come from outside the server: no CDN, no tiles, no fonts.
  page.on('request', (request) => {
    if (!request.url().startsWith(address) && !request.url().startsWith('data:')) problems.push(`outside request: ${request.url()}`);
  });
}, { timeout: 660_000 });

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  server?.kill('SIGTERM');
});

test('the example article is coded and the Biden–Xi call is highlighted', { timeout: 300_000 }, async () => {
  await page.goto(`${address}#code`);
  await page.fill('#code-text', EXAMPLE);
  assert.equal(await page.inputValue('#code-date'), '2024-04-04', 'the date line sets the date');
  await page.click('#code-run');
  await page.waitForSelector('#code-events li', { timeout: 240_000 });
  const call = page.locator('#code-events li', { hasText: '041 Discuss by telephone' }).first();
  assert.match(await call.innerText(), /Biden|USAGOV/);
  assert.match(await call.innerText(), /CHNGOV/);
  const trigger = page.locator('#code-article mark.trigger', { hasText: 'talked' }).first();
  assert.equal(await trigger.count(), 1, 'the trigger "talked" is marked');
  assert.match(await trigger.getAttribute('class'), /\bqc1\b/, 'in the colour of verbal cooperation');
  const actors = await page.locator('#code-article mark.actor').allInnerTexts();
  assert.ok(actors.some((text) => text.includes('Biden')), `Biden is marked as an actor: ${actors.join(' | ')}`);
  assert.ok(actors.some((text) => text.includes('Xi')), 'Xi is marked as an actor');
  await call.click();
  assert.ok(await page.locator('#code-article mark.focus').count() > 0, 'clicking the event marks its evidence');
  await page.screenshot({ path: join(SHOTS, '1-code.png'), fullPage: true });
});

test('the US–China relation has a timeline, and a period lists its events with evidence', { timeout: 60_000 }, async () => {
  // The tab opens on the United States and China by month, and draws them when first opened.
  assert.deepEqual([await page.inputValue('#rel-a'), await page.inputValue('#rel-b'), await page.inputValue('#rel-by')],
    ['USA', 'CHN', 'month']);
  await Promise.all([page.waitForResponse((response) => response.url().includes('/api/relations')),
    page.click('#tabs button[data-tab="relations"]')]);
  await page.waitForSelector('#rel-chart svg rect.bar');
  assert.ok(await page.locator('#rel-chart svg rect.bar').count() >= 3, 'several bars');
  assert.ok(await page.locator('#rel-chart svg circle.goldstein').count() >= 3, 'Goldstein points');
  await page.locator('#rel-chart g.period:has(rect.bar)').last().click();
  await page.waitForSelector('#rel-events li .evidence');
  assert.match(await page.locator('#rel-period-title').innerText(), /USA and CHN, 2024-/);
  await page.screenshot({ path: join(SHOTS, '2-relations.png'), fullPage: true });
});

test('the events table filters, sorts and pages', { timeout: 60_000 }, async () => {
  await page.click('#tabs button[data-tab="events"]');
  await page.waitForSelector('#ev-table tbody tr');
  // The count is whatever the demo stored; the coder's lexicon grows, so only its order of magnitude is fixed.
  const total = Number(/of (\d+)/.exec(await page.locator('#ev-page').innerText())[1]);
  assert.ok(total >= 15, `the demo article gives many events, not ${total}`);
  await page.fill('#ev-form input[name="actor"]', 'RUS');
  await page.click('#ev-form button[type="submit"]');
  await page.waitForFunction((all) => !new RegExp(`of ${all}$`).test(document.getElementById('ev-page').textContent.trim()), total);
  const rows = await page.locator('#ev-table tbody tr').allInnerTexts();
  assert.ok(rows.length > 0 && rows.every((row) => /RUS/.test(row)), 'only events with Russia');
  await page.click('#ev-table th[data-sort="goldstein"]');
  await page.locator('#ev-table tbody tr').first().click();
  await page.waitForSelector('#ev-detail .evidence');
  await page.screenshot({ path: join(SHOTS, '3-events.png'), fullPage: true });
});

test('the network and the map draw', { timeout: 60_000 }, async () => {
  await page.click('#tabs button[data-tab="network"]');
  await page.waitForSelector('#net-chart svg path.edge');
  await page.screenshot({ path: join(SHOTS, '4-network.png'), fullPage: true });
  await page.click('#tabs button[data-tab="map"]');
  await page.waitForSelector('#map-chart svg circle.place');
  assert.ok(await page.locator('#map-chart svg path.country').count() > 150, 'the country shapes are drawn');
  await page.screenshot({ path: join(SHOTS, '5-map.png'), fullPage: true });
  assert.deepEqual(problems, [], 'no script errors and nothing fetched from outside');
});
