// What a person sees of the results: money first on a 390 px phone, totals that inform, the printed
// 政策明白卡 checked as a PDF rendered to images (with its QR code decoded), and the table a clerk opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import jsQR from 'jsqr';
import { ARTIFACTS, DIST, startSite } from './site.mjs';

let server, browser, base;

before(async () => { ({ server, browser, base } = await startSite()); });
after(async () => { await browser?.close(); server?.close(); });

async function open(fragment, viewport) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + fragment);
  await page.waitForSelector('#f-city', { timeout: 30000 });
  await page.waitForFunction(() => !document.querySelector('#srdi-app')?.hasAttribute('data-booting'));
  return { page, context, errors };
}

// A Nanjing small firm: a first-time little giant with a loan, graduates and a bid.
const NANJING = '#v=1&city=nanjing&size=small&titles.little_giant=2026&titles.provincial_srdi=2023'
  + '&finance.equipment_loan_yuan=10000000&finance.equipment_loan_rate_bp=320&talent.graduates_phd=2&procurement.bid_price_yuan=1234567';

test('on a 390 px phone the money comes first and the ¥1M award is on the first screen of results', async () => {
  const { page, context, errors } = await open(NANJING, { width: 390, height: 844 });
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  // Sections in order of worth: totals, money, within reach, prices, services (collapsed), lapsed (collapsed), documents.
  const order = await page.$$eval('#results > .totals, #results > .group, #results > .near, #results > .docs', (els) => els.map((e) => e.className));
  const names = order.map((c) => c.replace('group ', ''));
  const at = (n) => names.findIndex((c) => c.startsWith(n));
  assert.ok(at('totals') === 0 && at('money') === 1, names.join(' | '));
  assert.ok(at('money') < at('prices') && at('prices') < at('services') && at('services') < at('lapsed') && at('lapsed') < at('docs'), names.join(' | '));
  assert.equal(await page.$eval('.services', (d) => d.open), false, 'services collapsed');
  assert.equal(await page.$eval('.lapsed', (d) => d.open), false, 'expired collapsed');
  // Folded, their cards are not made yet; opened, they are, and stay in step with the answers.
  assert.equal(await page.locator('.lapsed .item').count(), 0);
  const lapsedCount = Number((await page.textContent('.lapsed > summary')).match(/（(\d+) 项）/)[1]);
  await page.click('details.lapsed > summary');
  await page.locator('.lapsed .item').first().waitFor();
  assert.equal(await page.locator('.lapsed .item').count(), lapsedCount);
  assert.ok(await page.locator('.lapsed .badge').count() >= 1, 'each expired card says why');
  await page.click('details.lapsed > summary');
  // Money: one-off sums, then yearly, staff's, caps, amount not stated.
  const kinds = await page.$$eval('.money .item .amount', (els) => els.map((e) => e.classList[1]));
  const rank = { exact: 0, annual: 1, monthly: 2, up_to: 3, unquantified: 4 };
  assert.deepEqual([...kinds].sort((a, b) => rank[a] - rank[b]), kinds, kinds.join(','));
  assert.equal(kinds[0], 'exact');
  // No expired item is listed under money; no service under money.
  assert.equal(await page.locator('.money .badge.expired').count(), 0);
  assert.equal(await page.locator('.money .item.nm').count(), 0);
  // Jump to the results (the skip link): the award is within the first screen, above the compact totals bar.
  await page.click('a.skip', { force: true }).catch(() => page.evaluate(() => { location.hash = ''; document.getElementById('results').scrollIntoView(); }));
  await page.evaluate(() => document.getElementById('results').scrollIntoView());
  const award = await page.locator('[data-rule="nanjing.5.little_giant_award"]').boundingBox();
  const bar = await page.locator('.totals-bar').boundingBox();
  assert.ok(award && award.y >= 0 && award.y + award.height <= 844, `award at ${award?.y}..${award && award.y + award.height}, screen is 844 px`);
  assert.ok(bar && award.y + award.height <= bar.y, 'the totals bar does not cover the award');
  await page.screenshot({ path: ARTIFACTS + 'results-390-first-screen.png' });
  // While editing the form at the top, the totals stay in view in the compact bar.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus('#f-titles-little_giant');
  assert.ok(await page.isVisible('.totals-bar'));
  assert.match(await page.textContent('.totals-bar'), /一次性确定金额 100 万元/);
  const barBox = await page.locator('.totals-bar').boundingBox();
  assert.ok(barBox.y + barBox.height <= 844 && barBox.y > 700, 'the bar sits at the bottom of the screen');
  assert.deepEqual(errors, []);
  await context.close();
});

