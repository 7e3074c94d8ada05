// Typing the way people type: key by key with pauses, through a pinyin IME, and while the page
// is still loading on a slow connection. (`fill()` sets a value in one step and hid all of this.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, DIST, startSite } from './site.mjs';

let server, browser, base;

before(async () => { ({ server, browser, base } = await startSite()); });
after(async () => { await browser?.close(); server?.close(); });

async function open(path = '', { viewport = { width: 390, height: 844 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + path);
  // Started: the wasm has taken the prerendered page over.
  await page.waitForSelector('#srdi-app:not([data-booting]) #f-city', { timeout: 30000 });
  return { page, context, errors };
}

const mainTotal = (page) => page.textContent('.total.main dd');
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);

test('typing a year key by key keeps the field, its focus and every digit', async () => {
  const { page, context, errors } = await open();
  await page.selectOption('#f-city', 'nanjing');
  const field = await page.$('#f-titles-little_giant');
  await page.click('#f-titles-little_giant');
  // "2", "20", "202" are not years yet: each keystroke must still land in the same box.
  await page.keyboard.type('2026', { delay: 120 });
  assert.equal(await page.inputValue('#f-titles-little_giant'), '2026');
  assert.equal(await focusedId(page), 'f-titles-little_giant');
  assert.equal(await field.evaluate((el) => el.isConnected), true, 'the input element was replaced while typing');
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  // Correcting it key by key: Backspace twice and two more digits.
  await page.keyboard.press('Backspace', { delay: 80 });
  await page.keyboard.press('Backspace', { delay: 80 });
  await page.keyboard.type('25', { delay: 120 });
  assert.equal(await page.inputValue('#f-titles-little_giant'), '2025');
  assert.equal(await focusedId(page), 'f-titles-little_giant');
  assert.equal(await field.evaluate((el) => el.isConnected), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an error waits for a pause, appears beside the field without taking the caret, and clears as the person fixes it', async () => {
  const { page, context, errors } = await open();
  const field = await page.$('#f-titles-little_giant');
  await page.click('#f-titles-little_giant');
  await page.keyboard.type('20', { delay: 60 });
  // While typing: no error yet.
  assert.equal(await page.isVisible('#f-titles-little_giant-err'), false);
  // After a pause: the error shows, and the caret is still in the box.
  await page.waitForSelector('#f-titles-little_giant-err:not([hidden])', { timeout: 5000 });
  assert.ok((await page.textContent('#f-titles-little_giant-err')).length > 0);
  assert.equal(await page.getAttribute('#f-titles-little_giant', 'aria-invalid'), 'true');
  assert.equal(await focusedId(page), 'f-titles-little_giant');
  // Keep typing after the error appeared: the digits land, and the error goes.
  await page.keyboard.type('26', { delay: 120 });
  assert.equal(await page.inputValue('#f-titles-little_giant'), '2026');
  assert.equal(await focusedId(page), 'f-titles-little_giant');
  assert.equal(await field.evaluate((el) => el.isConnected), true);
  await page.waitForSelector('#f-titles-little_giant-err[hidden]', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  // Leaving a wrong field shows its error at once.
  await page.click('#f-talent-graduates_phd');
  await page.keyboard.type('abc', { delay: 30 });
  await page.keyboard.press('Tab');
  await page.waitForSelector('#f-talent-graduates_phd-err:not([hidden])', { timeout: 1000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pinyin IME composing 1000w → 1000万 is not interrupted, and the amount counts', async () => {
  const { page, context, errors } = await open();
  await page.selectOption('#f-city', 'nanjing');
  await page.selectOption('#f-size', 'small');
  await page.fill('#f-titles-provincial_srdi', '2024');
  await page.fill('#f-finance-equipment_loan_rate_bp', '3.2');
  const cdp = await context.newCDPSession(page);
  const id = '#f-finance-equipment_loan_yuan';
  const field = await page.$(id);
  await page.click(id);
  for (const text of ['1', '10', '100', '1000', '1000w']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await page.waitForTimeout(60);
    // The composition is still in the box, untouched by the app.
    assert.equal(await page.inputValue(id), text);
  }
  await cdp.send('Input.insertText', { text: '1000万' });
  assert.equal(await page.inputValue(id), '1000万');
  assert.equal(await focusedId(page), id.slice(1));
  assert.equal(await field.evaluate((el) => el.isConnected), true);
  // ¥10,000,000 of equipment loan: the provincial interest subsidy is 2 points, ¥200,000 a year.
  await page.waitForFunction(() => /20 万元/.test(document.querySelector('.totals')?.textContent ?? ''), null, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('what is typed while the page is still loading on a slow connection is kept, and the page says it is loading', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // About a slow 3G line: the wasm takes seconds after the form appears.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 40 * 1024, uploadThroughput: 20 * 1024 });
  await page.goto(base, { waitUntil: 'commit' });
  await page.waitForSelector('#f-titles-little_giant', { timeout: 30000 });
  // The prerendered page says it is still loading, and shows no totals that look final.
  assert.equal(await page.isVisible('.booting-note'), true);
  await page.click('#f-titles-little_giant');
  await page.keyboard.type('2026', { delay: 100 });
  await page.click('#f-talent-graduates_phd');
  await page.keyboard.type('1', { delay: 100 });
  const stillLoading = await page.evaluate(() => !!document.querySelector('#srdi-app[data-booting]'));
  await page.screenshot({ path: ARTIFACTS + 'typing-while-loading.png', fullPage: false });
  // Once the calculator has started: the answers are still there and counted.
  await page.waitForSelector('#srdi-app:not([data-booting])', { timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元', null, { timeout: 10000 });
  assert.equal(await page.inputValue('#f-titles-little_giant'), '2026');
  assert.equal(await page.inputValue('#f-talent-graduates_phd'), '1');
  assert.equal(await page.isVisible('.booting-note'), false);
  assert.ok(stillLoading, 'the typing should have happened before the calculator started (the throttle was too weak)');
  assert.deepEqual(errors, []);
  await context.close();
});
