// Browser tests of embedding and offline use: the calculator on one localhost port, host pages on
// another, a third origin as the attacker; the service worker; the single-file build from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const HOSTS = fs.mkdtempSync(path.join(os.tmpdir(), 'srdi-hosts-'));
let calc, host, evil, browser, CALC, HOST, EVIL;

// A host page with CSS meant to break anything it can reach.
const HOSTILE_CSS = `
  html { font-size: 8px; } * { color: lime !important; font-family: serif !important; letter-spacing: 3px !important; }
  div { border: 3px dotted red !important; } button { display: none !important; } .total, .layout, .top { display: none !important; }
  h1 { font-size: 50px; margin: 0; } .skip { position: static; }`;

function page(name, body, css = '') {
  fs.writeFileSync(path.join(HOSTS, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><style>${css}</style></head>
<body><h1 class="top">Host page</h1><button class="layout" id="host-button">Host button</button>${body}</body></html>`);
}

before(async () => {
  calc = await serve(DIST);
  host = await serve(HOSTS);
  evil = await serve(HOSTS, 0, 'localhost');
  CALC = `http://127.0.0.1:${calc.address().port}/`;
  HOST = `http://127.0.0.1:${host.address().port}/`;
  EVIL = `http://localhost:${evil.address().port}/`;
  page('frame.html', `<div id="w" data-srdi-calculator data-city="nanjing" data-lang="zh" data-result-purpose="预填申报表"></div>
    <iframe id="evil" src="${EVIL}evil.html" title="third party"></iframe><script src="${CALC}embed.js"></script>`);
  fs.writeFileSync(path.join(HOSTS, 'evil.html'), `<!doctype html><title>evil</title><script>
    window.forge = () => {
      parent.postMessage({ type: 'srdi:resize', height: 5 }, '*');
      parent.postMessage({ type: 'srdi:result', detail: { forged: true, totals: {} } }, '*');
      for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage({ type: 'srdi:options', options: { lang: 'en', city: 'huaian' } }, '*');
    };</script>`);
  page('early.html', `<div id="w"></div><script src="${CALC}embed.js"></script>
    <script>SrdiCalc.frame(document.getElementById('w'), { city: 'suzhou' }).update({ lang: 'en' });</script>`);
  page('inline.html', `<div id="w"></div><script src="${CALC}embed.js"></script>`, HOSTILE_CSS);
  page('hostile.html', `<div id="w" data-srdi-calculator data-city="<img src=x onerror=alert(1)>" data-lang="${'x'.repeat(100000)}"
    data-theme="red;}</style><script>alert(2)</script>" data-sections="<script>alert(3)</script>" data-result-purpose="<img src=x onerror=alert(4)>"></div>
    <script src="${CALC}embed.js"></script>`);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});
after(async () => { await browser?.close(); calc?.close(); host?.close(); evil?.close(); fs.rmSync(HOSTS, { recursive: true, force: true }); });

async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const p = await context.newPage();
  const errors = [], requests = [], dialogs = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('request', (r) => requests.push(r.url()));
  p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await p.goto(url);
  return { p, context, errors, requests, dialogs };
}

const frameOf = async (p) => {
  const handle = await p.waitForSelector('#w iframe');
  const f = await handle.contentFrame();
  await f.waitForSelector('#f-city', { timeout: 30000 });
  return f;
};
const frameHeight = (p) => p.$eval('#w iframe', (i) => i.getBoundingClientRect().height);

