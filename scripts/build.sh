#!/usr/bin/env bash
# Builds everything a static host serves into dist/ (release, offline): the app (Trunk), its CSP,
# embed.js and the demo host page, the service worker, the single-file build
# (dist/srdi-calc-offline.html), and .br/.gz copies for hosts that serve them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release
node scripts/postbuild.mjs dist
node tests/e2e/compress.mjs dist
