#!/usr/bin/env bash
# Builds everything a static host serves into dist/ (release, offline): the app (Trunk), the same
# app for old engines (compiled without reference types and turned into JavaScript: scripts/legacy.mjs),
# the prerendered HTML (Yew SSR at build time), the boot that picks one of the two, its CSP,
# embed.js and the demo host page, the service worker, the single-file build
# (dist/srdi-calc-offline.html), and .br/.gz copies for hosts that serve them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
# The page's wasm: std rebuilt on the pinned nightly without panic messages, locations and Debug
# formatting, which no visitor reads (-14 % brotli; docs/performance.md). A panic aborts at once;
# the boot (web/boot/load.js) and embed.js then show the panic page.
WASM_FLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort"
RUSTUP_TOOLCHAIN="$SRDI_NIGHTLY" CARGO_UNSTABLE_BUILD_STD=std,panic_abort RUSTFLAGS="$WASM_FLAGS" trunk build --release
# Kept for `node scripts/wasm-report.mjs` (where the first load's bytes go): the next build writes the same path.
cp target/wasm32-unknown-unknown/wasm-release/srdi-web.wasm target/wasm32-unknown-unknown/wasm-release/srdi-web-first-load.wasm
# Trunk's build is the page's first load: Chinese only (no `english` feature). The same app with
# English, fetched when a visitor chooses English (or has chosen it before): srdi-web-en, for the
# boot and embed.js (web/src/handoff.rs; docs/performance.md, "Paying only for what you use").
RUSTUP_TOOLCHAIN="$SRDI_NIGHTLY" CARGO_UNSTABLE_BUILD_STD=std,panic_abort RUSTFLAGS="$WASM_FLAGS" \
  cargo build --locked -q --target wasm32-unknown-unknown -p srdi-web --bin srdi-web --features english --profile wasm-release
node scripts/extras.mjs target/wasm32-unknown-unknown/wasm-release/srdi-web.wasm dist srdi-web-en
# Old engines (Chromium 80–95, Safari 14, Firefox 78, no WebAssembly): the same crate (bilingual), stable Rust,
# without reference types and multivalue, in its own target dir (other flags: no rebuild ping-pong).
RUSTFLAGS="-C target-feature=-reference-types,-multivalue" cargo build --locked -q --target wasm32-unknown-unknown \
  --manifest-path web/Cargo.toml --bin srdi-web --features english --profile wasm-release --target-dir target/legacy
node scripts/legacy.mjs target/legacy/wasm32-unknown-unknown/wasm-release/srdi-web.wasm dist
# What the page loads on first use (exports, the card's QR code, a host's result): its own wasm,
# web/extras, in both builds (docs/performance.md, "Paying only for what you use").
RUSTUP_TOOLCHAIN="$SRDI_NIGHTLY" CARGO_UNSTABLE_BUILD_STD=std,panic_abort RUSTFLAGS="$WASM_FLAGS" \
  cargo build --locked -q --target wasm32-unknown-unknown -p srdi-extras --profile wasm-release
node scripts/extras.mjs target/wasm32-unknown-unknown/wasm-release/srdi_extras.wasm dist
RUSTFLAGS="-C target-feature=-reference-types,-multivalue" cargo build --locked -q --target wasm32-unknown-unknown \
  -p srdi-extras --profile wasm-release --target-dir target/legacy
node scripts/legacy.mjs target/legacy/wasm32-unknown-unknown/wasm-release/srdi_extras.wasm dist srdi-extras
# Office mode (issue 19): a page of its own, office.html, with its wasm (web/office: srdi-office) inlined
# for its Web Worker, and the same crate as JavaScript for old engines' worker (built as the calculator's
# old-engine build is); never part of the calculator's first load.
RUSTUP_TOOLCHAIN="$SRDI_NIGHTLY" CARGO_UNSTABLE_BUILD_STD=std,panic_abort RUSTFLAGS="$WASM_FLAGS" \
  cargo build --locked -q --target wasm32-unknown-unknown -p srdi-office-web --profile wasm-release
RUSTFLAGS="-C target-feature=-reference-types,-multivalue" cargo build --locked -q --target wasm32-unknown-unknown \
  -p srdi-office-web --profile wasm-release --target-dir target/legacy
node scripts/office.mjs target/wasm32-unknown-unknown/wasm-release/srdi_office_web.wasm dist \
  target/legacy/wasm32-unknown-unknown/wasm-release/srdi_office_web.wasm
# Prerender the form and an empty-state result into index.html (Yew SSR, native), then hydrate in the browser.
cargo run --locked -q --release -p srdi-web -- dist/index.html
node scripts/postbuild.mjs dist
node tests/e2e/compress.mjs dist
