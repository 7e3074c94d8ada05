// What the browser tests share: the built site served from dist/ on a free port, Debian's
// Chromium launched the way this machine needs (no sandbox as root, no background network),
// and the folder where screenshots and rendered pages are kept for a person to look at.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
fs.mkdirSync(ARTIFACTS, { recursive: true });
export const DIST = new URL('../../dist/', import.meta.url).pathname;
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** Serves dist/ and launches Chromium: `{ server, browser, base }` (base ends with `/`). */
export async function startSite(extraArgs = []) {
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
  return { server, browser, base };
}

/** Waits until the calculator has started (the wasm or the JavaScript build took over the page). */
export const ready = (page) => page.waitForSelector('#srdi-app:not([data-booting]) #f-city', { timeout: 30000 });

/** Opens `url` in a new page of `context` once the calculator has started: `{ page, errors }`. */
export async function openCalculator(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await ready(page);
  return { page, errors };
}