test('totals inform: no zero totals, counts agree with the sections, one note for assumed dates, badges whole, one money format', async () => {
  const { page, context } = await open('#v=1&city=nanjing&size=small', { width: 1280, height: 900 });
  await page.waitForSelector('.totals');
  const totals = await page.textContent('.totals dl');
  assert.doesNotMatch(totals, /(^|[^0-9,.])0 元/, `no zero total: ${totals}`);
  assert.match(await page.textContent('.totals-none'), /按目前的答案，暂无可以算出数额的条款/);
  const { page: p2, context: c2 } = await open(NANJING, { width: 1280, height: 900 });
  await p2.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  // The non-monetary count is the services listed (prices and rates are shown with their figures); print says the same number.
  const nm = Number((await p2.textContent('.total.count:last-child dd')).match(/\d+/)[0]);
  await p2.click('details.services > summary');
  await p2.locator('.services .item').first().waitFor();
  const services = await p2.locator('.services .item').count();
  assert.equal(nm, services, `totals say ${nm}, the list shows ${services}`);
  assert.match(await p2.textContent('.services > summary'), new RegExp(`（${services} 项）`));
  assert.match(await p2.textContent('.card-extra'), new RegExp(`另有 ${services} 项服务`));
  // "日期为假定" is not on every card; it is said once.
  assert.equal(await p2.locator('.item .badge.assumed').count(), 0);
  assert.equal(await p2.locator('.assumed-note').count(), 1);
  // Badges never break inside a word.
  const broken = await p2.$$eval('.badge', (els) => els.filter((e) => e.getClientRects().length > 1 || getComputedStyle(e).whiteSpace !== 'nowrap').length);
  assert.equal(broken, 0);
  // One way of writing money: 万元 only when exact to two decimals (no "9.216 万元").
  const text = await p2.textContent('#results');
  assert.doesNotMatch(text, /\d\.\d{3,} 万元/);
  assert.match(text, /每月 4,800 元（每年 5.76 万元，还可领 \d+ 个月，共 [\d.,]+ (万)?元）/);
  await context.close(); await c2.close();
});

function pdfPages(pdfPath, prefix) {
  execFileSync('pdftoppm', ['-r', '110', '-png', pdfPath, prefix]);
  execFileSync('pdftoppm', ['-r', '200', '-gray', pdfPath, prefix + '-gray']);
  return fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith(prefix.split('/').pop() + '-gray')).sort().map((f) => ARTIFACTS + f);
}

/** Reads a binary PGM (P5) into RGBA for jsQR. */
function pgm(path) {
  const buf = fs.readFileSync(path);
  const header = buf.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  const px = buf.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) { rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = px[i]; rgba[4 * i + 3] = 255; }
  return { rgba, w, h };
}

