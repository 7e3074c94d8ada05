// English on first use (issue 17): the page's first load is Chinese only; choosing English loads
// the bilingual build (srdi-web-en), which takes over with everything on screen — what was typed
// (also what cannot be read yet), the loans, the opened cards, remember, the focus — in the page,
// the in-page widget, a host's iframe, after one visit from the service worker with the server
// stopped, and in the offline file (bilingual already: no request). A saved English preference
// loads the bilingual build at once; a failed load leaves the Chinese page as it was, and says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DIST, startSite } from './site.mjs';
import { serve } from './serve.mjs';

let server, browser, base;
before(async () => { ({ server, browser, base } = await startSite(['--allow-file-access-from-files'])); });
after(async () => { await browser?.close(); server?.close(); });

const isZh = (u) => /\/srdi-web-[0-9a-f]{8,}(_bg\.wasm|\.js)$/.test(u);
const isEn = (u) => /\/srdi-web-en-[0-9a-f]+(_bg\.wasm|\.js)$/.test(u);

async function open(context, url) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('#srdi-app:not([data-booting]) #f-city', { timeout: 30000 });
  return { page, requests, errors };
}

const total = (page) => page.locator('.total.main dd').textContent();
const value = (page, id) => page.locator(`#${id}`).inputValue();

test('English chosen by keyboard keeps every answer typed, the bad one too, the opened card and the focus', async () => {
  const context = await browser.newContext();
  const { page, requests, errors } = await open(context, base);
  assert.equal(requests.filter(isEn).length, 0, 'the first load has no English');
  await page.selectOption('#f-city', 'nanjing');
  await page.selectOption('#f-size', 'small');
  await page.locator('#f-titles-little_giant').click();
  await page.keyboard.type('2026', { delay: 60 });
  await page.locator('#f-finance-equipment_loan_yuan').click();
  await page.keyboard.type('5千万', { delay: 60 });
  // A field in error: its text stays as typed, named, not counted.
  await page.locator('#f-finance-equipment_loan_rate_bp').click();
  await page.keyboard.type('3,2?', { delay: 60 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  const card = page.locator('li.item[data-rule="nanjing.5.little_giant_award"]');
  await card.locator('summary').click();
  await card.locator('.trace li').first().waitFor();
  // The folded services, opened, and one of their cards opened too.
  await page.click('details.services > summary');
  const service = page.locator('details.services li.item[data-rule]').first();
  const serviceId = await service.getAttribute('data-rule');
  await service.locator('summary').click();
  await service.locator('details[open] blockquote').waitFor();
  const before = { titles: await value(page, 'f-titles-little_giant'), loan: await value(page, 'f-finance-equipment_loan_yuan'), rate: await value(page, 'f-finance-equipment_loan_rate_bp') };
  assert.equal(before.rate, '3,2?');
  // To the language switch with the keyboard, then Enter.
  await page.locator('.lang button:has-text("English")').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1:has-text("SRDI policy calculator")');
  assert.equal(requests.filter(isEn).length, 2, 'the bilingual build is fetched once chosen');
  assert.deepEqual({ titles: await value(page, 'f-titles-little_giant'), loan: await value(page, 'f-finance-equipment_loan_yuan'), rate: await value(page, 'f-finance-equipment_loan_rate_bp') }, before);
  assert.equal(await page.locator('#f-city').inputValue(), 'nanjing');
  assert.equal(await page.locator('#f-size').inputValue(), 'small');
  assert.equal(await total(page), '¥1,000,000');
  assert.match(await page.locator('#f-finance-equipment_loan_rate_bp-err').textContent(), /[a-z]/, 'the bad entry is named, in English');
  // The card opened in Chinese is open, its working now in English.
  await card.locator('details[open] .trace li').first().waitFor();
  await page.waitForFunction(() => /[A-Za-z]{4}/.test(document.querySelector('li.item[data-rule="nanjing.5.little_giant_award"] .trace')?.textContent || ''));
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'English', 'the focus stays on the switch');
  assert.equal(await page.$eval('details.services', (d) => d.open), true, 'the services stay open');
  await page.locator(`details.services li.item[data-rule="${serviceId}"] details[open] blockquote`).waitFor();
  assert.equal(await page.$eval('details.lapsed', (d) => d.open), false, 'the expired items stay folded');
  // Back to Chinese and English again: the bilingual build switches in place, nothing more is fetched.
  const n = requests.length;
  await page.click('.lang button:has-text("中文")');
  await page.waitForSelector('h1:has-text("专精特新政策计算器")');
  assert.equal(await total(page), '100 万元');
  await page.click('.lang button:has-text("English")');
  await page.waitForSelector('h1:has-text("SRDI policy calculator")');
  assert.deepEqual(requests.slice(n).filter((u) => isEn(u) || isZh(u)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a saved English preference loads the bilingual build at once, and the Chinese-only one not at all', async () => {
  const context = await browser.newContext();
  const { page } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  await page.check('#remember');
  await page.click('.lang button:has-text("English")');
  await page.waitForSelector('h1:has-text("SRDI policy calculator")');
  assert.equal(await page.locator('#remember').isChecked(), true, 'remember stays ticked');
  await page.waitForTimeout(400);
  const again = await open(context, base);
  await again.page.waitForSelector('h1:has-text("SRDI policy calculator")');
  assert.equal(await total(again.page), '¥1,000,000');
  assert.deepEqual(again.requests.filter(isZh), [], 'no Chinese-only build fetched');
  assert.equal(again.requests.filter(isEn).length, 2);
  assert.deepEqual(again.errors, []);
  await context.close();
});

test('if the English build cannot be loaded, the Chinese page stays as it was and says so', async () => {
  // No service worker here: it would have the build precached (and fetch past the test's route).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  await page.route(isEn, (r) => r.abort());
  await page.click('.lang button:has-text("English")');
  await page.locator('.notice', { hasText: '英文版未能载入' }).waitFor();
  assert.match(await page.locator('h1').textContent(), /专精特新政策计算器/);
  assert.equal(await total(page), '100 万元');
  assert.equal(await page.locator('.lang button:has-text("中文")').getAttribute('aria-pressed'), 'true');
  // Once it can be loaded, the switch works.
  await page.unroute(isEn);
  // While it loads, the page is still Chinese and says so to screen readers.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(isEn, async (r) => { await held; await r.continue(); });
  await page.click('.lang button:has-text("English")');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN', 'not marked English before it is shown');
  assert.match(await page.locator('h1').textContent(), /专精特新政策计算器/);
  release();
  await page.waitForSelector('h1:has-text("SRDI policy calculator")');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await total(page), '¥1,000,000');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the in-page widget switches to English in its shadow root; the host page gets no event and no answers', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + 'embed-demo.html');
  await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'w';
    document.body.appendChild(el);
    window.events = [];
    for (const t of ['srdi:result', 'srdi:english', 'srdi:prefill-error']) el.addEventListener(t, (e) => window.events.push(t));
    window.calc = SrdiCalc.mount(el, { city: 'nanjing', theme: '#0a6e4f', sections: 'header,toolbar' });
    return window.calc.ready;
  });
  const w = page.locator('#w srdi-calculator');
  await w.locator('#f-size').selectOption('small');
  await w.locator('#f-titles-little_giant').pressSequentially('2026', { delay: 50 });
  await page.waitForFunction(() => document.querySelector('#w srdi-calculator').shadowRoot.querySelector('.total.main dd')?.textContent === '100 万元');
  await w.locator('.lang button:has-text("English")').click();
  await page.waitForFunction(() => /SRDI policy calculator/.test(document.querySelector('#w srdi-calculator').shadowRoot.querySelector('h1')?.textContent || ''));
  await page.waitForFunction(() => document.querySelector('#w srdi-calculator').shadowRoot.querySelector('.total.main dd')?.textContent === '¥1,000,000');
  assert.equal(await w.locator('#f-titles-little_giant').inputValue(), '2026');
  // The host's options stay: its sections (no 还可争取, no documents) and its colour.
  assert.equal(await w.locator('.near').count(), 0);
  assert.match(await page.evaluate(() => document.querySelector('#w srdi-calculator').shadowRoot.querySelector('.srdi').getAttribute('style') || ''), /0a6e4f/);
  assert.deepEqual(await page.evaluate(() => window.events), []);
  // update() and destroy() reach the calculator now shown.
  await page.evaluate(() => window.calc.update({ lang: 'zh' }));
  await page.waitForFunction(() => /专精特新政策计算器/.test(document.querySelector('#w srdi-calculator').shadowRoot.querySelector('h1')?.textContent || ''));
  await page.evaluate(() => window.calc.destroy());
  assert.equal(await page.locator('#w srdi-calculator').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a host asking for English: the iframe and the in-page widget load the bilingual build directly', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base + 'embed-demo.html');
  await page.evaluate(() => {
    const a = document.createElement('div');
    a.id = 'in-page';
    document.body.appendChild(a);
    window.calc = SrdiCalc.mount(a, { city: 'suzhou', lang: 'en' });
    const b = document.createElement('div');
    b.id = 'in-frame';
    document.body.appendChild(b);
    SrdiCalc.frame(b, { city: 'suzhou', lang: 'en' });
    return window.calc.ready;
  });
  await page.waitForFunction(() => /SRDI policy calculator/.test(document.querySelector('#in-page srdi-calculator').shadowRoot.querySelector('h1')?.textContent || ''));
  const frame = page.frameLocator('#in-frame iframe');
  await frame.locator('h1:has-text("SRDI policy calculator")').waitFor({ timeout: 30000 });
  assert.equal(await frame.locator('#f-city').inputValue(), 'suzhou');
  await context.close();
});

test('after one visit, English comes from the service worker with the server stopped', async () => {
  const s = await serve(DIST);
  const url = `http://127.0.0.1:${s.address().port}/`;
  const context = await browser.newContext();
  const { page } = await open(context, url + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = await page.evaluate(async () => {
    const c = await caches.open((await caches.keys())[0]);
    return (await c.keys()).map((r) => r.url);
  });
  assert.equal(cached.filter(isEn).length, 2, `precached: ${cached.join(' ')}`);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await new Promise((r) => { s.closeAllConnections(); s.close(r); });
  await page.reload();
  await page.waitForSelector('#srdi-app:not([data-booting]) #f-city', { timeout: 30000 });
  await page.click('.lang button:has-text("English")');
  await page.waitForSelector('h1:has-text("SRDI policy calculator")');
  assert.equal(await total(page), '¥1,000,000');
  await context.close();
});

test('the offline file is bilingual: English with no request at all', async () => {
  const context = await browser.newContext();
  const file = 'file://' + path.join(DIST, 'srdi-calc-offline.html');
  const { page, requests, errors } = await open(context, file + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  await page.click('.lang button:has-text("English")');
  await page.waitForSelector('h1:has-text("SRDI policy calculator")');
  assert.equal(await total(page), '¥1,000,000');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await context.close();
});
