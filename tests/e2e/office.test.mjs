// Office mode (issue 19), used as a clerk would: drop a register (GBK, UTF-16, XLSX), map a column by
// hand, read the totals, download the workbook and read it back; the totals equal `srdi batch`'s fen
// for fen; nothing is requested after the page has loaded; 100,000 rows with the progress bar moving,
// and a cancel; the page opened from a folder (file://). Registers come from
// crates/office/examples/register.rs (the same rows as a clerk's file and as batch reads them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, DIST, startSite } from './site.mjs';
import { readXlsx } from './xlsx.mjs';
import { AS_OF, KINDS, register, batch } from './office-registers.mjs';

let server, browser, base;
before(async () => { ({ server, browser, base } = await startSite(['--allow-file-access-from-files'])); });
after(async () => { await browser?.close(); server?.close(); });

async function openOffice(context, url = `${base}office.html`) {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForLoadState('load');
  // From here on nothing may be requested: the file is read in the page.
  page.on('request', (r) => { if (!/^(blob|data):/.test(r.url())) requests.push(r.url()); });
  await page.fill('#as-of', AS_OF);
  return { page, errors, requests };
}

async function drop(page, file) {
  await page.setInputFiles('#file', file);
  await page.waitForSelector('#map:not([hidden]) #map-table tbody tr', { timeout: 60000 });
}

async function runAndWait(page, timeout = 60000) {
  await page.click('#run');
  await page.waitForSelector('#results:not([hidden])', { timeout });
  await page.waitForFunction(() => document.querySelectorAll('#steps tbody tr').length > 0);
}

/** The mapping table's row of a column, by the column's name (its row header). */
const column = (page, name) => page.locator('#map-table tbody tr', { has: page.locator('th', { hasText: name }) });
/** Maps the column a clerk's register names 国家级小巨人首次认定 to the little giant's year, by hand. */
async function mapByHand(page) {
  // First the natural slip: the month of the first recognition, next to the year in the list. The
  // first rows are read at once and the column is named with the form's words, before any run.
  await column(page, '国家级小巨人首次认定').locator('select').selectOption('titles.little_giant.first_month');
  const slip = page.locator('#warnings li', { hasText: '国家级小巨人首次认定' });
  await slip.waitFor();
  assert.match(await slip.textContent(), /前 50 行中有 \d+ 行这一列读不出（如第 \d+ 行：“20\d\d”不是月份，应为 1–12）/);
  await column(page, '国家级小巨人首次认定').locator('select').selectOption('titles.little_giant');
  await slip.waitFor({ state: 'detached' });
  await page.waitForFunction(() => [...document.querySelectorAll('#map-table tbody tr')].some((r) => r.querySelector('th').textContent === '国家级小巨人首次认定' && r.lastChild.textContent.includes('手动或载入')));
}

const fen = (page) => page.$$eval('#totals dd[data-kind]', (dds) => Object.fromEntries(dds.map((d) => [d.dataset.kind, Number(d.dataset.fen)])));

async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: d.suggestedFilename(), bytes: await fs.promises.readFile(await d.path()) };
}

