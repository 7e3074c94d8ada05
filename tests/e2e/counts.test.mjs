// Counts and labels that agree (issue 16 item 7): the non-monetary count is the same on the tile,
// the folded list's summary and the printed card, typed in key by key; the rent card titled 上浮
// shows the raise apart from the base subsidy (card and tile); 还可争取 lists money before
// 金额未明确, each what-if button named for what it tries; "已填入…" is said where the focus lands.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, openCalculator } from './site.mjs';

let server, browser, base;

before(async () => { ({ server, browser, base } = await startSite()); });
after(async () => { await browser?.close(); server?.close(); });

const open = openCalculator;

/** The three counts: the 非资金支持 tile, the folded list's summary, the printed card; and the items listed. */
async function counts(page) {
  return page.evaluate(() => {
    const num = (el, re) => { const m = (el?.textContent ?? '').match(re); return m ? Number(m[1]) : null; };
    const tile = [...document.querySelectorAll('.totals .total.count')].find((d) => d.querySelector('dt')?.textContent === '非资金支持');
    return {
      tile: num(tile?.querySelector('dd'), /(\d+)\s*项/),
      list: num(document.querySelector('.services > summary'), /（(\d+) 项）/),
      card: num(document.querySelector('.print-only.card-extra'), /另有 (\d+) 项服务/),
      listed: document.querySelectorAll('.services .item').length,
    };
  });
}

test('the non-monetary count agrees on the tile, the folded list and the print card, typed key by key', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small');
  await page.click('#f-titles-little_giant');
  await page.keyboard.type('2026', { delay: 60 });
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  // The folded list's cards are made when it is first opened (not on every key while folded).
  assert.equal((await counts(page)).listed, 0, 'no cards made while folded');
  await page.click('details.services > summary');
  await page.waitForFunction(() => document.querySelectorAll('.services .item').length > 0);
  const c = await counts(page);
  assert.ok(c.tile > 10, JSON.stringify(c));
  assert.deepEqual(c, { tile: c.tile, list: c.tile, card: c.tile, listed: c.tile }, `tile, list, card and items listed: ${JSON.stringify(c)}`);
  // A price or a rate ceiling is listed with its figure, not counted as a service.
  assert.ok(await page.locator('.prices .item').count() >= 1);
  // Typing more, key by key (a graduate; then a year deleted and typed again): still one number everywhere.
  await page.click('#f-talent-graduates_phd');
  await page.keyboard.type('1', { delay: 60 });
  await page.click('#f-titles-little_giant');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('5', { delay: 60 });
  await page.waitForFunction(() => (document.querySelector('#f-titles-little_giant')?.value ?? '') === '2025');
  await page.waitForFunction(() => !!document.querySelector('[data-rule="nanjing.13.graduate_rent_subsidy"]'));
  const d = await counts(page);
  assert.deepEqual(d, { tile: d.tile, list: d.tile, card: d.tile, listed: d.tile }, JSON.stringify(d));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the rent card titled 上浮 shows the raise apart from the base subsidy, on the card and the tile', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2025');
  await page.click('#f-talent-graduates_phd');
  await page.keyboard.type('1', { delay: 60 });
  const card = page.locator('[data-rule="nanjing.13.graduate_rent_subsidy"]');
  await card.waitFor();
  assert.match(await card.locator('.item-name').textContent(), /上浮/);
  assert.match(await card.locator('.amount').textContent(), /^每月 2,400 元/);
  const split = '其中因小巨人上浮：每月 400 元；基础补贴（南京市政策）每月 2,000 元';
  assert.equal((await card.locator('.split').textContent()).trim(), split);
  const tile = page.locator('.totals .total').filter({ hasText: '员工租房补贴（每月）' });
  assert.match(await tile.locator('dd').textContent(), /^2,400 元/);
  assert.equal((await tile.locator('.split').textContent()).trim(), split);
  // The working says the same (fetched when 依据与计算 is opened).
  await card.locator('summary').click();
  await card.locator('.trace li', { hasText: '合计：现在每月 2,400 元（其中本措施上浮 400 元，基础补贴 2,000 元）' }).waitFor();
  // In English too.
  await page.click('.lang button:has-text("English")');
  await page.waitForFunction(() => /the base subsidy/.test(document.querySelector('[data-rule="nanjing.13.graduate_rent_subsidy"] .split')?.textContent ?? ''));
  assert.equal((await card.locator('.split').textContent()).trim(), "Of which the raise for the little giant title: ¥400 a month; the base subsidy (Nanjing's own policy): ¥2,000 a month");
  assert.deepEqual(errors, []);
  await context.close();
});

test('还可争取 lists money before 金额未明确, and each what-if button is named for what it tries', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2026');
  await page.waitForSelector('.near-item');
  const rows = await page.$$eval('.near-item', (els) => els.map((e) => ({
    text: e.querySelector('span')?.textContent ?? '',
    name: e.querySelector('button.whatif')?.getAttribute('aria-label') ?? '',
  })));
  const unstated = rows.map((r) => /：金额未明确$/.test(r.text.trim()));
  assert.ok(unstated.includes(true) && unstated.includes(false), JSON.stringify(rows));
  assert.equal(unstated.indexOf(true), unstated.lastIndexOf(false) + 1, `money first, then 金额未明确: ${JSON.stringify(rows)}`);
  assert.match(rows[0].text, /单项冠军.*300 万元$/, 'the largest one-off sum first');
  for (const r of rows) {
    // 「获评…  → 《…》…：…」: the button names what precedes the arrow.
    const tries = r.text.split(' → ')[0].trim();
    assert.ok(r.name.startsWith('如果') && r.name.includes(tries.replace(/^如果您/, '')), `${r.name} / ${tries}`);
  }
  const button = page.getByRole('button', { name: '如果获评国家制造业单项冠军企业', exact: true });
  assert.ok(await button.count() >= 1);
  await button.first().click();
  await page.waitForSelector('.diff');
  assert.equal(await page.getByRole('button', { name: '取消假设：如果获评国家制造业单项冠军企业', exact: true }).count(), 1);
  // Used in the answers: "已填入…" is said at the field that gets the focus.
  await page.click('.diff button.adopt');
  await page.waitForFunction(() => document.activeElement?.id === 'f-titles-single_champion');
  await page.waitForFunction(() => /已填入您的答案：获评国家制造业单项冠军企业/.test(document.activeElement?.closest('.field')?.querySelector('.done[role=status]')?.textContent ?? ''));
  assert.match(await page.getAttribute('#f-titles-single_champion', 'aria-describedby'), /f-titles-single_champion-done/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printed card says when a title\'s validity is presumed lapsed', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, base + '#v=2&city=nanjing&size=small&titles.little_giant=2020&titles.provincial_srdi=2026');
  // The card's list of answers comes with the first-use part when the card is printed (打印).
  await page.evaluate(() => { window.print = () => {}; });
  await page.click('#print');
  await page.waitForSelector('.print-only .card-answers dd', { state: 'attached' }); // print only: in the DOM, not shown
  const answers = await page.textContent('.print-only .card-answers');
  assert.match(answers, /2020 年（按三年有效期推定已失效）/);
  assert.doesNotMatch(answers, /2026 年（/, 'a title still valid says nothing more');
  assert.deepEqual(errors, []);
  await context.close();
});
