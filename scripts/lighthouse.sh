#!/usr/bin/env bash
# Lighthouse (mobile, default throttling) against the built calculator served as a real host
# would (precompressed brotli/gzip), with Debian's Chromium. Prints the four category scores.
# Usage: bash scripts/lighthouse.sh      (reports in tests/lighthouse/report.*)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SRDI_NEED_BROWSER=1
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
[ -x tests/lighthouse/node_modules/.bin/lighthouse ] || (cd tests/lighthouse && npm install --no-audit --no-fund)
[ -f dist/index.html ] || bash scripts/build.sh
node tests/e2e/serve.mjs dist 8787 > /dev/null &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 1
CHROME_PATH=/usr/bin/chromium tests/lighthouse/node_modules/.bin/lighthouse http://127.0.0.1:8787/ \
  --quiet --output=json --output=html --output-path=tests/lighthouse/report \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking"
node -e "
const r = require('./tests/lighthouse/report.report.json');
for (const [k, c] of Object.entries(r.categories)) console.log(k.padEnd(16), Math.round(c.score * 100));
const a = r.audits;
for (const k of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'])
  console.log('  ' + k.padEnd(28), a[k].displayValue);
"
