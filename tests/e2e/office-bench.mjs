// Office mode's benchmark (issue 19; a benchmark, not a test): a synthetic register of N rows
// (crates/office/examples/register.rs) dropped into dist/office.html in headless Chromium, run to the
// end. Reports the time to read the file and show the mapping, the run (parse, check, evaluate,
// sum: the worker's own clock, and from the click to the totals on screen), the workbook's
// download, the worker's memory (wasm: its peak, wasm memory only grows; the JavaScript build's
// memory is an ArrayBuffer that grows the same way), the page's JS heap, and the longest task on the
// page's main thread (the budget: 100,000 rows within 10 s on 2 cores, memory within 500 MB, no
// main-thread task over 100 ms). With an engine of 80 or 92, in real Chromium 80 or 92
// (old-chromium.mjs), which run the JavaScript worker.
// Usage: node tests/e2e/office-bench.mjs [rows=100000] [format=utf8|gbk|xlsx] [engine=today|80|92]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ARTIFACTS, startSite } from './site.mjs';
import { ENGINES, launch } from './old-chromium.mjs';

const rows = Number(process.argv[2] || 100000);
const format = process.argv[3] || 'utf8';
const engineArg = process.argv[4] || 'today';
const old = engineArg === 'today' ? null : ENGINES.find((e) => String(e.major) === engineArg);
if (engineArg !== 'today' && !old) throw new Error(`office-bench: engine ${engineArg}: one of today, ${ENGINES.map((e) => e.major).join(', ')}`);
const ROOT = new URL('../../', import.meta.url).pathname;
const file = path.join(ARTIFACTS, `office-bench-${rows}.${format === 'xlsx' ? 'xlsx' : 'csv'}`);
execFileSync('cargo', ['run', '-q', '--locked', '-p', 'srdi-office', '--example', 'register', '--', String(rows), format, file], { cwd: ROOT, stdio: 'inherit' });
const { server, browser, base } = await startSite();
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'srdi-office-bench-'));
let oldBrowser = null;
try {
  let page;
  if (old) {
    oldBrowser = await launch(old);
    page = await oldBrowser.newPage();
    await page._client.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  } else {
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  }
  await page.goto(`${base}office.html`);
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask', buffered: true });
    const i = document.getElementById('as-of');
    i.value = '2026-11-23';
    i.dispatchEvent(new Event('change', { bubbles: true }));
  });
  let t = Date.now();
  if (old) {
    const input = await page.$('#file');
    await page._client.send('DOM.setFileInputFiles', { objectId: input._remoteObject.objectId, files: [file] });
  } else {
    await page.setInputFiles('#file', file);
  }
  await page.waitForSelector('#map:not([hidden]) #map-table tbody tr', { timeout: 600000 });
  const openMs = Date.now() - t;
  const column = await page.evaluate(() => [...document.querySelectorAll('#map-table tbody tr')].findIndex((r) => r.querySelector('th').textContent === '国家级小巨人首次认定'));
  await page.select ? page.select(`select[data-column="${column}"]`, 'titles.little_giant') : page.selectOption(`select[data-column="${column}"]`, 'titles.little_giant');
  await page.waitForFunction(() => [...document.querySelectorAll('#map-table tbody tr')].some((r) => r.textContent.includes('手动或载入')));
  t = Date.now();
  await page.click('#run');
  await page.waitForSelector('#results:not([hidden])', { timeout: 1800000 });
  const wallMs = Date.now() - t;
  t = Date.now();
  let xlsxBytes;
  if (old) {
    await page.click('#dl-xlsx');
    const name = '专精特新测算-全区名单-2026-11-23.xlsx';
    while (!fs.existsSync(path.join(downloads, name)) && Date.now() - t < 1800000) await new Promise((ok) => setTimeout(ok, 50));
    xlsxBytes = fs.statSync(path.join(downloads, name)).size;
  } else {
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 300000 }), page.click('#dl-xlsx')]);
    xlsxBytes = fs.statSync(await d.path()).size;
  }
  const xlsxMs = Date.now() - t;
  const m = await page.evaluate(() => ({ engine: document.body.dataset.engine, runMs: Number(document.body.dataset.runMs), memory: Number(document.body.dataset.memory), heap: performance.memory ? performance.memory.usedJSHeapSize : 0, longest: window.longest, firms: document.getElementById('counts').dataset.firms }));
  const mb = (b) => `${(b / 1048576).toFixed(0)} MB`;
  console.log(`office bench: ${rows} rows (${format}, ${(fs.statSync(file).size / 1048576).toFixed(1)} MB), ${m.firms} firms; ${old ? old.name : 'today\'s Chromium'}, ${m.engine === 'js' ? 'JavaScript' : 'wasm'} worker`);
  console.log(`  read and map            ${openMs} ms`);
  console.log(`  run (worker)            ${m.runMs} ms   (click to totals on screen: ${wallMs} ms)`);
  console.log(`  workbook                ${xlsxMs} ms, ${(xlsxBytes / 1048576).toFixed(1)} MB`);
  console.log(`  worker memory           ${mb(m.memory)} (peak)`);
  console.log(`  page JS heap            ${mb(m.heap)}`);
  console.log(`  longest main-thread task ${Math.round(m.longest)} ms (tasks over 50 ms are reported by the browser; 0: none)`);
} finally {
  await oldBrowser?.close();
  await browser.close();
  server.close();
  fs.rmSync(downloads, { recursive: true, force: true });
}