test('iframe: two lines of HTML embed the calculator, which resizes to its results', async () => {
  const { p, context, errors, requests } = await open(HOST + 'frame.html');
  const f = await frameOf(p);
  assert.equal(await f.$eval('#f-city', (s) => s.value), 'nanjing', 'data-city preset');
  await p.waitForFunction(() => document.querySelector('#w iframe').getBoundingClientRect().height !== 760);
  const fits = async () => {
    const inner = await f.evaluate(() => document.documentElement.scrollHeight);
    return Math.abs(inner - (await frameHeight(p))) <= 2;
  };
  await p.waitForFunction(async () => true);
  for (let i = 0; i < 50 && !(await fits()); i++) await p.waitForTimeout(100);
  assert.ok(await fits(), 'iframe height follows its content');
  const small = await frameHeight(p);
  await f.fill('#f-titles-little_giant', '2026');
  await f.fill('#f-talent-graduates_phd', '2');
  await f.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  // The services are collapsed under the money; opening them makes the content taller.
  await f.click('details.services > summary');
  for (let i = 0; i < 50 && (await frameHeight(p)) <= small; i++) await p.waitForTimeout(100);
  assert.ok((await frameHeight(p)) > small, `iframe grew with the results (${small} → ${await frameHeight(p)})`);
  for (let i = 0; i < 50 && !(await fits()); i++) await p.waitForTimeout(100);
  assert.ok(await fits());
  // And shrinks when the results do.
  const big = await frameHeight(p);
  await f.selectOption('#f-city', 'outside_jiangsu');
  for (let i = 0; i < 50 && (await frameHeight(p)) >= big; i++) await p.waitForTimeout(100);
  assert.ok((await frameHeight(p)) < big, `iframe shrank with the results (${big} → ${await frameHeight(p)})`);
  await f.selectOption('#f-city', 'nanjing');
  await f.waitForSelector('#f-talent-graduates_phd');
  await f.fill('#f-titles-little_giant', '2026');
  await f.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  // Nothing went anywhere but the calculator's and the host's own origins, and nothing at all
  // once the calculator was loaded (typing computes on the device).
  const foreign = requests.filter((u) => !u.startsWith(CALC) && !u.startsWith(HOST) && !u.startsWith(EVIL));
  assert.deepEqual(foreign, []);
  const settled = requests.length;
  await f.fill('#f-titles-single_champion', '2025');
  await f.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '400 万元');
  await p.waitForTimeout(300);
  assert.deepEqual(requests.slice(settled), [], 'no request after load');
  assert.equal(await f.evaluate(() => document.cookie + localStorage.length), '0', 'no cookie, nothing stored');
  assert.deepEqual(errors, []);
  await context.close();
});

