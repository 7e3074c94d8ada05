// Share, keep, clear and read comfortably (issue 12 §8, §10): a copy button, an offline file that
// says how to share instead of showing a file:// path, clearing that can be undone, "use in my
// answers" that says what changed and shows it, the language and 关怀 mode remembered with the
// answers, and large text that scales the controls too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, DIST, startSite, openCalculator } from './site.mjs';

let server, browser, base;

before(async () => { ({ server, browser, base } = await startSite(['--allow-file-access-from-files'])); });
after(async () => { await browser?.close(); server?.close(); });

const open = openCalculator;

test('复制链接 copies the share link; the link carries the answers after the #', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.slice(0, -1) });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  await page.click('#copy-link');
  await page.waitForSelector('.copied:has-text("已复制")');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(base + '#v=3&city=nanjing'), copied);
  assert.equal(copied, await page.inputValue('#share-link'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the offline file never offers a file:// link: it says to send the file with the answers\' code', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const file = 'file://' + DIST + 'srdi-calc-offline.html#v=2&city=nanjing&size=small&titles.little_giant=2026';
  const { page, errors } = await open(context, file);
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  const value = await page.inputValue('#share-link');
  assert.ok(value.startsWith('#v=3&city=nanjing'), value);
  assert.doesNotMatch(value, /file:/);
  assert.match(await page.textContent('label[for=share-link]'), /离线文件.*一起发给对方/);
  assert.match(await page.textContent('#copy-link'), /复制代码/);
  // The printed card carries no file:// link either, but the answers' code to reopen it.
  assert.doesNotMatch(await page.textContent('#results'), /file:\/\//);
  assert.match(await page.textContent('.card-link'), /离线文件打印.*#v=3&city=nanjing/s);
  assert.deepEqual(errors, []);
  await context.close();
});

test('清除我的数据 removes the saved answers at once and can be undone', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, errors } = await open(context, base + '#v=2&city=suzhou&size=small&titles.little_giant=2026');
  await page.check('#remember');
  await page.waitForFunction(() => !!localStorage.getItem('srdi-calc:v1'));
  await page.click('#clear');
  assert.equal(await page.inputValue('#f-titles-little_giant'), '');
  assert.equal(await page.evaluate(() => localStorage.getItem('srdi-calc:v1')), null, 'the saved copy is gone at once');
  await page.waitForSelector('.undo:has-text("已清除")');
  await page.click('#undo-clear');
  assert.equal(await page.inputValue('#f-titles-little_giant'), '2026');
  assert.equal(await page.inputValue('#f-city'), 'suzhou');
  assert.equal(await page.isChecked('#remember'), true);
  await page.waitForFunction(() => (localStorage.getItem('srdi-calc:v1') || '').includes('city=suzhou'), null, { timeout: 5000 });
  assert.equal(await page.locator('#undo-clear').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('填入我的答案 says what it changed and puts the focus on that field', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.provincial_srdi=2025');
  const near = page.locator('.near-item').filter({ hasText: '小巨人' }).first();
  await near.locator('button.whatif').click();
  await near.locator('button.adopt').click();
  await page.waitForSelector('.done[role=status]');
  assert.match(await page.textContent('.done'), /已填入您的答案：获评国家级专精特新“小巨人”企业/);
  await page.waitForFunction(() => document.activeElement?.id === 'f-titles-little_giant');
  assert.ok((await page.inputValue('#f-titles-little_giant')).length === 4);
  assert.deepEqual(errors, []);
  await context.close();
});

test('关怀模式: text at least 1.5×, line spacing at least 1.3, controls that grow; kept with the answers like the language', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  const measure = () => page.evaluate(() => {
    const root = document.querySelector('.srdi');
    const input = document.querySelector('#f-titles-little_giant');
    const cs = getComputedStyle(root);
    return { font: parseFloat(cs.fontSize), line: parseFloat(cs.lineHeight), input: input.getBoundingClientRect().height, inputFont: parseFloat(getComputedStyle(input).fontSize) };
  });
  const before = await measure();
  await page.click('.care-toggle');
  assert.equal(await page.getAttribute('.care-toggle', 'aria-pressed'), 'true');
  const after = await measure();
  assert.ok(after.font >= before.font * 1.5, `text ${before.font} → ${after.font}`);
  assert.ok(after.line >= after.font * 1.3, `line spacing ${after.line} for ${after.font}`);
  assert.ok(after.inputFont >= before.inputFont * 1.5 && after.input >= before.input * 1.4, `controls scale: ${JSON.stringify({ before, after })}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 390 px in 关怀 mode (${overflow}px)`);
  await page.screenshot({ path: ARTIFACTS + 'care-mode-390.png' });
  // Remembered with the answers, with the language: a later visit without a link opens the same way.
  await page.click('button[aria-pressed]:has-text("English")');
  await page.check('#remember');
  await page.waitForFunction(() => (localStorage.getItem('srdi-calc:prefs:v1') || '').includes('care=1'));
  const again = await context.newPage();
  await again.goto(base);
  await again.waitForSelector('#srdi-app:not([data-booting]) .srdi.care');
  assert.equal(await again.getAttribute('html', 'lang'), 'en');
  assert.equal(await again.inputValue('#f-titles-little_giant'), '2026');
  // Not asked to remember: nothing is kept.
  await again.uncheck('#remember');
  await again.waitForFunction(() => localStorage.getItem('srdi-calc:prefs:v1') === null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without JavaScript the page does not look live: no fields, no totals, no buttons, and the notice stays on screen', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('#f-city', { state: 'attached' });
  assert.equal(await page.isVisible('noscript .fatal, .fatal'), true);
  for (const sel of ['#f-city', '#f-titles-little_giant', '.totals', '#results', '.booting-note', 'button']) {
    const shown = await page.$$eval(sel, (els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(shown, 0, `${sel} is shown without JavaScript`);
  }
  const text = await page.textContent('body');
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /0 元|正在加载/);
  assert.match(text, /所在城市/, 'the questions can still be read');
  // The notice stays where the person is.
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(200);
  const top = await page.$eval('.fatal', (e) => e.getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 50, `notice at ${top}px after scrolling`);
  await page.screenshot({ path: ARTIFACTS + 'no-javascript-390.png' });
  await context.close();
});

test('a result worked out for another date is shared with that date, and the link reopens the same result', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const loan = 'v=2&city=huaian&size=small&titles.provincial_srdi=2024&srdi_loans.1.principal_yuan=3000000&srdi_loans.1.tenor_months=12&srdi_loans.1.signed=2025-07-01&srdi_loans.1.rate_bp=4';
  const { page, errors } = await open(context, base + '#' + loan);
  await page.fill('#f-as_of', '2025-10-01');
  await page.waitForFunction(() => /1\.5 万元/.test(document.querySelector('[data-rule="huaian.3-5.loan_rate_ceiling"]')?.textContent ?? ''));
  const link = await page.inputValue('#share-link');
  assert.match(link, /&as_of=2025-10-01/);
  const again = await context.newPage();
  await again.goto(link);
  await again.waitForSelector('#srdi-app:not([data-booting]) #f-city');
  assert.equal(await again.inputValue('#f-as_of'), '2025-10-01');
  await again.waitForFunction(() => /1\.5 万元/.test(document.querySelector('[data-rule="huaian.3-5.loan_rate_ceiling"]')?.textContent ?? ''));
  assert.equal(await again.locator('.notice').count(), 0, 'no "could not be read" notice for the date');
  assert.deepEqual(errors, []);
  await context.close();
});
