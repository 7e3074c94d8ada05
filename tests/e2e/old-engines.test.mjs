// The support matrix, tested in real old engines: Chromium 80 and 92 (the cores of 信创 office
// browsers and WeChat's in-app browser), shipped by chrome-aws-lambda and driven by the
// puppeteer-core of their time (old-chromium.mjs). In each, a first-time Nanjing 小巨人 gets its
// ¥1,000,000 in the standalone page, the iframe widget, the in-page (shadow-root) widget and the
// single-file build; the JS API package says which engines it needs; office mode (office.html) reads a
// register with its JavaScript worker, from the server and from a folder, and its totals are
// `srdi batch`'s to the fen. Then, in today's Chromium:
// with WebAssembly removed the page still computes (the same Rust code compiled to JavaScript),
// and where even that cannot run the page says so.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { ENGINES, launch } from './old-chromium.mjs';
import { AS_OF, KINDS, register, batch } from './office-registers.mjs';
import { readXlsx } from './xlsx.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const MILLION = '100 万元';
const servers = [];
async function site() {
  const s = await serve(DIST);
  servers.push(s);
  return `http://127.0.0.1:${s.address().port}/`;
}
after(() => { for (const s of servers) s.close(); });

/** A page in an old engine that records page errors and what it fetched. */
async function open(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, errors, requests };
}

// The calculator's elements, found from the page through an iframe or a shadow root.
const IN = {
  page: 'document',
  frame: "document.querySelector('#framed iframe').contentDocument",
  inline: "document.querySelector('#inline srdi-calculator').shadowRoot",
};
const el = (page, where, sel) => page.evaluateHandle(new Function(`return ${IN[where]}.querySelector(${JSON.stringify(sel)})`));
const waitFor = (page, where, sel) => page.waitForFunction(new Function(`var r = ${IN[where]}; return !!(r && r.querySelector(${JSON.stringify(sel)}))`), { timeout: 60000 });
const text = (page, where, sel) => page.evaluate(new Function(`var e = ${IN[where]}.querySelector(${JSON.stringify(sel)}); return e ? e.textContent : null`));

/** Fills the form as a person does and waits for the total; returns it. */
async function firstTimeLittleGiant(page, where) {
  await waitFor(page, where, '#f-city');
  for (const [sel, value] of [['#f-city', 'nanjing'], ['#f-size', 'small']]) {
    await page.evaluate(new Function('v', `var s = ${IN[where]}.querySelector(${JSON.stringify(sel)}); s.value = v;
      s.dispatchEvent(new Event('input', { bubbles: true })); s.dispatchEvent(new Event('change', { bubbles: true }));`), value);
  }
  await waitFor(page, where, '#f-talent-graduates_phd');
  // Key by key, with a person's pauses: a loan of 1000万 (every prefix is a valid amount).
  const loan = await el(page, where, '#f-finance-equipment_loan_yuan');
  await loan.type('1000万', { delay: 50 });
  // The title year key by key too: its prefixes (2, 20, 202) are not years, and the field must keep
  // every key anyway (issue 12: the input is never re-created while typed into).
  const year = await el(page, where, '#f-titles-little_giant');
  await year.type('2026', { delay: 50 });
  await page.waitForFunction(new Function('want', `var d = ${IN[where]}.querySelector('.total.main dd'); return d && d.textContent === want`), { timeout: 30000 }, MILLION);
  assert.equal(await page.evaluate(new Function(`return ${IN[where]}.querySelector('#f-finance-equipment_loan_yuan').value`)), '1000万', 'every key stayed');
  assert.equal(await page.evaluate(new Function(`return ${IN[where]}.querySelector('#f-titles-little_giant').value`)), '2026', 'every key of the year stayed');
  assert.match(await text(page, where, '[data-rule="nanjing.5.little_giant_award"]'), /100 万元/);
  return text(page, where, '.total.main dd');
}

/**
 * Office mode as a clerk uses it, in an old engine: opens office.html, picks the register in the file
 * input, maps the little giant's column by hand, runs, and gives the page's totals in fen, its firm
 * count, what was requested after the page loaded, and its errors.
 */