test('a clerk drops a 1,000-row GBK register, maps a column by hand, and the totals are srdi batch\'s to the fen', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, errors, requests } = await openOffice(context);
  assert.match(await page.textContent('#privacy'), /不上传、不发送到任何地方/);
  await drop(page, register(1000, 'gbk'));
  assert.equal(await page.getAttribute('body', 'data-engine'), 'wasm', 'today\'s engine runs the wasm worker');
  assert.match(await page.textContent('#map-info'), /读到 1000 行企业、14 列（.*GBK）/);
  // The column the form does not name is shown unmatched; the clerk maps it by hand.
  const how = (name) => column(page, name).locator('td').last().textContent();
  assert.match(await how('国家级小巨人首次认定'), /未对应，不使用/);
  assert.match(await how('联系人'), /未对应/);
  assert.match(await how('项目贷款 1 · 年利率（%）'), /与表单名称相同/);
  assert.match(await how('规模'), /常用列名/);
  await mapByHand(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'office-mapping.png'), fullPage: false });

  await runAndWait(page);
  const expected = batch(register(1000, 'batch'));
  const counts = await page.$eval('#counts', (c) => ({ firms: Number(c.dataset.firms), bad: Number(c.dataset.bad) }));
  assert.deepEqual(counts, { firms: expected.firms, bad: expected.bad });
  assert.equal(expected.bad, 20, 'every 50th row has a mistake');
  const got = await fen(page);
  for (const k of KINDS) assert.equal(got[k], expected[k], k);
  assert.equal(Number(await page.$eval('#totals', (t) => t.dataset.staffTotal)), expected.staff_total);
  assert.ok(got.one_off > 0 && got.annual > 0 && got.up_to > 0, JSON.stringify(got));
  // The check list names the row, the column and the form's message.
  const check = await page.textContent('#check');
  assert.match(check, /二〇二三.*不是年份/);
  assert.match(check, /一千五/);
  // The charts are drawn (inline SVG) and the one-step list filters by rule.
  assert.ok(await page.locator('#chart-rules svg rect').count() >= 2, 'a bar per rule with certain money');
  assert.ok(await page.locator('#chart-years svg rect').count() >= 1);
  await page.selectOption('#step-rule', 'nanjing.5.little_giant_award');
  await page.waitForFunction(() => [...document.querySelectorAll('#steps tbody tr')].every((r) => r.textContent.includes('小巨人')));
  const first = await page.locator('#steps tbody tr').first().textContent();
  assert.match(first, /获评国家级专精特新“小巨人”企业/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'office-results.png'), fullPage: true });

  // The workbook, read back: its sheets, each firm, the register's sums in 元, the check list.
  await page.selectOption('#step-rule', '');
  const xlsx = await download(page, '#dl-xlsx');
  assert.equal(xlsx.name, `专精特新测算-全区名单-${AS_OF}.xlsx`);
  const book = readXlsx(xlsx.bytes);
  assert.deepEqual(Object.keys(book), ['企业明细', '合计', '一步之遥', '数据检查']);
  assert.equal(book['企业明细'].length, 1 + expected.firms);
  assert.deepEqual(book['企业明细'][0].slice(0, 7), ['行号', '企业名称', '统一社会信用代码', '所在城市', '所在区', '企业规模', '一次性（元）']);
  const all = book['合计'][1];
  assert.equal(all[0], '全部');
  assert.equal(Math.round(all[3] * 100), expected.one_off);
  assert.equal(Math.round(all[4] * 100), expected.annual);
  const firmsOneOff = book['企业明细'].slice(1).reduce((n, r) => n + Math.round((r[6] || 0) * 100), 0);
  assert.equal(firmsOneOff, expected.one_off, 'the firms\' one-off sums add up to the total');
  assert.ok(book['企业明细'][1].at(-1).startsWith(`${base}index.html#v=3&city=`), 'each firm\'s share link');
  assert.equal(book['数据检查'].length - 1, await page.$eval('#check-info', (p) => Number(p.textContent.match(/共 (\d+) 处/)[1])));
  // The CSV: UTF-8 with a mark, Chinese headers.
  const csv = (await download(page, '#dl-firms')).bytes.toString('utf8');
  assert.ok(csv.startsWith('\ufeff行号,企业名称,'));
  assert.equal(csv.trim().split('\n').length, 1 + expected.firms);
  // The mapping saved and loaded again.
  const saved = JSON.parse((await download(page, '#save-mapping')).bytes.toString('utf8'));
  assert.equal(saved.columns['国家级小巨人首次认定'], 'titles.little_giant');

  assert.deepEqual(requests, [], 'nothing requested after the page loaded');
  assert.deepEqual(errors, []);
  await context.close();
});

