// A host that already knows the firm (its 一企一档) passes its answers in (issue 20): the visitor
// sees them marked 「待核对」, nothing is computed from them until confirmed, and what the host got
// wrong is named to the host (srdi:prefill-error), never shown as the visitor's mistake. Both
// widget modes, a hostile host, and nothing sent back without the send button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const HOSTS = fs.mkdtempSync(path.join(os.tmpdir(), 'srdi-prefill-'));
let calc, host, evil, browser, CALC, HOST, EVIL;

// The firm as a 苏企通-style host knows it: a small Nanjing firm, 小巨人 since 2026; plus one field
// the calculator does not know and script in a text field.
const FIRM = { size: 'small', titles: { little_giant: 2026 }, district: '<img src=x onerror=alert(1)>', colour: 'red' };

function page(name, body) {
  fs.writeFileSync(path.join(HOSTS, name), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${name}</title></head>
<body><h1>Host</h1>${body}
<script>window.got = { result: [], errors: [] };
document.addEventListener('srdi:result', (e) => window.got.result.push(e.detail));
document.addEventListener('srdi:prefill-error', (e) => window.got.errors.push(e.detail));</script></body></html>`);
}
const attr = (o) => JSON.stringify(o).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

before(async () => {
  calc = await serve(DIST);
  host = await serve(HOSTS);
  evil = await serve(HOSTS, 0, 'localhost');
  CALC = `http://127.0.0.1:${calc.address().port}/`;
  HOST = `http://127.0.0.1:${host.address().port}/`;
  EVIL = `http://localhost:${evil.address().port}/`;
  page('frame.html', `<div id="w" data-srdi-calculator data-city="nanjing" data-source="苏企通" data-result-purpose="预填申报表"
    data-srdi-profile="${attr(FIRM)}"></div>
    <iframe id="evil" src="${EVIL}evil.html" title="third party"></iframe><script src="${CALC}embed.js"></script>`);
  fs.writeFileSync(path.join(HOSTS, 'evil.html'), `<!doctype html><title>evil</title><script>
    window.forge = () => { for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage({ type: 'srdi:prefill', profile: { titles: { single_champion: 2026 } } }, '*'); };</script>`);
  page('inline.html', `<div id="w"></div><script src="${CALC}embed.js"></script>`);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
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
const total = (root) => root.evaluate(() => document.querySelector('.total.main dd')?.textContent ?? '');

test('iframe: the host\'s answers are shown to check, counted only once confirmed, and its mistakes go to the host', async () => {
  const { p, context, errors, requests, dialogs } = await open(HOST + 'frame.html');
  const f = await (await p.waitForSelector('#w iframe')).contentFrame();
  await f.waitForSelector('.prefill', { timeout: 30000 });
  assert.match(await f.textContent('.prefill h2'), /以下信息来自苏企通，请核对/);
  assert.equal(await f.$eval('#f-titles-little_giant', (i) => i.value), '2026');
  assert.equal(await f.$eval('#f-size', (s) => s.value), 'small');
  assert.match(await f.textContent('#f-titles-little_giant-host'), /待核对：来自苏企通/);
  // Script in a text field is text.
  assert.equal(await f.$eval('#f-district', (i) => i.value), '<img src=x onerror=alert(1)>');
  // Nothing is computed from answers the visitor has not confirmed.
  assert.notEqual(await total(f), '100 万元');
  assert.match(await f.textContent('.results'), /苏企通填入的 3 项待您核对，核对前未计入/);
  // The host hears what it got wrong; the visitor sees no error for it.
  await p.waitForFunction(() => window.got.errors.length === 1);
  const [{ errors: bad }] = await p.evaluate(() => window.got.errors);
  assert.deepEqual(bad.map((e) => e.field), ['colour']);
  assert.equal(await f.$$eval('.error:not([hidden])', (e) => e.length), 0);
  // The answers never went into an address (the calculator's server would have seen them).
  assert.ok(requests.every((u) => !u.includes('little_giant') && !u.includes('2026')), requests.join('\n'));
  // A third origin cannot prefill.
  const evilFrame = await (await p.waitForSelector('#evil')).contentFrame();
  await evilFrame.waitForFunction(() => typeof window.forge === 'function');
  await evilFrame.evaluate(() => window.forge());
  await p.waitForTimeout(400);
  assert.equal(await f.$eval('#f-titles-single_champion', (i) => i.value), '');
  // Confirmed: counted.
  await f.click('#prefill-confirm');
  await f.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  assert.equal(await f.$$eval('.field.host', (e) => e.length), 0);
  assert.equal(await f.$('.prefill'), null);
  // Nothing was sent back to the host without the send button.
  assert.deepEqual(await p.evaluate(() => window.got.result), []);
  await f.click('#send-to-host');
  await p.waitForFunction(() => window.got.result.length === 1);
  assert.equal((await p.evaluate(() => window.got.result))[0].totals.exact_one_off_fen, 100_000_000);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in-page: confirmed field by field, or by changing a field key by key', async () => {
  const { p, context, errors, dialogs } = await open(HOST + 'inline.html');
  await p.evaluate(([firm]) => { window.h = SrdiCalc.mount(document.getElementById('w'), { city: 'nanjing', source: '园区服务平台', profile: firm }); }, [{ size: 'small', titles: { little_giant: 2026, single_champion: 2025 } }]);
  const root = p.locator('srdi-calculator');
  await root.locator('.prefill').waitFor({ timeout: 30000 });
  assert.match(await root.locator('.prefill h2').textContent(), /以下信息来自园区服务平台，请核对/);
  const shadowTotal = () => p.evaluate(() => document.querySelector('srdi-calculator').shadowRoot.querySelector('.total.main dd')?.textContent ?? '');
  assert.notEqual(await shadowTotal(), '100 万元');
  // Size and 小巨人 confirmed one by one: the ¥1M counts, the unconfirmed 单项冠军 does not.
  await root.locator('#f-size-host button').click();
  await root.locator('#f-titles-little_giant-host button').click();
  await p.waitForFunction(() => document.querySelector('srdi-calculator').shadowRoot.querySelector('.total.main dd')?.textContent === '100 万元');
  assert.match(await root.locator('.results').textContent(), /园区服务平台填入的 1 项待您核对/);
  // The visitor corrects the champion's year, typing: their own answer now, counted (¥3M + ¥1M).
  await root.locator('#f-titles-single_champion').click();
  await p.keyboard.press('Control+A');
  await p.keyboard.type('2026', { delay: 60 });
  await p.waitForFunction(() => document.querySelector('srdi-calculator').shadowRoot.querySelector('.total.main dd')?.textContent === '400 万元');
  assert.equal(await root.locator('.prefill').count(), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a hostile host: oversized, not an object, unknown fields and script — named to the host, nothing prefilled, nothing runs', async () => {
  const { p, context, errors, dialogs } = await open(HOST + 'inline.html');
  const mount = (profile) => p.evaluate(([profile]) => {
    window.got.errors = [];
    window.h = SrdiCalc.mount(document.getElementById('w'), { city: 'suzhou', source: '<b>x</b>', profile });
  }, [profile]);
  const root = p.locator('srdi-calculator');
  for (const [profile, why] of [
    [JSON.stringify({ district: '区'.repeat(20000) }), /32 KB/],
    ['[1,2,3]', /not a JSON object/],
    ['{"titles": {"little_giant": "2026<script>alert(1)</script>"}, "__proto__": {"x": 1}, "constructor": 1}', /./],
  ]) {
    await mount(profile);
    await p.waitForFunction(() => window.got.errors.length === 1, null, { timeout: 30000 });
    const [{ errors: bad }] = await p.evaluate(() => window.got.errors);
    assert.ok(bad.length >= 1 && bad.some((e) => why.test(e.en)), JSON.stringify(bad));
    await root.locator('#f-city').waitFor();
    assert.equal(await root.locator('.prefill').count(), 0, 'nothing prefilled');
    assert.equal(await root.locator('#f-titles-little_giant').inputValue(), '');
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});