test('iframe: results reach the host only after the user presses send; forged messages are ignored', async () => {
  const { p, context, dialogs } = await open(HOST + 'frame.html');
  await p.evaluate(() => {
    window.got = [];
    document.getElementById('w').addEventListener('srdi:result', (e) => window.got.push(e.detail));
  });
  const f = await frameOf(p);
  await f.fill('#f-titles-little_giant', '2026');
  await f.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  // A third origin forges a resize, a result and an options update; the host page forges a result too.
  const heightBefore = await frameHeight(p);
  const evilFrame = await (await p.waitForSelector('#evil')).contentFrame();
  await evilFrame.waitForFunction(() => typeof window.forge === 'function');
  await evilFrame.evaluate(() => window.forge());
  await p.evaluate(() => window.postMessage({ type: 'srdi:result', detail: { forged: 'self' } }, '*'));
  await p.waitForTimeout(500);
  assert.deepEqual(await p.evaluate(() => window.got), [], 'no result without the user, none forged');
  assert.equal(await frameHeight(p), heightBefore, 'a forged resize is ignored');
  assert.equal(await f.$eval('html', (h) => h.lang), 'zh-CN', 'a forged options message is ignored');
  assert.equal(await f.$eval('#f-city', (s) => s.value), 'nanjing');
  // The button says what is sent and to whom; pressing it sends once.
  const label = await f.textContent('#send-to-host');
  assert.match(label, new RegExp(`发送给 ${HOST.slice(0, -1).replace(/[.:/]/g, '\\$&')}`));
  assert.match(await f.textContent('.send'), /预填申报表/);
  await f.click('#send-to-host');
  await p.waitForFunction(() => window.got.length === 1);
  const got = (await p.evaluate(() => window.got))[0];
  assert.equal(got.totals.exact_one_off_fen, 100_000_000);
  assert.equal(got.profile.titles.little_giant, 2026);
  assert.ok(got.items.some((i) => i.rule_id === 'nanjing.5.little_giant_award'));
  // The host can update options through the handle.
  await p.evaluate(() => document.getElementById('w').srdiCalculator.update({ lang: 'en' }));
  await f.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('iframe: options sent before the calculator is running are applied once it is', async () => {
  const { p, context, errors } = await open(HOST + 'early.html');
  const f = await frameOf(p);
  await f.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await f.$eval('#f-city', (s) => s.value), 'suzhou');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in-page: host CSS cannot reach into the widget, widget CSS does not leak, destroy leaves nothing', async () => {
  const { p, context, errors, requests } = await open(HOST + 'inline.html');
  const hostStyle = () => p.evaluate(() => {
    const pick = (el) => { const s = getComputedStyle(el); return [s.color, s.fontFamily, s.fontSize, s.display, s.border, s.padding, s.background].join('|'); };
    return [pick(document.body), pick(document.querySelector('h1')), pick(document.getElementById('host-button'))];
  });
  const before = await hostStyle();
  const htmlBefore = await p.$eval('#w', (w) => w.outerHTML);
  await p.evaluate(() => { window.calc = SrdiCalc.mount(document.getElementById('w'), { city: 'nanjing', lang: 'zh' }); return window.calc.ready; });
  const inside = (sel, fn) => p.evaluate(([sel, fn]) => {
    const el = document.querySelector('srdi-calculator').shadowRoot.querySelector(sel);
    return el && new Function('el', 's', fn)(el, getComputedStyle(el));
  }, [sel, fn]);
  await p.waitForFunction(() => document.querySelector('srdi-calculator')?.shadowRoot.querySelector('#f-titles-little_giant'));
  // Type as a user would, into the shadow DOM.
  await p.locator('srdi-calculator #f-titles-little_giant').fill('2026');
  await p.waitForFunction(() => document.querySelector('srdi-calculator').shadowRoot.querySelector('.total.main dd')?.textContent === '100 万元');
  assert.equal(await inside('.total.main dd', 'return s.color'), 'rgb(166, 27, 41)', 'our accent, not the host\'s lime');
  assert.equal(await inside('.srdi', 'return s.fontSize'), '16px', 'the host\'s 8px root does not shrink us');
  assert.notEqual(await inside('.total.main', 'return s.display'), 'none');
  assert.notEqual(await inside('button', 'return s.display'), 'none');
  assert.doesNotMatch(await inside('.srdi', 'return s.fontFamily'), /^serif$/);
  assert.equal(await inside('.layout', 'return s.borderTopStyle'), 'none');
  assert.deepEqual(await hostStyle(), before, 'the host page looks the same with the widget in it');
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'en', 'the host\'s <html lang> is untouched');
  assert.equal(await p.evaluate(() => location.hash), '', 'the host\'s URL is untouched');
  assert.equal(await p.evaluate(() => localStorage.length + document.cookie.length), 0, 'nothing stored in the host\'s origin');
  const settled = requests.length;
  await p.locator('srdi-calculator #f-titles-single_champion').fill('2025');
  await p.waitForFunction(() => document.querySelector('srdi-calculator').shadowRoot.querySelector('.total.main dd')?.textContent === '400 万元');
  await p.waitForTimeout(300);
  assert.deepEqual(requests.slice(settled), [], 'no request after load');
  // update() and destroy().
  await p.evaluate(() => window.calc.update({ lang: 'en' }));
  await p.waitForFunction(() => document.querySelector('srdi-calculator').shadowRoot.querySelector('h1')?.textContent.includes('SRDI'));
  await p.evaluate(() => window.calc.destroy());
  assert.equal(await p.$eval('#w', (w) => w.outerHTML), htmlBefore, 'destroy leaves no DOM behind');
  assert.equal(await p.evaluate(() => document.querySelectorAll('srdi-calculator').length), 0);
  // Mount again: it still works (the module is loaded once).
  await p.evaluate(() => SrdiCalc.mount(document.getElementById('w'), { city: 'suzhou' }).ready);
  await p.waitForFunction(() => document.querySelector('srdi-calculator')?.shadowRoot.querySelector('#f-city')?.value === 'suzhou');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile embedding: script-like and huge options, malformed messages, script in every field — nothing runs, nothing breaks', async () => {
  const { p, context, errors, dialogs } = await open(HOST + 'hostile.html');
  const f = await frameOf(p);
  assert.equal(await f.$eval('#f-city', (s) => s.value), 'nanjing', 'a bad city preset falls back to the blank form');
  // Malformed and hostile messages from the host's own origin.
  await p.evaluate(() => {
    const w = document.querySelector('#w iframe').contentWindow;
    const o = new URL(document.querySelector('#w iframe').src).origin;
    const deep = {}; let d = deep; for (let i = 0; i < 5000; i++) { d.x = {}; d = d.x; }
    for (const m of [null, 42, 'srdi:options', [], deep, { type: 'srdi:options' }, { type: 'srdi:options', options: 'x' },
      { type: 'srdi:options', options: { city: '<img src=x onerror=alert(5)>', theme: 'url(javascript:alert(6))', lang: 'x'.repeat(1e6), sections: null, result: '<script>alert(7)</script>' } },
      { type: 'srdi:options', options: { theme: '#00ff00', result: '<b>bold</b>' } }]) {
      try { w.postMessage(m, o); } catch (e) { /* unclonable: the browser refuses */ }
    }
  });
  await p.waitForTimeout(500);
  assert.match(await f.textContent('.send'), /<b>bold<\/b>/, 'host text is shown as text, not markup');
  assert.equal(await f.$eval('.srdi', (e) => e.style.getPropertyValue('--accent')), '#00ff00', 'a valid colour still applies');
  // Script-like text typed into every text field.
  const attack = '<script>alert(8)</script><img src=x onerror=alert(9)>';
  for (const id of await f.$$eval('input[type=text]:not([readonly])', (xs) => xs.map((x) => x.id))) {
    await f.fill('#' + id, attack);
  }
  await f.waitForSelector('.error-summary');
  assert.match(await f.textContent('.error-summary'), /script/);
  assert.equal(await f.$$eval('.srdi script, .srdi img', (xs) => xs.length), 0, 'no element was injected');
  await f.fill('#f-titles-little_giant', '2026');
  assert.deepEqual(dialogs, [], 'no script ran');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a panic inside the wasm shows a readable message with a reload button, not an empty box', async () => {
  const { p, context } = await open(CALC);
  await p.waitForSelector('#f-city');
  // Uncaught, as a panic inside an event handler is: the wasm build aborts (a RuntimeError) and the
  // boot shows the panic page.
  await p.evaluate(() => { setTimeout(() => window.wasmBindings.__srdiPanicForTest(), 0); });
  await p.waitForSelector('.fatal[role=alert]');
  assert.match(await p.textContent('.fatal'), /计算器出错了.*The calculator hit an error/s);
  await p.click('[data-srdi-reload]');
  await p.waitForSelector('#f-city');
  await context.close();
});