async function officeRun(browser, url, file, { before = null } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // An old engine says once that it does not know 'wasm-unsafe-eval' in the CSP (and ignores it).
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/wasm-unsafe-eval/.test(m.text())) errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  if (before) await page.evaluateOnNewDocument(before);
  await page.goto(url, { waitUntil: 'load' });
  const requests = [];
  page.on('request', (r) => { if (!/^(blob|data):/.test(r.url())) requests.push(r.url()); });
  await page.evaluate((d) => { const i = document.getElementById('as-of'); i.value = d; i.dispatchEvent(new Event('change', { bubbles: true })); }, AS_OF);
  // The file input given the register as the browser's own file chooser does (puppeteer 2's uploadFile
  // would fetch a data: address from the page, which the page's CSP forbids).
  const input = await page.$('#file');
  await page._client.send('DOM.setFileInputFiles', { objectId: input._remoteObject.objectId, files: [file] });
  await page.waitForSelector('#map:not([hidden]) #map-table tbody tr', { timeout: 120000 });
  // The column the form does not name, mapped by hand.
  const column = await page.evaluate(() => [...document.querySelectorAll('#map-table tbody tr')].findIndex((r) => r.querySelector('th').textContent === '国家级小巨人首次认定'));
  assert.ok(column >= 0, 'the register has the column to map by hand');
  await page.select(`select[data-column="${column}"]`, 'titles.little_giant');
  await page.waitForFunction((i) => document.querySelectorAll('#map-table tbody tr')[i].lastChild.textContent.includes('手动或载入'), { timeout: 60000 }, column);
  await page.click('#run');
  await page.waitForSelector('#results:not([hidden])', { timeout: 300000 });
  await page.waitForFunction(() => document.querySelectorAll('#steps tbody tr').length > 0, { timeout: 60000 });
  const got = await page.evaluate(() => ({
    engine: document.body.dataset.engine,
    fen: Object.fromEntries([...document.querySelectorAll('#totals dd[data-kind]')].map((d) => [d.dataset.kind, Number(d.dataset.fen)])),
    staffTotal: Number(document.getElementById('totals').dataset.staffTotal),
    firms: Number(document.getElementById('counts').dataset.firms),
    bad: Number(document.getElementById('counts').dataset.bad),
    check: document.getElementById('check').textContent,
    runMs: Number(document.body.dataset.runMs),
  }));
  return { page, errors, warnings, requests, ...got };
}

/** The totals equal `srdi batch`'s over the same register, fen for fen. */
function sameAsBatch(got, expected) {
  assert.deepEqual({ firms: got.firms, bad: got.bad }, { firms: expected.firms, bad: expected.bad });
  for (const k of KINDS) assert.equal(got.fen[k], expected[k], k);
  assert.equal(got.staffTotal, expected.staff_total);
  assert.ok(got.fen.one_off > 0 && got.fen.annual > 0, JSON.stringify(got.fen));
}

