#!/usr/bin/env bash
# Builds everything a static host serves into dist/ (release, offline): the app (Trunk), the
# prerendered HTML (Yew SSR at build time), its CSP,
# embed.js and the demo host page, the service worker, the single-file build
# (dist/srdi-calc-offline.html), and .br/.gz copies for hosts that serve them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release
# Prerender the form and an empty-state result into index.html (Yew SSR, native), then hydrate in the browser.
cargo run --locked -q --release -p srdi-web -- dist/index.html
node scripts/postbuild.mjs dist
node tests/e2e/compress.mjs dist
