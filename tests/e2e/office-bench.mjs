// Office mode's benchmark (issue 19; a benchmark, not a test): a synthetic register of N rows
// (crates/office/examples/register.rs) dropped into dist/office.html in headless Chromium, run to the
// end. Reports the time to read the file and show the mapping, the run (parse, check, evaluate,
// sum: the worker's own clock, and from the click to the totals on screen), the workbook's
// download, the worker's wasm memory (its peak: wasm memory only grows), the page's JS heap, and the
// longest task on the page's main thread (the budget: 100,000 rows within 10 s on 2 cores, memory
// within 500 MB, no main-thread task over 100 ms).
// Usage: node tests/e2e/office-bench.mjs [rows=100000] [format=utf8|gbk|xlsx]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ARTIFACTS, startSite } from './site.mjs';

const rows = Number(process.argv[2] || 100000);
const format = process.argv[3] || 'utf8';
const ROOT = new URL('../../', import.meta.url).pathname;
const file = path.join(ARTIFACTS, `office-bench-${rows}.${format === 'xlsx' ? 'xlsx' : 'csv'}`);
execFileSync('cargo', ['run', '-q', '--locked', '-p', 'srdi-office', '--example', 'register', '--', String(rows), format, file], { cwd: ROOT, stdio: 'inherit' });
const { server, browser, base } = await startSite();
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}office.html`);
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  await page.fill('#as-of', '2026-11-23');
  let t = Date.now();
  await page.setInputFiles('#file', file);
  await page.waitForSelector('#map:not([hidden]) #map-table tbody tr', { timeout: 120000 });
  const openMs = Date.now() - t;
  await page.locator('#map-table tbody tr', { hasText: '国家级小巨人首次认定' }).locator('select').selectOption('titles.little_giant');
  await page.waitForFunction(() => [...document.querySelectorAll('#map-table tbody tr')].some((r) => r.textContent.includes('手动或载入')));
  t = Date.now();
  await page.click('#run');
  await page.waitForSelector('#results:not([hidden])', { timeout: 300000 });
  const wallMs = Date.now() - t;
  t = Date.now();
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 300000 }), page.click('#dl-xlsx')]);
  const xlsxBytes = fs.statSync(await d.path()).size;
  const xlsxMs = Date.now() - t;
  const m = await page.evaluate(() => ({ runMs: Number(document.body.dataset.runMs), memory: Number(document.body.dataset.memory), heap: performance.memory ? performance.memory.usedJSHeapSize : 0, longest: window.longest, firms: document.getElementById('counts').dataset.firms }));
  const mb = (b) => `${(b / 1048576).toFixed(0)} MB`;
  console.log(`office bench: ${rows} rows (${format}, ${(fs.statSync(file).size / 1048576).toFixed(1)} MB), ${m.firms} firms`);
  console.log(`  read and map            ${openMs} ms`);
  console.log(`  run (worker)            ${m.runMs} ms   (click to totals on screen: ${wallMs} ms)`);
  console.log(`  workbook                ${xlsxMs} ms, ${(xlsxBytes / 1048576).toFixed(1)} MB`);
  console.log(`  worker wasm memory      ${mb(m.memory)} (peak)`);
  console.log(`  page JS heap            ${mb(m.heap)}`);
  console.log(`  longest main-thread task ${Math.round(m.longest)} ms (tasks over 50 ms are reported by the browser; 0: none)`);
} finally {
  await browser.close();
  server.close();
}
