// Hosts and time (issue 20) in the page: the payment timeline (chart and table agree, and agree
// with the totals), the age of the rules (in the page and the offline file, with advice past 90
// days), a printed card checked back with its receipt, and saved answers from older rules saying
// what changed for this firm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, startSite } from './site.mjs';

let server, browser, base;
before(async () => { ({ server, browser, base } = await startSite(['--allow-file-access-from-files'])); });
after(async () => { await browser?.close(); server?.close(); });

// W1-like: a Nanjing 小巨人 first named in 2026, a ¥10M equipment loan at 3.2%, two PhD graduates.
const FIRM = 'v=3&city=nanjing&size=small&titles.little_giant=2026&finance.equipment_loan_yuan=10000000&finance.equipment_loan_rate_pct=3.2&talent.graduates_phd=2';

async function open(url, context) {
  context ??= await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('#srdi-app:not([data-booting]) #f-city', { timeout: 30000 });
  return { page, context, errors };
}

test('the payment timeline: chart and table say the same, and the as-of year agrees with the totals', async () => {
  const { page, context, errors } = await open(`${base}#${FIRM}&as_of=2026-12-04`);
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  await page.click('details.timeline > summary');
  await page.waitForSelector('.timeline-table tbody');
  const t = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.timeline-table tbody')].map((b) => ({
      year: b.dataset.year,
      rows: [...b.querySelectorAll('tr[data-timeline-rule]')].map((r) => ({ bar: r.dataset.bar, fen: Number(r.dataset.fen), certain: r.dataset.certain === 'true', text: r.textContent })),
    }));
    const bars = [...document.querySelectorAll('.timeline-chart rect')].map((r) => ({ year: r.dataset.year, kind: r.getAttribute('class'), fen: Number(r.dataset.fen) }));
    return { rows, bars };
  });
  assert.ok(t.rows.length >= 2, 'more than one year (the 贴息 and the rent run on)');
  for (const y of t.rows) {
    const sum = (f) => y.rows.filter(f).reduce((a, r) => a + r.fen, 0);
    const bar = (k) => t.bars.filter((b) => b.year === y.year && b.kind === k).reduce((a, b) => a + b.fen, 0);
    assert.equal(bar('c'), sum((r) => r.bar === 'c' && r.certain), `${y.year}: the firm's certain bar is its table rows`);
    assert.equal(bar('s'), sum((r) => r.bar === 's' && r.certain), `${y.year}: the graduates' bar`);
    assert.equal(bar('l'), sum((r) => (r.bar === 'c' || r.bar === 's') && !r.certain), `${y.year}: the likely bar`);
  }
  const y2026 = t.rows.find((y) => y.year === '2026');
  assert.ok(y2026.rows.some((r) => r.fen === 100_000_000 && r.certain && /100 万元/.test(r.text)), 'the ¥1M award is in 2026, certain');
  // The table is read by screen readers: a caption, column headers, one row group per year.
  assert.match(await page.textContent('.timeline-table caption'), /发放时间表/);
  assert.equal(await page.getAttribute('.timeline-chart', 'role'), 'img');
  // The printed card lists each year's heading.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.click('#print');
  await page.waitForFunction(() => window.printed === 1);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('.card-timeline'), /2026 年：企业确定/);
  assert.match(await page.textContent('.card-receipt'), /核验码 SRDI1:/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the rules say how old they are, in the page and the offline file; past 90 days, get a new copy', async () => {
  const { page, context } = await open(base);
  assert.match(await page.textContent('.disclaimer .age'), /规则更新于 \d{4}-\d{2}-\d{2}/);
  await context.close();
  // The offline file opened half a year later (the device's clock).
  const later = await browser.newContext();
  await later.clock.setFixedTime(new Date('2027-06-30T09:00:00+08:00'));
  const { page: old } = await open('file://' + DIST + 'srdi-calc-offline.html', later);
  await old.waitForFunction(() => /已 \d+ 天/.test(document.querySelector('.disclaimer .age')?.textContent ?? ''));
  const age = await old.textContent('.disclaimer .age');
  assert.match(age, /规则更新于 .*，已 \d{3} 天。这份计算器的规则已 \d+ 天未更新，政策可能已有变化/);
  assert.equal(await old.$eval('.disclaimer .age', (p) => p.classList.contains('stale')), true);
  await later.close();
});