test('odd encodings and an XLSX register read the same firms', async () => {
  const context = await browser.newContext();
  const { page, errors, requests } = await openOffice(context);
  const totals = [];
  for (const format of ['utf16', 'utf8', 'xlsx']) {
    await drop(page, register(200, format));
    assert.match(await page.textContent('#map-info'), format === 'xlsx' ? /工作表“Sheet1”，XLSX/ : format === 'utf16' ? /UTF-16LE/ : /UTF-8/);
    await mapByHand(page);
    await runAndWait(page);
    totals.push({ format, ...(await fen(page)) });
  }
  // The CSVs agree; the workbook has no short rows (a sheet is a rectangle), so its firms are at least as many.
  assert.deepEqual({ ...totals[0], format: '' }, { ...totals[1], format: '' });
  assert.ok(totals[2].one_off >= totals[0].one_off);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with WebAssembly removed, the same Rust code runs as JavaScript (the old engines\' worker): the same totals, the same workbook', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => { delete window.WebAssembly; });
  const { page, errors, requests } = await openOffice(context);
  await drop(page, register(200, 'gbk'));
  assert.equal(await page.getAttribute('body', 'data-engine'), 'js');
  await mapByHand(page);
  await runAndWait(page);
  const expected = batch(register(200, 'batch'));
  const got = await fen(page);
  for (const k of KINDS) assert.equal(got[k], expected[k], k);
  assert.ok(got.one_off > 0, JSON.stringify(got));
  assert.equal(Number(await page.$eval('#counts', (c) => c.dataset.firms)), expected.firms);
  const book = readXlsx((await download(page, '#dl-xlsx')).bytes);
  assert.deepEqual(Object.keys(book), ['企业明细', '合计', '一步之遥', '数据检查']);
  assert.equal(book['企业明细'].length, 1 + expected.firms);
  assert.equal(Math.round(book['合计'][1][3] * 100), expected.one_off);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('100,000 rows: the progress bar moves, the totals are batch\'s, and a run can be cancelled', async () => {
  const context = await browser.newContext();
  const { page, errors, requests } = await openOffice(context);
  await drop(page, register(100000, 'utf8'));
  await mapByHand(page);
  // Cancel part-way: the file and the mapping stay, ready to run again.
  await page.click('#run');
  await page.waitForFunction(() => document.getElementById('progress').value > 0);
  await page.click('#cancel');
  await page.waitForSelector('#map:not([hidden]) #map-table tbody tr');
  assert.ok(await page.locator('#progress-box').isHidden());
  assert.match(await column(page, '国家级小巨人首次认定').locator('td').last().textContent(), /手动或载入/, 'the hand mapping survives a cancel');
  // The whole run, watching the bar.
  await page.evaluate(() => {
    window.seen = [];
    new MutationObserver(() => window.seen.push(document.getElementById('progress').value)).observe(document.getElementById('progress-text'), { childList: true, subtree: true });
  });
  await runAndWait(page, 180000);
  const seen = await page.evaluate(() => window.seen);
  assert.ok(new Set(seen).size >= 20, `the bar moved through ${new Set(seen).size} values`);
  assert.deepEqual(seen, [...seen].sort((a, b) => a - b), 'never backwards');
  const expected = batch(register(100000, 'batch'));
  const got = await fen(page);
  assert.equal(got.one_off, expected.one_off);
  assert.equal(got.annual, expected.annual);
  assert.equal(Number(await page.$eval('#counts', (c) => c.dataset.firms)), expected.firms);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('office mode works from a folder (file://), as beside the offline file, with no request', async () => {
  const context = await browser.newContext();
  const { page, errors, requests } = await openOffice(context, `file://${path.join(DIST, 'office.html')}`);
  await drop(page, register(200, 'gbk'));
  await mapByHand(page);
  await runAndWait(page);
  assert.ok((await fen(page)).one_off > 0);
  assert.match(await page.getAttribute('#to-calculator', 'href'), /srdi-calc-offline\.html$/);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the calculator links to office mode from its footer, and does not load it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base);
  await page.waitForSelector('#srdi-app:not([data-booting]) #f-city', { timeout: 30000 });
  assert.equal(await page.getAttribute('footer a[href="./office.html"]', 'href'), './office.html');
  assert.deepEqual(requests.filter((u) => /office/.test(u)), []);
  await context.close();
});