test('the standalone page ships a strict CSP and loads under it with no violation', async () => {
  const { p, context, errors } = await open(CALC);
  const csp = await p.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  await p.evaluate(() => { window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective)); });
  await p.waitForSelector('#f-city');
  await p.fill('#f-titles-little_giant', '2026');
  await p.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  assert.deepEqual(await p.evaluate(() => window.violations), []);
  // Assets carry Subresource Integrity.
  assert.ok(await p.$eval('link[rel=stylesheet]', (l) => l.integrity.startsWith('sha384-')));
  assert.ok(await p.$eval('link[rel=modulepreload]', (l) => l.integrity.startsWith('sha384-')));
  assert.deepEqual(errors, []);
  await context.close();
});

/** Serves `dir`, opens the calculator and waits for its service worker. */
async function visitWithWorker(dir) {
  const server = await serve(dir);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForSelector('#f-city');
  await p.evaluate(() => navigator.serviceWorker.ready);
  return { server, url, context, p };
}

test('after one visit the service worker serves the app with the server stopped', async () => {
  const { server, url, context, p } = await visitWithWorker(DIST);
  await p.reload();
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await new Promise((r) => { server.closeAllConnections(); server.close(r); });
  await p.reload();
  await p.waitForSelector('#f-city', { timeout: 30000 });
  await p.fill('#f-titles-little_giant', '2026');
  await p.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  const cache = await p.evaluate(() => caches.keys());
  assert.equal(cache.length, 1);
  assert.match(cache[0], new RegExp(`^srdi-calc:${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:srdi-calc-[0-9a-f]{16}$`));
  await context.close();
});

test('a new deployment replaces the cached app cleanly, and then works offline', async () => {
  // Deployment A is a copy of dist/; deployment B is the same with a new page title and a new
  // service-worker version, as a rebuild would give.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'srdi-site-'));
  fs.cpSync(DIST, site, { recursive: true });
  for (const f of ['index.html.br', 'index.html.gz', 'sw.js.br', 'sw.js.gz']) fs.rmSync(path.join(site, f), { force: true });
  const { server, context, p } = await visitWithWorker(site);
  const before = await p.evaluate(() => caches.keys());
  assert.equal(before.length, 1);
  // Deploy B.
  const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  fs.writeFileSync(path.join(site, 'index.html'), html.replace('<title>', '<title>v2 · '));
  const sw = fs.readFileSync(path.join(site, 'sw.js'), 'utf8');
  fs.writeFileSync(path.join(site, 'sw.js'), sw.replace(/const VERSION = '[^']+'/, "const VERSION = 'srdi-calc-00000000000000b2'"));
  await p.reload();
  await p.waitForSelector('#f-city');
  assert.match(await p.title(), /^v2 · /, 'online, the new page shows at once');
  // The new worker installs, takes over and removes the old deployment's cache.
  await p.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0].endsWith(':srdi-calc-00000000000000b2');
  }, null, { timeout: 30000 });
  await new Promise((r) => { server.closeAllConnections(); server.close(r); });
  await p.reload();
  await p.waitForSelector('#f-city', { timeout: 30000 });
  assert.match(await p.title(), /^v2 · /, 'offline, the new deployment is what is cached');
  await p.fill('#f-titles-little_giant', '2026');
  await p.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  await context.close();
  fs.rmSync(site, { recursive: true, force: true });
});

test('the single-file build computes a Nanjing little giant award from file://, with no request', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  const requests = [];
  const errors = [];
  p.on('request', (r) => requests.push(r.url()));
  p.on('pageerror', (e) => errors.push(e.message));
  const file = 'file://' + path.join(DIST, 'srdi-calc-offline.html');
  await p.goto(file);
  await p.waitForSelector('#f-city', { timeout: 30000 });
  await p.fill('#f-titles-little_giant', '2026');
  await p.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  assert.deepEqual(requests.filter((u) => u !== file && !u.startsWith('data:')), []);
  assert.deepEqual(errors, []);
  await context.close();
});