test('a printed card is checked back: the same answers and money say 一致, an altered receipt 不同', async () => {
  const { page, context, errors } = await open(`${base}#${FIRM}&as_of=2026-12-04`);
  await page.waitForFunction(() => document.querySelector('.total.main dd')?.textContent === '100 万元');
  await page.evaluate(() => { window.print = () => {}; });
  await page.click('#print');
  await page.waitForSelector('.card-receipt', { state: 'attached' });
  const card = `${await page.textContent('.card-link')}\n${await page.textContent('.card-receipt')}`;
  // An office, later, in another tab: pastes the card's text.
  const { page: office } = await open(base, context);
  await office.click('#srdi-verify > summary');
  await office.fill('#verify-text', card);
  await office.click('#verify-go');
  await office.waitForFunction(() => document.getElementById('verify-result').textContent !== '');
  assert.match(await office.textContent('#verify-result'), /^一致/);
  const code = card.match(/SRDI1:[0-9-]+:[0-9-]+:[0-9A-F]{8}:([0-9A-F]{8})/);
  await office.fill('#verify-text', card.replace(code[1], code[1] === '00000000' ? '11111111' : '00000000'));
  await office.click('#verify-go');
  await office.waitForFunction(() => /^不同/.test(document.getElementById('verify-result').textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

test('answers saved with older rules open with what changed for this firm', async () => {
  const context = await browser.newContext();
  await context.addInitScript((f) => {
    if (!localStorage.getItem('srdi-calc:v1')) {
      localStorage.setItem('srdi-calc:v1', f);
      localStorage.setItem('srdi-calc:rules:v1', '2026-11-20');
    }
  }, FIRM);
  const { page } = await open(base, context);
  await page.waitForFunction(() => /规则已更新（您保存答案时为 2026-11-20/.test(document.querySelector('.notice')?.textContent ?? ''));
  assert.match(await page.textContent('.notice'), /与本企业有关的变化：规则 /);
  assert.equal(await page.$eval('#f-titles-little_giant', (i) => i.value), '2026', 'the saved answers are open');
  await context.close();
});

test('why a document\'s dates are assumed comes with the first-use part when asked', async () => {
  const { page, context, errors } = await open(`${base}#${FIRM}&as_of=2026-12-04`);
  await page.click('details.assumption > summary');
  await page.waitForFunction(() => /南京市若干措施/.test(document.querySelector('details.assumption')?.textContent ?? '') && !document.querySelector('details.assumption .trace-wait'));
  assert.match(await page.textContent('details.assumption'), /文本只写“自公布之日起施行”/);
  assert.deepEqual(errors, []);
  await context.close();
});

// The worked cases of docs/worked-cases.md that have a timeline (W2 and W5 have nothing to time).
const WORKED = [
  ['W1', 'v=3&city=xuzhou&size=medium&manufacturing=true&loans.1.equipment_yuan=100000000&loans.2.equipment_yuan=400000000', '2026-06-30'],
  ['W3', 'v=3&city=nanjing&size=small&titles.little_giant=2025&titles.little_giant.first_month=3&talent.groups.1.degree=phd&talent.groups.1.rent_yuan=1800&talent.groups.1.months_received=20', '2026-06-30'],
  ['W4', 'v=3&city=huaian&size=small&titles.provincial_srdi=2024&srdi_loans.1.principal_yuan=3000000&srdi_loans.1.tenor_months=12&srdi_loans.1.signed=2025-07-01&srdi_loans.1.rate_pct=4', '2025-10-01'],
  ['W6', 'v=3&city=nanjing&size=medium&manufacturing=true&titles.little_giant=2026&titles.single_champion=2026', '2026-11-23'],
];

test('the worked cases\' timelines: chart and table agree, and with the totals the page exports', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  for (const [name, link, asOf] of WORKED) {
    const { page } = await open(`${base}#${link}&as_of=${asOf}`, context);
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const totals = JSON.parse(await (await import('node:fs')).promises.readFile(await d.path(), 'utf8')).totals;
    // W4's loan is a rate ceiling, not money: no timeline to open (its term is in the JS API's and the CLI's).
    if (!(await page.$('details.timeline'))) { assert.equal(name, 'W4', `${name} has money, so a timeline`); await page.close(); continue; }
    await page.click('details.timeline > summary');
    await page.waitForSelector('.timeline-table tbody');
    const t = await page.evaluate(() => ({
      rows: [...document.querySelectorAll('.timeline-table tr[data-timeline-rule]')].map((r) => ({ year: r.closest('tbody').dataset.year, bar: r.dataset.bar, fen: Number(r.dataset.fen), certain: r.dataset.certain === 'true' })),
      bars: [...document.querySelectorAll('.timeline-chart rect')].map((r) => ({ year: r.dataset.year, kind: r.getAttribute('class'), fen: Number(r.dataset.fen) })),
    }));
    const sum = (f) => t.rows.filter(f).reduce((a, r) => a + r.fen, 0);
    const bars = (f) => t.bars.filter(f).reduce((a, b) => a + b.fen, 0);
    const year = asOf.slice(0, 4);
    assert.equal(sum((r) => r.year === year && r.bar === 'c' && r.certain), totals.exact_one_off_fen + totals.annual_fen, `${name}: the as-of year's certain money is the totals' one-off and yearly sums`);
    assert.equal(sum((r) => r.bar === 's' && r.certain), totals.employees_max_total_fen, `${name}: the graduates' months add up to the staff total`);
    assert.equal(bars((b) => b.kind === 'c'), sum((r) => r.bar === 'c' && r.certain), `${name}: chart = table (the firm's)`);
    assert.equal(bars((b) => b.kind === 's'), sum((r) => r.bar === 's' && r.certain), `${name}: chart = table (the graduates')`);
    await page.close();
  }
  await context.close();
});
