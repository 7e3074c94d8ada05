import { serve } from './serve.mjs';
import { ENGINES, launch } from './old-chromium.mjs';
const DIST = new URL('../../dist/', import.meta.url).pathname;
const engine = ENGINES.find((e) => e.name.includes('92'));
const browser = await launch(engine);
const s = await serve(DIST);
const url = `http://127.0.0.1:${s.address().port}/`;
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(url);
await page.waitForSelector('#f-city');
await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
await page.reload();
await page.waitForFunction(() => navigator.serviceWorker.controller !== null && window.wasmBindings);
await new Promise((r) => { s.closeAllConnections(); s.close(r); });
await page.reload();
await page.waitForSelector('#f-city');
await page.evaluate(() => {
  window.log = [];
  const el = document.querySelector('#f-finance-equipment_loan_yuan');
  window.firstEl = el;
  const root = document.getElementById('srdi-app');
  window.log.push('booting=' + root.hasAttribute('data-booting') + ' url=' + location.href);
  new MutationObserver(() => { const now = document.querySelector('#f-finance-equipment_loan_yuan'); if (now !== window.firstEl) { window.log.push('input replaced at ' + performance.now().toFixed(0) + ' value was ' + (window.firstEl && window.firstEl.value)); window.firstEl = now; } }).observe(root, { childList: true, subtree: true });
});
for (const [sel, value] of [['#f-city', 'nanjing'], ['#f-size', 'small']]) {
  await page.evaluate((sel, v) => { const s = document.querySelector(sel); s.value = v; s.dispatchEvent(new Event('input', { bubbles: true })); s.dispatchEvent(new Event('change', { bubbles: true })); }, sel, value);
}
const loan = await page.$('#f-finance-equipment_loan_yuan');
await loan.type('1000万', { delay: 50 });
await new Promise((r) => setTimeout(r, 1500));
console.log(await page.evaluate(() => JSON.stringify({ log: window.log, v: document.querySelector('#f-finance-equipment_loan_yuan').value, booting: document.getElementById('srdi-app').hasAttribute('data-booting'), hash: location.hash })));
await browser.close();