test('a rate under 0.5% is questioned once on screen, at its field, and again on the printed card', async () => {
  const { page, context, errors } = await open('#v=3&city=nanjing&size=small&titles.little_giant=2026&finance.equipment_loan_yuan=10000000&finance.equipment_loan_rate_pct=0.3', { width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  const visible = async () => {
    const all = page.locator('p', { hasText: '低于 0.5%，很少见' });
    const out = [];
    for (let i = 0; i < await all.count(); i++) if (await all.nth(i).isVisible()) out.push(await all.nth(i).evaluate((e) => (e.closest('.field') ? 'field' : e.closest('#results') ? 'results' : 'other')));
    return out;
  };
  assert.deepEqual(await visible(), ['field'], 'said once, under the rate');
  assert.match(await page.getAttribute('#f-finance-equipment_loan_rate_bp', 'aria-describedby'), /f-finance-equipment_loan_rate_bp-why/);
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visible(), ['results'], 'the card says it (the form is not printed)');
  const printed = await page.locator('#results p', { hasText: '很少见' }).textContent();
  assert.match(printed, /年利率[^：]*：年利率 0\.3%，低于 0\.5%，很少见：是 30% 吗？/, 'named as the form names it');
  assert.doesNotMatch(printed, /finance\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printed 政策明白卡 stands on its own: answers, workings, clauses, date, rules version, link and a QR code that reads back', async () => {
  const { page, context } = await open(NANJING, { width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  const link = await page.inputValue('#share-link');
  // The card's QR code is made when the card is asked for (the part loaded on first use), then
  // the browser's print dialog opens (stubbed here: counted).
  assert.equal(await page.locator('.card-link svg.qr').count(), 0, 'no QR code before the card is asked for');
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.click('#print');
  await page.waitForSelector('.card-link svg.qr', { state: 'attached' });
  await page.waitForFunction(() => window.printed === 1);
  await page.emulateMedia({ media: 'print' });
  const card = await page.evaluate(() => document.body.innerText);
  // The answers used, as a person reads them.
  for (const answer of [/设备购置贷款[^\n]*\n?\s*1,000 万元/, /2 人/, /1,234,567 元/, /2026 年/]) assert.match(card, answer);
  // Each amount with its working and clause.
  assert.match(card, /项目 1：设备购置部分 1,000 万元 × 2% = 20 万元/);
  assert.match(card, /其余博士 2 人：.*每人每月 2,400 元/);
  assert.match(card, /南京市若干措施》（五）：对首次获评/);
  // Date, version and the link as text.
  // The date and the rules version, once: in the receipt.
  assert.match(card, /核验码 SRDI1:\S+（规则版本 \d{4}-\d{2}-\d{2}，评估日期 \d{4}-\d{2}-\d{2}）/);
  assert.equal(card.match(/规则版本/g).length, 1, 'the rules version is printed once');
  assert.ok(card.replace(/\s/g, '').includes(link.replace(/\s/g, '')), 'the link is printed as text');
  // No form controls or buttons printed; services and expired items not under money.
  for (const sel of ['input', 'select', 'button', '.services', '.lapsed', '.near', '.office-link']) {
    const shown = await page.$$eval(sel, (els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(shown, 0, `${sel} printed`);
  }
  const pdfPath = ARTIFACTS + 'policy-card.pdf';
  fs.writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  for (const f of fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith('policy-card-'))) fs.rmSync(ARTIFACTS + f);
  const grays = pdfPages(pdfPath, ARTIFACTS + 'policy-card');
  assert.ok(grays.length >= 1 && grays.length <= 2, `the card is ${grays.length} pages`);
  // The QR code in the rendered PDF decodes to the share link.
  let decoded = null;
  for (const g of grays) {
    const { rgba, w, h } = pgm(g);
    decoded = jsQR(rgba, w, h)?.data ?? decoded;
  }
  assert.equal(decoded, link, 'the printed QR code reads back as the share link');
  // The PDF's text layer has the date and version too (what a reader copies).
  const txt = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  assert.match(txt, /规则版本/);
  assert.match(txt, /测算依据的企业信息/);
  await context.close();
});

test('the table a clerk opens: BOM, Chinese headers, 元 amounts, document titles, evaluation price column; English in English', async () => {
  const { page, context } = await open(NANJING, { width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  assert.match(await page.textContent('#export-csv'), /下载表格/);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.match(dl.suggestedFilename(), /^专精特新政策测算-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync(await dl.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = bytes.toString('utf8').slice(1);
  const [header, ...rows] = text.trim().split('\n');
  assert.equal(header, '文件,简称,条款,项目,类别,受益方,金额类型,金额（元）,评审价（元）,金额说明,期限,发放方式,计入合计,提示,原文,编号');
  const award = rows.find((r) => r.endsWith('nanjing.5.little_giant_award'));
  assert.match(award, /^《关于促进专精特新中小企业高质量发展的若干措施》,南京市若干措施,（五）,.*,一次性,1000000,,100 万元,/);
  assert.ok(rows.some((r) => /,评审价,,987653\.60,/.test(r)), 'the evaluation price has its own column, to the fen');
  assert.ok(!text.includes('.txt'), 'no file names');
  await page.click('.lang button:has-text("English")');
  const [en] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const enText = fs.readFileSync(await en.path(), 'utf8');
  assert.ok(enText.startsWith('\ufeffDocument,Short name,Clause,Benefit,'), enText.slice(0, 80));
  await context.close();
});
