// The form's details (issue 11 §5): several loans, graduates in detail, a title's validity and
// renewal, Huai'an's 专精特新贷 and the tender's rate, typed the way people type (key by key),
// with the worked cases W1–W5 of docs/worked-cases.md as the figures a user must see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, DIST, startSite } from './site.mjs';

let server, browser, base;

before(async () => { ({ server, browser, base } = await startSite()); });
after(async () => { await browser?.close(); server?.close(); });

async function open(fragment = '') {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + (fragment ? '#' + fragment : ''));
  await page.waitForSelector('#srdi-app:not([data-booting]) #f-city', { timeout: 30000 });
  return { page, context, errors };
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);
const item = (rule) => `li.item[data-rule="${rule}"] .item-head`;
const SUBSIDY = 'jiangsu_measures.7.loan_interest_subsidy';

/** Clicks a field and types key by key, as a person does. */
async function typeInto(page, id, text, delay = 60) {
  await page.click('#' + id);
  await page.keyboard.type(text, { delay });
}

async function asOf(page, date) {
  await page.fill('#f-as_of', date);
}

async function waitText(page, selector, re, timeout = 5000) {
  await page.waitForFunction(([s, src]) => new RegExp(src).test(document.querySelector(s)?.textContent ?? ''), [selector, re.source], { timeout });
}

test('W1: the quick loan becomes loan 1, a second loan typed key by key keeps its focus, ¥8,000,000 a year; removing a loan updates the totals', async () => {
  const { page, context, errors } = await open();
  await page.selectOption('#f-city', 'xuzhou');
  await page.selectOption('#f-size', 'medium');
  await page.check('#f-manufacturing');
  await asOf(page, '2026-06-30');
  await typeInto(page, 'f-finance-equipment_loan_yuan', '100000000');
  // The add button says what happens to the loan already typed.
  const add = page.locator('button.add', { hasText: '上面这笔成为第 1 笔' });
  await add.click();
  assert.equal(await page.inputValue('#f-loans-1-equipment_yuan'), '100000000');
  assert.equal(await page.$('#f-finance-equipment_loan_yuan'), null, 'the quick field gives way to loan 1');
  // The new loan's first field takes the focus (once re-rendered); typing into it key by key keeps the same element.
  await page.waitForFunction(() => document.activeElement?.id === 'f-loans-2-equipment_yuan');
  const field = await page.$('#f-loans-2-equipment_yuan');
  await page.keyboard.type('400000000', { delay: 90 });
  assert.equal(await page.inputValue('#f-loans-2-equipment_yuan'), '400000000');
  assert.equal(await focusedId(page), 'f-loans-2-equipment_yuan');
  assert.equal(await field.evaluate((el) => el.isConnected), true, 'the input element was replaced while typing');
  // A rate typed key by key through a pause (the error shows, then goes) keeps the caret too.
  await typeInto(page, 'f-loans-2-rate_bp', '3.', 60);
  await page.waitForTimeout(1100);
  await page.keyboard.type('5', { delay: 60 });
  assert.equal(await page.inputValue('#f-loans-2-rate_bp'), '3.5');
  assert.equal(await focusedId(page), 'f-loans-2-rate_bp');
  await waitText(page, item(SUBSIDY), /2026 年 800 万元；2027 年起未公布/); // the scheme year (readings B9a)
  assert.match(await page.textContent('.totals'), /800 万元/);
  await page.screenshot({ path: ARTIFACTS + 'form-two-loans-390.png', fullPage: true });
  // Fieldsets with legends, remove buttons naming their loan.
  assert.equal(await page.locator('fieldset.entry legend', { hasText: '第 2 笔项目贷款' }).count(), 1);
  const remove1 = page.getByRole('button', { name: '删除第 1 笔贷款' });
  await remove1.click();
  // Loan 2 (¥400M) is now loan 1: capped at ¥6,000,000 in 2026.
  await waitText(page, item(SUBSIDY), /2026 年 600 万元/);
  assert.equal(await page.inputValue('#f-loans-1-equipment_yuan'), '400000000');
  assert.equal(await page.$('#f-loans-2-equipment_yuan'), null);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('add')), true, 'the focus goes to the add button');
  assert.deepEqual(errors, []);
  await context.close();
});

