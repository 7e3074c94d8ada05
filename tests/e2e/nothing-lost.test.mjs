// Nothing lost, nothing stale (issue 16): what a person saved, typed or opened is what the page
// shows. Typed key by key, as people type: 记住 survives a reload, a bookmark and a reopened
// browser; someone else's link never overwrites the saved answers; in-page links leave the
// address's # alone; a field in error feeds no figure anywhere; a second link pasted into an open
// tab is the new firm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openCalculator, ready, startSite } from './site.mjs';

let server, browser, base;

before(async () => { ({ server, browser, base } = await startSite()); });
after(async () => { await browser?.close(); server?.close(); });

const open = openCalculator;
/** Types into a field key by key, then leaves it (Tab), as a person does. */
async function type(page, id, text) {
  await page.click(`#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 60 });
  await page.keyboard.press('Tab');
}
const main = (page) => page.textContent('.total.main dd').catch(() => null);
const hash = (page) => page.evaluate(() => location.hash);
const saved = (page) => page.evaluate(() => localStorage.getItem('srdi-calc:v1'));
/** The address bar follows the answers a quarter second after the last keystroke. */
const addressHas = (page, s) => page.waitForFunction((s) => location.hash.includes(s), s, { timeout: 5000 });

test('记住 survives a reload, a bookmark and a reopened browser, still ticked', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base);
  await type(page, 'f-titles-little_giant', '2026');
  await page.check('#remember');
  await page.waitForFunction(() => (localStorage.getItem('srdi-calc:v1') || '').includes('little_giant=2026'));
  await addressHas(page, 'little_giant=2026');
  const bookmark = page.url();

  await page.reload();
  await ready(page);
  assert.equal(await page.isChecked('#remember'), true, '记住 is still ticked after a reload');
  assert.equal(await page.inputValue('#f-titles-little_giant'), '2026');
  assert.equal(await main(page), '100 万元');
  assert.match(await saved(page), /little_giant=2026/, 'the saved answers are still there');
  assert.equal(await page.locator('.over-saved').count(), 0, 'the own page is not taken for someone else\'s link');

  // More answers after the bookmark was made: the bookmark opens what is saved now.
  await type(page, 'f-titles-provincial_srdi', '2024');
  await page.waitForFunction(() => (localStorage.getItem('srdi-calc:v1') || '').includes('provincial_srdi=2024'));
  await page.goto('about:blank');
  await page.goto(bookmark);
  await ready(page);
  assert.equal(await page.isChecked('#remember'), true);
  assert.equal(await page.inputValue('#f-titles-provincial_srdi'), '2024', 'the bookmark brings back what was saved since');
  assert.equal(await page.inputValue('#f-titles-little_giant'), '2026');

  // The browser closed and opened again (its storage kept): the plain address.
  const state = await context.storageState();
  await context.close();
  const again = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState: state });
  const reopened = await open(again, base);
  assert.equal(await reopened.page.isChecked('#remember'), true);
  assert.equal(await reopened.page.inputValue('#f-titles-little_giant'), '2026');
  assert.equal(await reopened.page.inputValue('#f-titles-provincial_srdi'), '2024');
  assert.deepEqual(errors, []);
  assert.deepEqual(reopened.errors, []);
  await again.close();
});

test('someone else\'s link never overwrites the saved answers; 改用我保存的答案 brings them back', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base);
  await type(page, 'f-titles-little_giant', '2026');
  await page.check('#remember');
  await page.waitForFunction(() => (localStorage.getItem('srdi-calc:v1') || '').includes('little_giant=2026'));
  const mine = await saved(page);

  const other = await open(context, base + '#v=2&city=suzhou&size=medium&titles.provincial_srdi=2025');
  const p = other.page;
  assert.equal(await p.inputValue('#f-city'), 'suzhou', 'the link\'s answers are shown');
  assert.match(await p.textContent('.over-saved'), /链接中的答案.*保存的答案没有改动/s);
  await type(p, 'f-titles-innovative_sme', '2023');
  await addressHas(p, 'innovative_sme=2023');
  assert.equal(await saved(p), mine, 'editing the link\'s answers saves nothing over the saved ones');
  // A reload of that tab is still the link, not the person's own page.
  await p.reload();
  await ready(p);
  assert.equal(await p.inputValue('#f-city'), 'suzhou');
  assert.equal(await saved(p), mine);

  await p.click('#use-saved');
  await p.waitForFunction(() => document.querySelector('#f-city').value === 'nanjing');
  assert.equal(await p.inputValue('#f-titles-little_giant'), '2026');
  assert.equal(await p.isChecked('#remember'), true);
  assert.equal(await p.locator('.over-saved').count(), 0);
  await p.waitForFunction(() => !location.hash.includes('suzhou'), null, { timeout: 5000 });
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
  await context.close();
});

test('看结果 ↓ and 跳到结果 move to the results without touching the address\'s #', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  // The page writes its own form of the link (version 3) a quarter second after the start.
  await page.waitForFunction(() => location.hash.startsWith('#v=3'));
  const link = page.url();
  await page.click('.totals-bar');
  await page.waitForFunction(() => document.activeElement?.id === 'results');
  assert.equal(page.url(), link, 'the phone bar leaves the answers in the address');
  // The skip link, as a keyboard reaches it: the first stop after a reload.
  await page.reload();
  await ready(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'results');
  assert.equal(page.url(), link, 'the skip link leaves the answers in the address');
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#f-titles-little_giant'), '2026', 'a reload after them still has the answers');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a field in error feeds no figure: not in the totals, the link, the card or the CSV, and is named', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.provincial_srdi=2025');
  await type(page, 'f-finance-equipment_loan_yuan', '100k');
  await page.waitForSelector('.not-counted');
  assert.match(await page.textContent('.not-counted'), /有 1 项填写有误，未计入：设备/);
  const results = await page.textContent('#results');
  assert.doesNotMatch(results, /设备购置部分 (1|10|100) 元/, 'no figure is computed from the prefix "100"');
  await page.waitForTimeout(400);
  assert.doesNotMatch(await page.inputValue('#share-link'), /equipment/, 'the share link carries no value for it');
  assert.doesNotMatch(await hash(page), /equipment/);
  assert.doesNotMatch(await page.textContent('.card-answers'), /设备/, 'the printed card lists no answer for it');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csv = await (await import('node:fs')).promises.readFile(await download.path(), 'utf8');
  assert.doesNotMatch(csv, /设备购置部分/, 'the CSV has no item computed from it');
  // The link in the note goes to the field, and leaves the address alone.
  const before = await hash(page);
  await page.click('.not-counted a');
  await page.waitForFunction(() => document.activeElement?.id === 'f-finance-equipment_loan_yuan');
  assert.equal(await hash(page), before);
  // Corrected, it counts.
  await type(page, 'f-finance-equipment_loan_yuan', '1000万');
  await page.waitForFunction(() => !document.querySelector('.not-counted'));
  await addressHas(page, 'equipment_loan_yuan=10000000');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer a check refuses (a 大型 firm\'s 小巨人 year) feeds no figure either, typed or from a link', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  assert.equal(await main(page), '100 万元');
  await page.selectOption('#f-size', 'large');
  await page.waitForSelector('.not-counted');
  assert.match(await page.textContent('.not-counted'), /未计入：国家级专精特新“小巨人”/);
  assert.equal(await page.locator('[data-rule="nanjing.5.little_giant_award"]').count(), 0, 'no award for a title a large firm cannot hold');
  await page.waitForFunction(() => !/little_giant/.test(location.hash));
  // The same answers from a link read the same.
  const other = await context.newPage();
  await other.goto(base + '#v=2&city=nanjing&size=large&titles.little_giant=2026');
  await other.waitForSelector('#srdi-app:not([data-booting]) .not-counted');
  assert.equal(await other.locator('[data-rule="nanjing.5.little_giant_award"]').count(), 0);
  assert.doesNotMatch(await other.textContent('#results'), /尚未选择企业规模/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a second link pasted into an open tab shows the new firm; undo brings back the first', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  assert.equal(await main(page), '100 万元');
  const b = base + '#v=2&city=suzhou&size=medium&titles.provincial_srdi=2025';
  await page.goto(b); // only the # differs: the browser does not reload, the page hears hashchange
  await page.waitForFunction(() => document.querySelector('#f-city').value === 'suzhou');
  assert.equal(await page.inputValue('#f-titles-little_giant'), '');
  assert.match(await page.textContent('.notice'), /新链接中的答案/);
  // The next edit keeps B's answers in the address, not A's.
  await type(page, 'f-titles-innovative_sme', '2023');
  await addressHas(page, 'innovative_sme=2023');
  assert.match(await hash(page), /city=suzhou/);
  assert.doesNotMatch(await hash(page), /little_giant/);
  // Undo (before typing again) brings back A.
  await page.goto(base + '#v=2&city=wuxi&size=small');
  await page.waitForFunction(() => document.querySelector('#f-city').value === 'wuxi');
  await page.click('#undo-open');
  await page.waitForFunction(() => document.querySelector('#f-city').value === 'suzhou');
  assert.equal(await page.inputValue('#f-titles-innovative_sme'), '2023');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the 贴息 names its scheme year: 2026 年 100 万元；2027 年起未公布 (card and totals tile)', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // W21: a Xuzhou manufacturer with a ¥50M equipment loan, as of 2026-12-04.
  const { page, errors } = await open(context, base + '#v=2&city=xuzhou&size=small&manufacturing=true&finance.equipment_loan_yuan=50000000&as_of=2026-12-04');
  const card = 'li.item[data-rule="jiangsu_measures.7.loan_interest_subsidy"]';
  await page.waitForSelector(card);
  assert.match(await page.textContent(card), /2026 年 100 万元；2027 年起未公布/);
  assert.match(await page.textContent('.totals'), /2027 年起未公布/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Huai\'an 专精特新贷 without a title says why it changes nothing', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, errors } = await open(context, base + '#v=2&city=huaian&size=small');
  await page.getByRole('button', { name: /添加一笔专精特新贷/ }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-srdi_loans-1-principal_yuan');
  await page.keyboard.type('3000000', { delay: 40 });
  await page.keyboard.press('Tab');
  await page.waitForSelector('.hint.unread');
  assert.match(await page.textContent('.hint.unread'), /需为有效期内的专精特新企业才适用上限利率；请填写称号/);
  await type(page, 'f-titles-provincial_srdi', '2025');
  await page.waitForFunction(() => !document.querySelector('.hint.unread'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('5千万 and 百分之三, typed key by key (and through an IME), count', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base + '#v=2&city=xuzhou&size=small&manufacturing=true&as_of=2026-06-30');
  // Typed through the IME: composition, then the committed text.
  await page.click('#f-finance-equipment_loan_yuan');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: '5' });
  await cdp.send('Input.imeSetComposition', { text: 'qianwan', selectionStart: 7, selectionEnd: 7 });
  await cdp.send('Input.insertText', { text: '千万' });
  await page.keyboard.press('Tab');
  await type(page, 'f-finance-equipment_loan_rate_bp', '百分之三');
  await addressHas(page, 'equipment_loan_yuan=50000000');
  // The link writes the rate in percent, under a name that says so (issue 18 §3).
  await addressHas(page, 'equipment_loan_rate_pct=3&');
  assert.equal(await page.locator('.not-counted').count(), 0);
  assert.match(await page.textContent('li.item[data-rule="jiangsu_measures.7.loan_interest_subsidy"]'), /100 万元/);
  assert.deepEqual(errors, []);
  await context.close();
});
