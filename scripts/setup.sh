#!/usr/bin/env bash
# Installs what a fresh machine lacks, idempotently. Sourced by serve.sh and test.sh.
#   SRDI_NEED_BROWSER=1  also install Debian's Chromium + ChromeDriver (for the browser tests).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/tests/e2e/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The page's wasm is built on a pinned nightly with std rebuilt for size (no panic location strings,
# no Debug formatting: scripts/build.sh, docs/performance.md); everything else uses stable.
SRDI_NIGHTLY="nightly-2026-05-20"
if ! rustup run "$SRDI_NIGHTLY" rustc --version >/dev/null 2>&1 || ! rustup component list --toolchain "$SRDI_NIGHTLY" --installed 2>/dev/null | grep -q rust-src; then
  say "installing Rust $SRDI_NIGHTLY with rust-src (for the page's size-optimised wasm)"
  rustup toolchain install "$SRDI_NIGHTLY" --profile minimal --component rust-src
fi
# Rebuilding std needs std's own dependencies in cargo's cache, and the builds run offline: fetch
# them from std's own lock file (quick when they are there already; a fresh machine has none).
SRDI_STD_LOCK="$(rustup run "$SRDI_NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
rustup run "$SRDI_NIGHTLY" cargo fetch --locked --manifest-path "$SRDI_STD_LOCK" >/dev/null 2>&1 \
  || rustup run "$SRDI_NIGHTLY" cargo fetch --locked --manifest-path "$SRDI_STD_LOCK"
if ! wasm-bindgen --version 2>/dev/null | grep -q '0.2.130'; then
  say "installing wasm-bindgen-cli 0.2.130 (about 5 minutes)"
  cargo install wasm-bindgen-cli --version 0.2.130
fi
if ! trunk --version 2>/dev/null | grep -q '0.21.14'; then
  say "installing trunk 0.21.14 (about 11 minutes)"
  cargo install trunk --version 0.21.14 --locked
fi
if ! cargo deny --version 2>/dev/null | grep -q '0.20'; then
  say "installing cargo-deny 0.20 (about 6 minutes)"
  cargo install cargo-deny --version '^0.20' --locked
fi
if [ ! -f "$ROOT/tests/e2e/node_modules/.package-lock.json" ] || [ "$ROOT/tests/e2e/package-lock.json" -nt "$ROOT/tests/e2e/node_modules/.package-lock.json" ]; then
  say "installing npm packages (binaryen: wasm-opt and wasm2js; esbuild; playwright-core; axe-core; typescript; old Chromium 80 and 92 with their puppeteer-core)"
  (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund)
fi
# The browser tests also need Chinese fonts (so screenshots and the printed card show what a person
# sees) and poppler's pdftoppm (the print card is checked as a PDF rendered to images).
if [ "${SRDI_NEED_BROWSER:-0}" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftoppm ] || [ ! -d /usr/share/fonts/opentype/noto ]; }; then
  say "installing Debian chromium, chromium-driver, fonts-noto-cjk and poppler-utils"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver fonts-noto-cjk poppler-utils >/dev/null
fi