test('removing the middle of three loans never hands its input elements to the next loan', async () => {
  const { page, context, errors } = await open('v=2&city=wuxi&size=small&manufacturing=true&loans.1.equipment_yuan=1000000&loans.2.equipment_yuan=2000000&loans.3.equipment_yuan=3000000');
  assert.equal(await page.inputValue('#f-loans-3-equipment_yuan'), '300万', 'restored as people write it');
  const second = await page.$('#f-loans-2-equipment_yuan');
  const third = await page.$('#f-loans-3-equipment_yuan');
  await page.getByRole('button', { name: '删除第 2 笔贷款' }).click();
  await page.waitForSelector('#f-loans-3-equipment_yuan', { state: 'detached' });
  assert.equal(await second.evaluate((el) => el.isConnected), false);
  assert.equal(await third.evaluate((el) => el.isConnected && el.id), 'f-loans-2-equipment_yuan', 'loan 3 keeps its element, renumbered');
  assert.equal(await page.inputValue('#f-loans-2-equipment_yuan'), '300万');
  // Loan 2's remove button now names it.
  assert.equal(await page.getByRole('button', { name: '删除第 2 笔贷款' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: '删除第 3 笔贷款' }).count(), 0);
  // ¥1M and ¥3M at 2 points: ¥80,000 a year.
  await waitText(page, item(SUBSIDY), /\d{4} 年 8 万元/); // today's scheme year
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pinyin IME in a second loan is not interrupted', async () => {
  const { page, context, errors } = await open('v=2&city=wuxi&size=small&manufacturing=true&loans.1.equipment_yuan=1000000');
  await page.locator('button.add').first().click();
  const id = '#f-loans-2-equipment_yuan';
  await page.waitForFunction((id) => document.activeElement?.id === id, id.slice(1));
  const cdp = await context.newCDPSession(page);
  for (const text of ['2', '20', '200', '200w']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await page.waitForTimeout(60);
    assert.equal(await page.inputValue(id), text);
  }
  await cdp.send('Input.insertText', { text: '200万' });
  assert.equal(await page.inputValue(id), '200万');
  assert.equal(await focusedId(page), id.slice(1));
  // ¥1M + ¥2M at 2 points: ¥60,000.
  await waitText(page, item(SUBSIDY), /\d{4} 年 6 万元/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('W3: a little giant recognised 2025-03 and a PhD renting at ¥1,800 with 20 months received', async () => {
  const { page, context, errors } = await open();
  await page.selectOption('#f-city', 'nanjing');
  await asOf(page, '2026-06-30');
  await typeInto(page, 'f-titles-little_giant', '2025');
  await page.locator('.title-detail summary').first().click();
  await typeInto(page, 'f-titles-little_giant-first_month', '3');
  await waitText(page, '.s-titles', /按三年有效期推定：有效至 2028 年 3 月/);
  await typeInto(page, 'f-talent-graduates_phd', '1');
  await page.getByRole('button', { name: /详细情况/ }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-talent-groups-1-degree');
  // Leaving the degree unchosen names it at the field, in a clerk's words.
  await page.keyboard.press('Tab');
  await page.waitForSelector('#f-talent-groups-1-degree-err:not([hidden])');
  assert.match(await page.textContent('#f-talent-groups-1-degree-err'), /请填写学历/);
  await page.selectOption('#f-talent-groups-1-degree', 'phd');
  await page.waitForSelector('#f-talent-groups-1-degree-err[hidden]', { state: 'attached' });
  await typeInto(page, 'f-talent-groups-1-rent_yuan', '1800');
  await typeInto(page, 'f-talent-groups-1-months_received', '20');
  const rent = item('nanjing.13.graduate_rent_subsidy');
  await waitText(page, rent, /每月 1,800 元/);
  const text = await page.textContent(rent);
  assert.match(text, /还可领 16 个月/);
  assert.match(text, /共 2\.88 万元/); // ¥28,800
  await page.locator('.s-talent').screenshot({ path: ARTIFACTS + 'form-graduates-390.png' });
  await page.locator('.s-titles').screenshot({ path: ARTIFACTS + 'form-title-detail-390.png' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('W4: Huai\'an only — a 专精特新贷 of ¥3M signed 2025-07-01 at 4.0%: ceiling 3.5%, ¥15,000 a year above it', async () => {
  const { page, context, errors } = await open();
  await page.selectOption('#f-city', 'nanjing');
  assert.equal(await page.getByRole('button', { name: /专精特新贷/ }).count(), 0, 'not asked outside Huai\'an');
  await page.selectOption('#f-city', 'huaian');
  await asOf(page, '2025-10-01');
  await typeInto(page, 'f-titles-provincial_srdi', '2024');
  await page.getByRole('button', { name: /添加一笔专精特新贷/ }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-srdi_loans-1-principal_yuan');
  await page.keyboard.type('3000000', { delay: 40 });
  await typeInto(page, 'f-srdi_loans-1-tenor_months', '12');
  await typeInto(page, 'f-srdi_loans-1-signed', '2025-07-01');
  await typeInto(page, 'f-srdi_loans-1-rate_bp', '4.0');
  const ceiling = item('huaian.3-5.loan_rate_ceiling');
  await waitText(page, ceiling, /每年 1\.5 万元/); // ¥15,000
  assert.match(await page.textContent(ceiling), /3\.5%/);
  // A bad tenor is named at the field, in both languages' sense, after leaving it.
  await page.fill('#f-srdi_loans-1-tenor_months', '');
  await typeInto(page, 'f-srdi_loans-1-tenor_months', '999');
  await page.keyboard.press('Tab');
  await page.waitForSelector('#f-srdi_loans-1-tenor_months-err:not([hidden])');
  assert.match(await page.textContent('#f-srdi_loans-1-tenor_months-err'), /贷款期限/);
  await page.locator('.s-finance').screenshot({ path: ARTIFACTS + 'form-huaian-srdi-loan-390.png' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('W5: the tender\'s deduction rate beside the bid — ¥5M at 15% is evaluated at ¥4,250,000', async () => {
  const { page, context, errors } = await open();
  await page.selectOption('#f-city', 'nanjing');
  await asOf(page, '2026-06-30');
  await typeInto(page, 'f-titles-provincial_srdi', '2024');
  await typeInto(page, 'f-procurement-bid_price_yuan', '5000000');
  await typeInto(page, 'f-procurement-deduction_bp', '15');
  await waitText(page, item('nanjing.4.procurement_price_deduction'), /评审价 425 万元/);
  // Out of bounds: the rules crate's message at the field.
  await typeInto(page, 'f-procurement-deduction_bp', '0');
  await page.keyboard.press('Tab');
  await page.waitForSelector('#f-procurement-deduction_bp-err:not([hidden])');
  assert.match(await page.textContent('#f-procurement-deduction_bp-err'), /0%–20%/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('W2: a provincial title of 2021 not renewed brings no 贴息 in 2026; 还可争取 says renewing brings ¥200,000; typing the renewal year 2025 brings it', async () => {
  const { page, context, errors } = await open();
  await page.selectOption('#f-city', 'nantong');
  await asOf(page, '2026-06-30');
  await typeInto(page, 'f-titles-provincial_srdi', '2021');
  await typeInto(page, 'f-finance-equipment_loan_yuan', '10000000');
  await waitText(page, '.s-titles', /有效至 2024 年（评估日已过期）/);
  await waitText(page, `.near-item[data-rule="${SUBSIDY}"]`, /复核.*2026 年 20 万元/);
  assert.equal(await page.$(`li.item[data-rule="${SUBSIDY}"]`), null, 'no 贴息');
  await page.locator('.title-detail summary').first().click();
  await typeInto(page, 'f-titles-provincial_srdi-renewed_year', '2025', 120);
  assert.equal(await focusedId(page), 'f-titles-provincial_srdi-renewed_year');
  await waitText(page, item(SUBSIDY), /2026 年 20 万元/);
  await waitText(page, '.s-titles', /有效至 2028 年/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link with loans, a title\'s details and graduate groups reopens with the same fields filled', async () => {
  const { page, context, errors } = await open();
  await page.selectOption('#f-city', 'nanjing');
  await typeInto(page, 'f-titles-little_giant', '2025');
  await page.locator('.title-detail summary').first().click();
  await typeInto(page, 'f-titles-little_giant-renewed_year', '2026');
  // The new entry's first field takes the focus (after the re-render): type once it has it.
  const focused = (id) => page.waitForFunction((id) => document.activeElement?.id === id, id);
  await page.locator('button.add', { hasText: '添加一笔项目贷款' }).click();
  await focused('f-loans-1-equipment_yuan');
  await page.keyboard.type('1000万', { delay: 30 });
  await typeInto(page, 'f-loans-1-start', '2026-03-01');
  await page.locator('button.add', { hasText: '添加一笔项目贷款' }).click();
  await focused('f-loans-2-equipment_yuan');
  await page.keyboard.type('2000000', { delay: 30 });
  await typeInto(page, 'f-talent-graduates_master', '2');
  await page.getByRole('button', { name: /详细情况/ }).click();
  await page.selectOption('#f-talent-groups-1-degree', 'master');
  await typeInto(page, 'f-talent-groups-1-employed_from', '2025-09');
  await page.waitForTimeout(300);
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /loans\.2\.equipment_yuan=2000000/);
  const again = await open(hash.slice(1));
  const p = again.page;
  assert.equal(await p.inputValue('#f-titles-little_giant'), '2025');
  assert.equal(await p.inputValue('#f-titles-little_giant-renewed_year'), '2026');
  assert.equal(await p.locator('.s-titles details.title-detail[open]').count(), 1, 'details given: the details are open');
  assert.equal(await p.inputValue('#f-loans-1-equipment_yuan'), '1000万');
  assert.equal(await p.inputValue('#f-loans-1-start'), '2026-03-01');
  assert.equal(await p.inputValue('#f-loans-2-equipment_yuan'), '200万');
  assert.equal(await p.inputValue('#f-talent-groups-1-degree'), 'master');
  assert.equal(await p.inputValue('#f-talent-groups-1-employed_from'), '2025-09');
  assert.deepEqual([...errors, ...again.errors], []);
  await again.context.close();
  await context.close();
});

test('at 360 px and 200% text the details fit without sideways scrolling', async () => {
  const { page, context, errors } = await open('v=2&city=huaian&size=small&titles.provincial_srdi=2024&loans.1.equipment_yuan=1000000&srdi_loans.1.principal_yuan=3000000&srdi_loans.1.tenor_months=12&srdi_loans.1.signed=2025-07-01');
  await page.setViewportSize({ width: 360, height: 800 });
  // 200% text (the page's CSP allows no injected style sheet; the CSSOM is fine).
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await page.locator('.title-detail summary').first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await page.locator('.s-finance').screenshot({ path: ARTIFACTS + 'form-finance-360-200pct.png' });
  assert.deepEqual(errors, []);
  await context.close();
});