for (const engine of ENGINES) {
  let browser;
  const start = async () => { browser = browser || await launch(engine); return browser; };
  after(async () => { await browser?.close(); });

  test(`${engine.name}: the standalone page computes the ¥1,000,000 award with the JavaScript build, under the strict CSP`, async () => {
    const base = await site();
    const { page, errors, requests } = await open(await start(), base);
    assert.equal(await firstTimeLittleGiant(page, 'page'), MILLION);
    assert.match(await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content), /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.ok(requests.some((u) => /srdi-web-legacy-[0-9a-f]+\.js$/.test(u)), 'the old-engine build was loaded');
    assert.deepEqual(requests.filter((u) => /_bg\.wasm$/.test(u)), [], 'the wasm build is not fetched by an engine that cannot run it');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${engine.name}: what loads on first use (exports, the card's QR code) runs as JavaScript too, fetched only when asked`, async () => {
    const base = await site();
    const { page, errors, requests } = await open(await start(), base + '#v=2&city=nanjing&size=small&titles.little_giant=2026&as_of=2026-12-04');
    await page.waitForFunction((want) => document.querySelector('.total.main dd')?.textContent === want, { timeout: 60000 }, MILLION);
    assert.deepEqual(requests.filter((u) => /srdi-extras/.test(u)), [], 'not fetched with the page');
    // The card: its QR code is made by the first-use part, then the print dialog opens (stubbed).
    await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
    await page.click('#print');
    await page.waitForFunction(() => window.printed === 1 && !!document.querySelector('.card-link svg.qr path'), { timeout: 60000 });
    // The exports, as the page calls them.
    const csv = await page.evaluate(() => window.__srdiBoot.extras().then((m) => m.csv('v=2&city=nanjing&size=small&titles.little_giant=2026', '2026-12-04', 'zh')));
    assert.match(csv, /nanjing\.5\.little_giant_award/);
    assert.ok(requests.some((u) => /srdi-extras-legacy-[0-9a-f]+\.js$/.test(u)), 'the JavaScript build of the first-use part');
    assert.deepEqual(requests.filter((u) => /srdi-extras-[0-9a-f]+_bg\.wasm$/.test(u)), [], 'not its wasm build');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${engine.name}: the iframe and in-page widgets of the demo host page both compute it`, async () => {
    const base = await site();
    const { page, errors } = await open(await start(), base + 'embed-demo.html');
    assert.equal(await firstTimeLittleGiant(page, 'frame'), MILLION);
    assert.equal(await firstTimeLittleGiant(page, 'inline'), MILLION);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${engine.name}: after two visits the service worker keeps the JavaScript build, and the page computes offline`, async () => {
    const s = await serve(DIST);
    const url = `http://127.0.0.1:${s.address().port}/`;
    const { page, errors } = await open(await start(), url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // The first visit ran before the worker; the second fetches the JavaScript build through it.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null && window.wasmBindings);
    const cached = await page.evaluate(() => caches.keys().then((k) => caches.open(k[0])).then((c) => c.keys()).then((rs) => rs.map((r) => r.url)));
    assert.ok(cached.some((u) => /srdi-web-legacy-[0-9a-f]+\.js$/.test(u)), `cached: ${cached.join(' ')}`);
    await new Promise((r) => { s.closeAllConnections(); s.close(r); });
    await page.reload();
    // Offline, from the worker's cache: once the calculator has started. (Keys pressed in the few
    // milliseconds while this engine's JavaScript build takes over the page can still be lost here:
    // an open problem noted on issue 16, not what this test is about.)
    await page.waitForSelector('#srdi-app:not([data-booting])', { timeout: 60000 });
    assert.equal(await firstTimeLittleGiant(page, 'page'), MILLION);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${engine.name}: the JS API package (dist-js, scripts/package-js.sh) refuses with a message naming the engines it supports`, async () => {
    const s = await serve(new URL('../../dist-js/', import.meta.url).pathname);
    servers.push(s);
    const { page, errors } = await open(await start(), `http://127.0.0.1:${s.address().port}/srdi-calc/package.json`);
    const got = await page.evaluate(() => import('./index.js').then((m) => m.default().then(() => 'started', (e) => e.message), (e) => 'import failed: ' + e));
    assert.match(got, /^srdi-calc: this engine's WebAssembly lacks reference types; supported: Chrome\/Edge 96\+, Firefox 79\+, Safari 15\+/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${engine.name}: the single-file build computes it from file://`, async () => {
    const file = 'file://' + path.join(DIST, 'srdi-calc-offline.html');
    const { page, errors, requests } = await open(await start(), file);
    assert.equal(await firstTimeLittleGiant(page, 'page'), MILLION);
    assert.deepEqual(requests.filter((u) => u !== file && !u.startsWith('data:')), [], 'no request');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${engine.name}: office mode reads a 1,000-row GBK register with its JavaScript worker; the totals and the workbook are srdi batch's to the fen; no request after load`, async () => {
    const base = await site();
    const r = await officeRun(await start(), `${base}office.html`, register(1000, 'gbk'));
    assert.equal(r.engine, 'js', 'the JavaScript worker (this engine cannot run the wasm under the CSP)');
    const expected = batch(register(1000, 'batch'));
    assert.equal(expected.bad, 20);
    sameAsBatch(r, expected);
    assert.match(r.check, /二〇二三.*不是年份/);
    // The workbook, written by the JavaScript build and read back.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srdi-office-old-'));
    await r.page._client.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await r.page.click('#dl-xlsx');
    const name = `专精特新测算-全区名单-${AS_OF}.xlsx`;
    for (let i = 0; i < 600 && !fs.existsSync(path.join(dir, name)); i++) await new Promise((ok) => setTimeout(ok, 100));
    const book = readXlsx(fs.readFileSync(path.join(dir, name)));
    assert.deepEqual(Object.keys(book), ['企业明细', '合计', '一步之遥', '数据检查']);
    assert.equal(book['企业明细'].length, 1 + expected.firms);
    assert.equal(Math.round(book['合计'][1][3] * 100), expected.one_off);
    assert.equal(Math.round(book['合计'][1][4] * 100), expected.annual);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(r.requests, [], 'nothing requested after the page loaded');
    assert.deepEqual(r.errors, []);
    console.log(`# ${engine.name}: office mode, 1,000 rows run in ${r.runMs} ms (JavaScript worker)`);
    await r.page.close();
  });

  test(`${engine.name}: office mode from a folder (file://), and the JavaScript worker taken over when the wasm one cannot start`, async () => {
    const file = 'file://' + path.join(DIST, 'office.html');
    // The page's probe told this engine can run the wasm (it cannot: no reference types), so the wasm
    // worker is tried first; the page must fall back to the JavaScript worker with the same file.
    const r = await officeRun(await start(), file, register(200, 'utf8'), {
      before: () => { WebAssembly.validate = () => true; WebAssembly.Module = function Module() {}; },
    });
    assert.equal(r.engine, 'js', 'fell back to the JavaScript worker');
    assert.ok(r.warnings.some((w) => /the wasm worker did not start/.test(w)), `the wasm worker was tried first: ${r.warnings.join(' | ')}`);
    sameAsBatch(r, batch(register(200, 'batch')));
    assert.deepEqual(r.requests, []);
    assert.deepEqual(r.errors, []);
    await r.page.close();
  });
}

// Today's Chromium, as in the other browser tests.
let modern;
const chrome = async () => {
  modern = modern || await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  return modern;
};
after(async () => { await modern?.close(); });

async function openModern(url, { noWasm = false, route = null } = {}) {
  const context = await (await chrome()).newContext({ viewport: { width: 390, height: 844 } });
  if (noWasm) await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  if (route) await page.route(route.match, route.handle);
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, context, errors, requests };
}

test('today\'s Chromium loads only the wasm build; the JavaScript build is never fetched', async () => {
  const { page, context, errors, requests } = await openModern(await site());
  await page.waitForFunction(() => window.wasmBindings);
  await page.fill('#f-titles-little_giant', '2026');
  await page.selectOption('#f-city', 'nanjing');
  await page.waitForFunction((want) => document.querySelector('.total.main dd')?.textContent === want, MILLION);
  assert.ok(requests.some((u) => /srdi-web-[0-9a-f]+_bg\.wasm$/.test(u)));
  assert.deepEqual(requests.filter((u) => /legacy/.test(u)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with WebAssembly removed, the page and the in-page widget still compute, with the same Rust code as JavaScript', async () => {
  const base = await site();
  const { page, context, errors, requests } = await openModern(base, { noWasm: true });
  await page.selectOption('#f-city', 'nanjing');
  await page.selectOption('#f-size', 'small');
  await page.fill('#f-titles-little_giant', '2026');
  await page.waitForFunction((want) => document.querySelector('.total.main dd')?.textContent === want, MILLION);
  assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
  assert.ok(requests.some((u) => /srdi-web-legacy-[0-9a-f]+\.js$/.test(u)));
  const demo = await context.newPage();
  await demo.goto(base + 'embed-demo.html');
  const shadow = demo.locator('#inline srdi-calculator');
  await shadow.locator('#f-city').selectOption('nanjing');
  await shadow.locator('#f-titles-little_giant').fill('2026');
  await demo.waitForFunction((want) => document.querySelector('#inline srdi-calculator').shadowRoot.querySelector('.total.main dd')?.textContent === want, MILLION);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The plain message, not a form that answers 0. */
async function assertMessage(root) {
  const message = root.locator('[data-srdi-unsupported]');
  await message.waitFor({ timeout: 30000 });
  assert.match(await message.textContent(), /此浏览器无法运行计算器.*This browser cannot run the calculator/s);
  assert.match(await message.textContent(), /Chrome.*80.*Firefox 78.*Safari 14/s);
  assert.equal(await root.locator('#f-city').count(), 0, 'no form left to type into');
  assert.equal(await root.locator('.total').count(), 0, 'no total of 0');
  return message;
}

test('where neither build can run (no WebAssembly and the JavaScript build does not parse), the page says so in Chinese and English and offers the offline file and the address', async () => {
  const base = await site();
  // An engine that cannot parse the old-engine build: serve it as such an engine would read it.
  const route = { match: /srdi-web-legacy-[0-9a-f]+\.js$/, handle: (r) => r.fulfill({ contentType: 'text/javascript', body: 'export const x = 1 +;' }) };
  const { page, context } = await openModern(base, { noWasm: true, route });
  const message = await assertMessage(page);
  assert.equal(await message.locator('a[download]').getAttribute('href'), './srdi-calc-offline.html');
  assert.equal(await message.locator('[data-srdi-open]').getAttribute('href'), base);
  assert.match(await message.locator('[data-srdi-why]').textContent(), /\S/);
  // The in-page widget says the same in its shadow root.
  const demo = await context.newPage();
  await demo.route(route.match, route.handle);
  await demo.goto(base + 'embed-demo.html');
  const inline = await assertMessage(demo.locator('#inline srdi-calculator'));
  assert.equal(await inline.locator('a[download]').getAttribute('href'), base + 'srdi-calc-offline.html');
  await context.close();
});

test('a script error in the boot, before the calculator starts, gives the same message', async () => {
  const context = await (await chrome()).newContext();
  // An engine whose WebAssembly object breaks the boot's own script where it starts.
  await context.addInitScript(() => { Object.defineProperty(window, 'WebAssembly', { get() { throw new Error('boom: no engine here'); } }); });
  const page = await context.newPage();
  await page.goto(await site());
  const message = await assertMessage(page);
  assert.match(await message.locator('[data-srdi-why]').textContent(), /boom: no engine here/);
  await context.close();
});
